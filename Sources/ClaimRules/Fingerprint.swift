import ClaimModel

/// A stable identity for a finding: the rule id and the stable ids of its claims, hashed.
/// Never line numbers or message text, so moving or rewording a claim keeps the fingerprint
/// and a baseline survives edits. FNV-1a is enough: fingerprints identify, they do not protect.
public enum Fingerprint {
    public static func make(ruleID: String, claimIDs: [String]) -> String {
        // The rule id and the sorted ids, one per line, hashed as they stand: joining them
        // into one text first copied every id of 60,000 findings once more.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for byte in ruleID.utf8 { add(byte) }
        for id in claimIDs.sorted() {
            add(UInt8(ascii: "\n"))
            for byte in id.utf8 { add(byte) }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The fingerprint of a finding of these claims: their stable ids read from the two
    /// fields in place (`claims.map(\.stableID)` copied each claim, a dozen reference-counted
    /// fields, to build its id).
    static func make(ruleID: String, claims: [Claim]) -> String {
        make(ruleID: ruleID, claimIDs: claims.indices.map { claims[$0].sourceID + "#" + claims[$0].id })
    }

    /// Whether `text` has the form `make` gives: 16 lowercase hexadecimal digits. A baseline
    /// or suppression naming anything else can match no finding, so it is refused at its line
    /// rather than reported, forever, as stale.
    public static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == 16 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
