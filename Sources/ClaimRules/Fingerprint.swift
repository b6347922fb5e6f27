/// A stable identity for a finding: the rule id and the stable ids of its claims, hashed.
/// Never line numbers or message text, so moving or rewording a claim keeps the fingerprint
/// and a baseline survives edits. FNV-1a is enough: fingerprints identify, they do not protect.
public enum Fingerprint {
    public static func make(ruleID: String, claimIDs: [String]) -> String {
        let text = ([ruleID] + claimIDs.sorted()).joined(separator: "\n")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether `text` has the form `make` gives: 16 lowercase hexadecimal digits. A baseline
    /// or suppression naming anything else can match no finding, so it is refused at its line
    /// rather than reported, forever, as stale.
    public static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == 16 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
