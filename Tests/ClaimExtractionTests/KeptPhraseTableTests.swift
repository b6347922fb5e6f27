import ClaimModel
import Foundation
import Testing
@testable import ClaimExtraction

/// The registry's names table kept between runs (`PhraseTable.keep`, `kept(from:)`; issue 16):
/// read back it finds what the built table finds, and bytes that point outside the table, or a
/// chain that loops, are refused rather than used. Invented names.
struct KeptPhraseTableTests {
    static func kept(_ table: PhraseTable<String>) -> [UInt8] {
        var writer = RegistryTables.Writer()
        table.keep(into: &writer)
        return writer.bytes
    }

    static func decoded(_ bytes: [UInt8]) -> PhraseTable<String>? {
        bytes.withUnsafeBytes { raw in
            var reader = RegistryTables.Reader(bytes: raw)
            guard let table = PhraseTable<String>.kept(from: &reader), reader.atEnd else { return nil }
            return table
        }
    }

    static func found(_ table: PhraseTable<String>, in text: String) -> [String] {
        let tokens = Tokenizer.tokens(in: Array(text.utf8))
        return tokens.indices.map { index in
            table.match(tokens, at: index).map { "\($0.value)@\($0.tokens)" } ?? "-"
        }
    }

    @Test func keptTableFindsWhatTheBuiltOneFinds() throws {
        var built = PhraseTable<String>()
        built.add("Tarnby Water Authority", value: "twa", case: .name)
        built.add("Tarnby", value: "tarnby", case: .name)
        built.add("TWA", value: "twa", case: .name)
        built.add("the water board", value: "twa")
        built.add("Odd Varnes", value: "odd-varnes", case: .name)
        built.add("Tarnby Water", value: "tarnby-water", case: .name)
        let read = try #require(Self.decoded(Self.kept(built)))
        #expect(read.count == built.count)
        #expect(Self.kept(read) == Self.kept(built), "byte for byte the same table")
        for text in ["Tarnby Water Authority said TWA and Odd Varnes met the Water Board in tarnby.",
                     "twa Tarnby Water; Odd varnes"] {
            #expect(Self.found(read, in: text) == Self.found(built, in: text), "\(text)")
        }
        // The case rules survive: lower-case "tarnby" and "twa" are no names.
        let text = "Tarnby Water Authority said TWA and Odd Varnes met the Water Board in tarnby."
        let found = Self.found(read, in: text)
        #expect(found[0] == "twa@0...2" && found[4] == "twa@4...4" && found[13] == "-")
        #expect(found[9] == "twa@9...11")
    }

    /// A table with inflected forms or insertions is not the names table: it is not kept.
    @Test func tablesWithFormsOrInsertionsAreNotKept() {
        var inflecting = PhraseTable<String>()
        inflecting.add("sign the pact", value: "signed", inflect: true)
        var inserting = PhraseTable<String>(insertable: WordSet([WordHash.of("not")]))
        inserting.add("did attend", value: "attended")
        for table in [inflecting, inserting] {
            #expect(Self.kept(table) == [0])
            #expect(Self.decoded(Self.kept(table)) == nil)
        }
    }

    /// One phrase "Alpha Beta" -> "a": a flag byte, the count, two words of 17 bytes, one value
    /// ("a", 9 bytes), then the chain entry's start, length, value and next (8 bytes each).
    @Test func damagedPositionsAreRefused() throws {
        var table = PhraseTable<String>()
        table.add("Alpha Beta", value: "a", case: .name)
        let bytes = Self.kept(table)
        #expect(Self.decoded(bytes) != nil)
        let entry = 1 + 8 + 8 + 2 * 17 + 8 + 9 + 8
        func with(_ field: Int, set value: Int) -> [UInt8] {
            var damaged = bytes
            withUnsafeBytes(of: Int64(value).littleEndian) { raw in
                for (offset, byte) in raw.enumerated() { damaged[entry + 8 * field + offset] = byte }
            }
            return damaged
        }
        #expect(Self.decoded(with(3, set: -1)) != nil, "the offsets above are the layout's")
        #expect(Self.decoded(with(3, set: 0)) == nil, "a chain that loops")
        #expect(Self.decoded(with(3, set: 1)) == nil, "a next entry past the chain")
        #expect(Self.decoded(with(2, set: 1)) == nil, "a value past the values")
        #expect(Self.decoded(with(1, set: 3)) == nil, "words past the words")
        #expect(Self.decoded(with(1, set: 0)) == nil, "a phrase of no words")
        #expect(Self.decoded(Array(bytes.dropLast())) == nil)
        #expect(Self.decoded([UInt8](repeating: 0xFF, count: 64)) == nil)
    }

    /// Through the registry: a registry read with its kept tables holds the built names table,
    /// countries' names included (which are then not added again: "Britain" finds the record's
    /// United Kingdom once, and a country not on record is still found by name).
    @Test func registryReadsTheNamesTableWhole() throws {
        let entities = [
            Entity(id: "tarnby-water-authority", name: "Tarnby Water Authority", kind: .organisation,
                   aliases: ["TWA"]),
            Entity(id: "odd-varnes", name: "Odd Varnes", kind: .person),
            Entity(id: "velm-greens", name: "The Velm Greens", kind: .group),
            Entity(id: "united-kingdom", name: "United Kingdom", kind: .country, aliases: ["UK"]),
        ]
        let record = ClaimSet(entities: entities, events: [], attributes: [], sources: [])
        let built = ExtractionRegistry(entities: entities, events: [], attributes: [])
        let read = built.keptTables().withUnsafeBytes {
            ExtractionRegistry(record, listed: entities, tables: $0)
        }
        #expect(read.readKeptTables)
        #expect(Self.kept(read.names) == Self.kept(built.names))
        #expect(read.names.count == built.names.count)
        let text = "TWA, the Velm Greens, Varnes and Odd Varnes went to Britain, the UK and Portugal."
        #expect(Self.found(read.names, in: text) == Self.found(built.names, in: text))
        let found = Self.found(read.names, in: text)
        #expect(found.contains { $0.hasPrefix("united-kingdom@") })
        #expect(found.contains { $0.hasPrefix("portugal@") })
        #expect(found.contains { $0.hasPrefix("velm-greens@") })
    }

    /// A names section whose kept table does not decode spoils the section: the registry builds
    /// all its tables, and finds the same names.
    @Test func undecodableNamesTableIsBuiltOver() {
        let entities = [Entity(id: "odd-varnes", name: "Odd Varnes", kind: .person)]
        let record = ClaimSet(entities: entities, events: [], attributes: [], sources: [])
        let built = ExtractionRegistry(entities: entities, events: [], attributes: [])
        var bytes = built.keptTables()
        let table = Self.kept(built.names)
        // The table sits in the names section; its chain's first `next` made to loop on itself.
        let start = try? #require(bytes.indices.first { bytes[$0...].starts(with: table) })
        guard let start else { return }
        func int(at offset: Int) -> Int {
            bytes[offset..<(offset + 8)].reversed().reduce(0) { $0 << 8 | Int($1) }
        }
        let words = int(at: start + 9), values = int(at: start + 17 + words * 17)
        var offset = start + 17 + words * 17 + 8
        for _ in 0..<values { offset += 8 + int(at: offset) }
        offset += 8 + 24  // the chain's count, then the first entry's start, length and value
        for index in 0..<8 { bytes[offset + index] = 0 }
        let read = bytes.withUnsafeBytes { ExtractionRegistry(record, listed: entities, tables: $0) }
        #expect(!read.readKeptTables)
        #expect(Self.kept(read.names) == table)
    }
}
