import Foundation
import Testing
@testable import ClaimModel
@testable import ClaimStore
import ClaimTestSupport

/// The compact representations behind a table-backed check must say what the plain ones say:
/// `ValueKey` tells values apart exactly as `ClaimValue` does, the byte checks agree with the
/// standard library and Foundation, and a table-backed `ClaimList` hands out the plain path's
/// claims, values and source ids.
@Suite("Compact values")
struct CompactValueTests {
    // MARK: ValueKey

    static let keyedValues: [ClaimValue] = [
        .quantity(.exactly(0)), .quantity(.exactly(-0.0)), .quantity(.exactly(1)), .quantity(.exactly(-1)),
        .quantity(.exactly(26)), .quantity(.exactly(.leastNonzeroMagnitude)), .quantity(.exactly(1e300)),
        .quantity(.about(0)), .quantity(.about(-0.0)), .quantity(.about(1)), .quantity(.about(-1)),
            .quantity(.about(26)),
        .quantity(.range(min: nil, max: 0)), .quantity(.range(min: nil, max: -0.0)),
            .quantity(.range(min: 0, max: nil)),
        .quantity(.range(min: -0.0, max: nil)), .quantity(.range(min: 0, max: 0)), .quantity(.range(min: -0.0, max: 0)),
        .quantity(.range(min: 0, max: -0.0)), .quantity(.range(min: 0, max: 1)), .quantity(.range(min: nil, max: 1)),
        .quantity(.range(min: 1, max: nil)), .quantity(.range(min: 1, max: 1)), .quantity(.range(min: -1, max: 1)),
        .quantity(.range(min: 1, max: -1)), .quantity(.range(min: nil, max: nil)), .quantity(.range(min: 26, max: nil)),
        .flag(true), .flag(false),
    ]

    @Test func valueKeysAreEqualExactlyWhenValuesAre() throws {
        for a in Self.keyedValues {
            let keyA = try #require(ValueKey(a), "\(a) has no key")
            for b in Self.keyedValues {
                let keyB = try #require(ValueKey(b))
                let keys = keyA == keyB ? "equal" : "differ", values = a == b ? "equal" : "differ"
                #expect((keyA == keyB) == (a == b), "\(a) and \(b): keys \(keys), values \(values)")
                if keyA == keyB { #expect(keyA.hashValue == keyB.hashValue) }
            }
        }
        // -0.0 and 0.0 are one value, and one key, in every position.
        #expect(ValueKey(.quantity(.exactly(-0.0))) == ValueKey(.quantity(.exactly(0))))
        #expect(ValueKey(.quantity(.range(min: -0.0, max: nil))) == ValueKey(.quantity(.range(min: 0, max: nil))))
        #expect(ValueKey(.quantity(.range(min: nil, max: -0.0))) == ValueKey(.quantity(.range(min: nil, max: 0))))
        #expect(Set(Self.keyedValues.compactMap(ValueKey.init)).count == Set(Self.keyedValues).count)
    }

    @Test func categoriesHaveNoKeyAndKindsNeverShareOne() {
        #expect(ValueKey(.category("in-person")) == nil)
        #expect(ValueKey(.category("")) == nil)
        // Row keys of each kind, for the index, number or flag that look alike as bits.
        let keys = [ValueKey(category: 0), ValueKey(category: 1), ValueKey(flag: false), ValueKey(flag: true),
                    ValueKey(.exactly(0)), ValueKey(.about(0)), ValueKey(.range(min: 0, max: 0)),
                    ValueKey(.range(min: nil, max: 0)), ValueKey(.range(min: 0, max: nil)),
                        ValueKey(.range(min: nil, max: nil))]
        #expect(Set(keys).count == keys.count)
        #expect(ValueKey(flag: true) == ValueKey(.flag(true)))
        #expect(ValueKey(category: 3) == ValueKey(category: 3))
    }

    // MARK: UTF8Check

    static func utf8CheckAgrees(_ bytes: [UInt8]) -> Bool {
        let expected = String(validating: bytes, as: UTF8.self) != nil
        return bytes.withUnsafeBufferPointer(UTF8Check.isValid) == expected
    }

    static let utf8Cases: [(String, [UInt8])] = [
        ("empty", []),
        ("ascii", Array("Keystone-SDA".utf8)),
        ("NUL", [0x00]),
        ("2-byte é", [0xC3, 0xA9]), ("3-byte €", [0xE2, 0x82, 0xAC]), ("4-byte emoji", [0xF0, 0x9F, 0x98, 0x80]),
        ("emoji after 8 ascii", Array("abcdefgh".utf8) + [0xF0, 0x9F, 0x98, 0x80]),
        ("overlong NUL", [0xC0, 0x80]), ("overlong 0x7F", [0xC1, 0xBF]),
        ("overlong 3-byte", [0xE0, 0x80, 0x80]), ("overlong 3-byte max", [0xE0, 0x9F, 0xBF]),
        ("overlong 4-byte", [0xF0, 0x80, 0x80, 0x80]), ("overlong 4-byte max", [0xF0, 0x8F, 0xBF, 0xBF]),
        ("smallest 3-byte", [0xE0, 0xA0, 0x80]), ("smallest 4-byte", [0xF0, 0x90, 0x80, 0x80]),
        ("surrogate U+D800", [0xED, 0xA0, 0x80]), ("surrogate U+DFFF", [0xED, 0xBF, 0xBF]),
        ("U+D7FF", [0xED, 0x9F, 0xBF]), ("U+E000", [0xEE, 0x80, 0x80]),
        ("U+10FFFF", [0xF4, 0x8F, 0xBF, 0xBF]), ("U+110000", [0xF4, 0x90, 0x80, 0x80]),
        ("lead F5", [0xF5, 0x80, 0x80, 0x80]), ("lead F8", [0xF8, 0x88, 0x80, 0x80, 0x80]), ("FE", [0xFE]),
            ("FF", [0xFF]),
        ("truncated 2-byte", [0xC3]), ("truncated 3-byte", [0xE2, 0x82]), ("truncated 4-byte", [0xF0, 0x9F, 0x98]),
        ("truncated after 8 ascii", Array("abcdefgh".utf8) + [0xE2, 0x82]),
        ("truncated then ascii", [0xE2, 0x82, 0x41]),
        ("lone continuation", [0x80]), ("lone continuation BF", [0xBF]),
        ("continuation between ascii", [0x61, 0x80, 0x62]),
        ("continuation at byte 8", Array("abcdefgh".utf8) + [0x80]),
            ("high byte at 7", Array("abcdefg".utf8) + [0xC3, 0xA9]),
        ("high byte at 15", Array("abcdefghijklmno".utf8) + [0xFF]),
        ("bad continuation", [0xC3, 0x28]), ("bad second continuation", [0xE2, 0x82, 0x28]),
        ("two leads", [0xC3, 0xC3, 0xA9]),
    ]

    @Test func utf8CheckAgreesWithTheStandardLibraryOnEdgeCases() {
        for (name, bytes) in Self.utf8Cases {
            #expect(Self.utf8CheckAgrees(bytes), "\(name): \(bytes.map { String($0, radix: 16) })")
        }
        // One non-ASCII byte at every position of every length, so each byte of each 8-byte
        // word of the ASCII test is seen.
        for length in 1...24 {
            for position in 0..<length {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                for high: UInt8 in [0x80, 0xBF, 0xC3, 0xFF] {
                    bytes[position] = high
                    #expect(bytes.withUnsafeBufferPointer(UTF8Check.isValid) == false,
                            "\(high) at \(position) of \(length)")
                }
                let valid = Array(bytes[..<position]) + [0xC3, 0xA9] + Array(bytes[(position + 1)...])
                #expect(Self.utf8CheckAgrees(valid) && valid.withUnsafeBufferPointer(UTF8Check.isValid))
            }
        }
        // The verdicts themselves, so a change in both would still be seen.
        let invalid = Self.utf8Cases.filter { String(validating: $0.1, as: UTF8.self) == nil }.map(\.0)
        #expect(invalid.count == 26, "\(invalid)")
    }

    /// Byte strings biased toward lead and continuation bytes, checked in place and as slices at
    /// every alignment (the fast decoder checks slices of a file's bytes).
    @Test func utf8CheckAgreesWithTheStandardLibraryOnRandomBytes() {
        var random = SeededRandom(seed: 0x5EED)
        var validNonASCII = 0, invalid = 0
        let scalars: [UInt32] = [0x41, 0xE9, 0x7FF, 0x800, 0x20AC, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600,
                                 0x10FFFF]
        for _ in 0..<4_000 {
            var bytes: [UInt8] = []
            // Half the strings are whole scalars and ASCII, now and then cut or corrupted; half
            // are loose bytes, mostly lead and continuation bytes.
            let loose = random.below(2) == 0
            for _ in 0..<random.below(24) {
                switch loose ? random.below(10) : 7 + random.below(3) {
                case 0...2: bytes.append(UInt8(random.below(0x80)))
                case 3...4: bytes.append(UInt8(0x80 + random.below(0x40)))
                case 5...6: bytes.append(UInt8(0xC0 + random.below(0x40)))
                case 7: bytes.append(UInt8(0x20 + random.below(0x5F)))
                default:
                    var encoded = Array(String(Character(Unicode.Scalar(scalars[random.below(scalars.count)])!)).utf8)
                    if random.below(loose ? 4 : 40) == 0 { encoded.removeLast(random.below(encoded.count)) }
                    bytes += encoded
                }
            }
            if !loose && !bytes.isEmpty && random.below(10) == 0 {
                bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8)) }
            let padded = [UInt8](repeating: 0x41, count: 7) + bytes + [0xFF, 0xFF]
            let expected = String(validating: bytes, as: UTF8.self) != nil
            if expected && bytes.contains(where: { $0 >= 0x80 }) { validNonASCII += 1 }
            if !expected { invalid += 1 }
            #expect(bytes.withUnsafeBufferPointer(UTF8Check.isValid) == expected,
                    "\(bytes.map { String($0, radix: 16) })")
            let start = random.below(8)
            let slice = Array(padded[start..<(7 + bytes.count)])
            padded.withUnsafeBufferPointer { buffer in
                let rebased = UnsafeBufferPointer(rebasing: buffer[start..<(7 + bytes.count)])
                #expect(UTF8Check.isValid(rebased) == (String(validating: slice, as: UTF8.self) != nil))
            }
        }
        #expect(validNonASCII > 1_000 && invalid > 1_000, "valid non-ASCII \(validNonASCII), invalid \(invalid)")
    }

    // MARK: ObjectReader.isBlank

    static let blankCases = ["", " ", "\t", "  \t ", "\u{A0}", "\u{3000}", " \u{3000}\t\u{A0}", "\u{2003}", "\u{1680}",
                             "\n", " \n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{200B}",
                                 "\u{FEFF}",
                             "a", " a ", "\u{A0}x", "\u{301}", " \u{301}", "é", "😀", "\u{3000}\u{3000}."]

    @Test func isBlankAgreesWithTrimmingWhitespace() {
        for text in Self.blankCases {
            #expect(ObjectReader.isBlank(text) == text.trimmingCharacters(in: .whitespaces).isEmpty,
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(ObjectReader.isBlank(" \u{3000}\t\u{A0}") && !ObjectReader.isBlank("\n")
                && !ObjectReader.isBlank(" a "))
        var random = SeededRandom(seed: 42)
        let alphabet: [Character] = [" ", "\t", "\u{A0}", "\u{3000}", "\u{2003}", "\n", "\u{85}", "\u{200B}", "a",
                                     "\u{301}"]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<random.below(6) {
                // Mostly blanks, now and then anything.
                let range = random.below(4) == 0 ? alphabet.count : 5
                text.append(alphabet[random.below(range)])
            }
            #expect(ObjectReader.isBlank(text) == text.trimmingCharacters(in: .whitespaces).isEmpty,
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    // MARK: a table-backed ClaimList

    /// A fixture whose claims reach every kind of row: quantities, flags, closed categories by
    /// index, open categories in place, escaped values only the decoded claim holds, and a file
    /// the fast decoder declines (an unknown field) decoded on the plain path; plus translations
    /// both ways between the two files.
    static func tableFixture() -> FixtureFolder {
        let folder = FixtureFolder()
        folder.writeRegistries()
        folder.write("attributes.json", """
        {"format": "claimcheck-attributes", "version": 1, "attributes": [
          {"id": "pledges", "name": "Pledges", "kind": "count", "units": ["countries"]},
          {"id": "share", "name": "Share", "kind": "number", "units": ["percent", "points"]},
          {"id": "attendance", "name": "Attendance", "kind": "category", "values": [{"id": "in-person"}, {"id": \
        "remote"}, {"id": "absent"}]},
          {"id": "venue", "name": "Venue", "kind": "category"},
          {"id": "signed", "name": "Signed", "kind": "flag"}
        ]}
        """)
        folder.writeSource("outlet.json", id: "outlet", claims: [
            #"{"id": "c1", "subject": "coalition", "attribute": "pledges", "value": "# +
            #"26, "speaker": "leader", "attribution": "direct-quote", "event": "summit", "statement": "He said "# +
            #"\"26\".\n\u00c9t\u00e9", "evidence": {"line": 3}}"#,
            #"{"id": "c2", "subject": "leader", "attribute": "attendance", "value": "in-person", "event": "summit", "# +
                #""evidence": {"line": 4}}"#,
            #"{"id": "c3", "subject": "leader", "attribute": "venue", "value": "paris", "evidence": {"line": 5}}"#,
            #"{"id": "c4", "subject": "leader", "attribute": "venue", "value": "l\u2019aquila", "evidence": "# +
            #"{"line": 6}}"#,
            #"{"id": "c5", "subject": "coalition", "attribute": "signed", "value": "# +
            #"true, "modality": "hedged", "evidence": {"line": 7}}"#,
            #"{"id": "c6", "subject": "coalition", "attribute": "pledges", "value": {"min": 20, "max": "# +
            #"null}, "evidence": {"line": 8}}"#,
            #"{"id": "c7", "subject": "leader", "attribute": "attendance", "value": "re\u006dote", "evidence": "# +
            #"{"line": 9}}"#,
            #"{"id": "c8", "subject": "coalition", "attribute": "share", "value": {"about": "# +
            #"-0.5}, "unit": "points", "evidence": {"line": 10}}"#,
            #"{"id": "c9", "subject": "leader", "attribute": "venue", "value": "café", "statement": "À "# +
            #"Paris", "evidence": {"line": 11}}"#,
            #"{"id": "c10", "subject": "leader", "attribute": "venue", "value": "rome", "sameQuoteAs": "other#d2", "# +
                #""evidence": {"line": 12}}"#,
            #"{"id": "c11", "subject": "leader", "attribute": "attendance", "value": "remote", "evidence": {"line": "# +
            #"13}}"#,
            #"{"id": "c12", "subject": "leader", "attribute": "attendance", "value": "absent", "evidence": {"line": "# +
            #"14}}"#,
        ])
        folder.writeSource("other.json", id: "other", claims: [
            #"{"id": "d1", "subject": "coalition", "attribute": "pledges", "value": {"about": 20}, "comment": "not "# +
            #"a field", "evidence": {"line": 1}}"#,
            #"{"id": "d2", "subject": "leader", "attribute": "venue", "value": "rome", "evidence": {"line": 2}}"#,
            #"{"id": "d3", "subject": "coalition", "attribute": "pledges", "value": 26, "speaker": "leader", "# +
                #""attribution": "reported-speech", "event": "summit", "sameQuoteAs": "outlet#c1", "# +
                #""evidence": {"line": 3}}"#,
            #"{"id": "d4", "subject": "leader", "attribute": "attendance", "value": "remote", "evidence": {"line": "# +
            #"4}}"#,
            #"{"id": "d5", "subject": "leader", "attribute": "attendance", "value": "absent", "evidence": {"line": "# +
            #"5}}"#,
        ])
        return folder
    }

    @Test func aTableBackedListHandsOutThePlainPathsClaims() throws {
        let folder = Self.tableFixture()
        let (fast, plain) = try withExtendedLifetime(folder) {
            (try ClaimLoader().load(paths: [folder.path]), try ClaimLoader(options: .plain).load(paths: [folder.path]))
        }
        let list = fast.claimSet.claimList
        let table = try #require(list.table, "the load took the plain path")
        let claims = plain.claimSet.claims
        #expect(plain.claimSet.claimList.table == nil)
        #expect(fast.warnings == plain.warnings)
        #expect(fast.warnings.map(\.message) == [#"unknown field "comment" in a claim is ignored"#])
        #expect(fast.claimSet.claimCount == 17 && claims.count == 17 && list.count == 17)
        #expect(fast.claimSet.sources == plain.claimSet.sources)

        let keys = list.valueKeys()
        for index in claims.indices {
            let claim = claims[index]
            #expect(list[index] == claim, "claim \(index)")
            #expect(table.claim(at: index) == claim)
            #expect(list.value(at: index) == claim.value, "value of \(claim.stableID)")
            #expect(table.value(at: index) == claim.value)
            #expect(list.sourceID(at: index) == claim.sourceID, "source of \(claim.stableID)")
            if case .category = claim.value {} else {
                #expect(keys[index] == ValueKey(claim.value), "key of \(claim.stableID)")
            }
            // What the conflict screen groups by, read from the row without decoding.
            let row = table.rows[index]
            #expect(table.entityID(row.subject) == claim.subject)
            #expect(table.attributeIDs[Int(row.attribute)] == claim.attribute)
            #expect((row.event < 0 ? nil : table.eventID(row.event)) == claim.event)
            #expect((row.unit < 0 ? nil
                     : fast.claimSet.attributes[claim.attribute]!.units[Int(row.unit)]) == claim.unit)
            #expect(row.translates == (claim.sameQuoteAs != nil), "translates of \(claim.stableID)")
        }
        #expect(list.array == claims)
        #expect(fast.claimSet.claims == claims)
        // Category keys, where rows have them, tell values of one attribute apart as the values do.
        for a in claims.indices {
            for b in claims.indices where claims[a].attribute == claims[b].attribute {
                guard let keyA = keys[a], let keyB = keys[b] else { continue }
                #expect((keyA == keyB) == (claims[a].value == claims[b].value),
                        "\(claims[a].stableID) and \(claims[b].stableID)")
            }
        }

        // The fixture reaches every kind of row and both kinds of file.
        var kinds = Set<String>()
        for row in table.rows {
            switch row.value {
            case .quantity: kinds.insert("quantity")
            case .category: kinds.insert("category")
            case .flag: kinds.insert("flag")
            case .text: kinds.insert("text")
            case .interned: kinds.insert("interned")
            case .inClaim: kinds.insert("inClaim")
            }
        }
        // Open-category texts are interned when the table is built; none stays raw.
        #expect(kinds == ["quantity", "category", "flag", "interned", "inClaim"])
        var fileKinds = Set<String>()
        for file in table.files {
            switch file.content {
            case .packed: fileKinds.insert("packed")
            case .claims: fileKinds.insert("claims")
            }
        }
        #expect(fileKinds == ["packed", "claims"])
        #expect(claims.contains { $0.statement == "He said \"26\".\nÉté" })
        #expect(claims.filter { $0.sameQuoteAs != nil }.map(\.stableID) == ["other#d3", "outlet#c10"])
    }

    /// Every field a claim can hold, present, absent and escaped, survives packing: the table
    /// keeps a scan of each claim (`PackedClaims`), not the file's bytes, and builds the claim
    /// from it.
    @Test func packedClaimsHandOutEveryFieldThePlainPathReads() throws {
        let folder = FixtureFolder()
        folder.writeRegistries()
        folder.writeSource(claims: [
            #"{"id": "p1", "subject": "coalition", "attribute": "pledges", "value": {"min": 3}, "said": "# +
                #""2025-08-30", "statement": "At least three.", "evidence": {"file": "article.txt", "line": 2, "# +
                #""span": {"start": 4, "end": 19}, "alsoAt": [7, 11]}, "correction": true, "ordinal": 2}"#,
            #"{"id": "p2", "subject": "coalition", "attribute": "pledges", "value": {"max": 8}, "unit": "# +
                #""countries", "speaker": "leader", "attribution": "reported-speech", "modality": "expected", "# +
                #""evidence": {"file": "other.txt", "line": 3, "alsoAt": []}}"#,
            #"{"id": "p3", "subject": "leader", "attribute": "attendance", "value": "remote", "event": "summit", "# +
                #""statement": "Tab\tand \u00e9", "evidence": {"file": "caf\u00e9.txt", "line": 4}, "# +
                #""sameQuoteAs": "outlet\u0023p2"}"#,
            #"{"id": "p0", "subject": "coalition", "attribute": "signed", "value": false, "speaker": "anonymous", "# +
                #""modality": "hedged", "evidence": {"line": 5, "span": null}}"#,
            #"{"id": "p4", "subject": "coalition", "attribute": "pledges", "value": {"exactly": 1e3}, "# +
                #""attribution": null, "evidence": {"line": 6}}"#,
        ])
        let (fast, plain) = try withExtendedLifetime(folder) {
            (try ClaimLoader().load(paths: [folder.path]), try ClaimLoader(options: .plain).load(paths: [folder.path]))
        }
        let table = try #require(fast.claimSet.claimList.table, "the load took the plain path")
        #expect(table.files.allSatisfy { if case .packed = $0.content { true } else { false } })
        let claims = plain.claimSet.claims
        #expect(claims.map(\.id) == ["p0", "p1", "p2", "p3", "p4"])
        #expect(table.count == claims.count)
        for index in claims.indices {
            #expect(table.claim(at: index) == claims[index], "claim \(claims[index].id)")
            #expect(table.stableID(at: index) == claims[index].stableID)
        }
        // What the fixture is for: each of these reaches the packed form.
        #expect(claims[1].evidence.span == 4..<19 && claims[1].alsoAt.map(\.evidence.line) == [7, 11])
        #expect(claims[1].correction && claims[1].ordinal == 2 && claims[1].said == Day(year: 2025, month: 8, day: 30))
        #expect(claims[2].evidence.file == "other.txt" && claims[2].speaker == .entity("leader"))
        #expect(claims[3].evidence.file == "café.txt" && claims[3].sameQuoteAs == "outlet#p2")
        #expect(claims[3].statement == "Tab\tand é" && claims[0].speaker == .anonymous)
        #expect(table.positions(ofStableIDs: ["outlet#p2", "outlet#p4", "outlet#p9"]) == [2, 4])
    }
}
