import ClaimModel
import Foundation
import Testing
@testable import ClaimExtraction

/// The byte and table shortcuts the registry takes when it indexes every name on record
/// (issue 16's warm desk check): each must give what the general path gives. Invented names.
struct RegistryIndexFastPathTests {
    /// Accented Latin names, a typographic apostrophe, a combining mark written apart, and
    /// names outside the Latin blocks (which take Foundation's path whole).
    static let names = [
        "Éloïse Brånemark", "Jarosław Żelenko", "Søren Ærø", "Jens Großmann", "Ana María Núñez Ortíz",
        "Siobhán O’Dálaigh", "Zoë d'Anvers-Lüke", "Ígor Łukasz Ćwik", "Rene\u{301}e Holt", "Đorđe Þórsson",
        "Dmitri Кузнецов", "ΣΟΦΙΑ Παππά", "Tomas Lind", "Lind", "Ñuñez", "  Kim  Sang-mok ", "İlkay Işık",
    ]

    /// Every name's words as Foundation's decomposing and lower-casing give them.
    static func wordsThroughFoundation(_ name: String) -> [String] {
        NameKey.plainWords(ofScalars: name.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars)
    }

    @Test func latinTableGivesFoundationsWords() {
        for name in Self.names {
            #expect(NameKey.plainWords(name) == Self.wordsThroughFoundation(name), "\(name)")
        }
        // Outside the Latin blocks there is no shortcut.
        #expect(NameKey.plainWordsOfLatinScript("Dmitri Кузнецов") == nil)
        #expect(NameKey.plainWordsOfLatinScript("Rene\u{301}e Holt") == nil)
        #expect(NameKey.plainWordsOfLatinScript("Éloïse Brånemark") == ["eloise", "branemark"])
    }

    @Test func everyLatinScalarMatchesFoundationAlone() {
        for value in UInt32(0)..<NameKey.latinLimit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let name = "Ab\(Character(scalar))cd Ef"
            #expect(NameKey.plainWords(name) == Self.wordsThroughFoundation(name), "U+\(String(value, radix: 16))")
        }
    }

    @Test func keysAreTheThreeKeysOfOneName() {
        for name in Self.names + ["Zelenskyy", "Ng", "Luiz Inácio Lula da Silva", "Li"] {
            let keys = NameKey.keys(of: name)
            #expect(keys.full == NameKey.of(name), "\(name)")
            #expect(keys.shortened == NameKey.shortened(name), "\(name)")
            #expect(keys.surname == NameKey.surname(name), "\(name)")
        }
        // A surname shorter than four letters before folding has no key, even when one folds.
        #expect(NameKey.keys(of: "Shaw").surname != nil)
        #expect(NameKey.keys(of: "Kox").surname == nil)
    }

    @Test func spaceTestMatchesFoundation() {
        for name in Self.names + ["Rene\u{301}e", "a \u{301}b", "Noa", ""] {
            #expect(ExtractionRegistry.containsSpace(name) == name.contains(" "), "\(name)")
        }
        #expect(ExtractionRegistry.containsSpace("Åse Berg"))
        #expect(!ExtractionRegistry.containsSpace("Åse"))
    }

    @Test func familyNameFirstSkipsOnlyWhatCannotBeOne() {
        #expect(FamilyNameFirst.familyName(of: "Kim Jae-won") == "Kim")
        #expect(FamilyNameFirst.familyName(of: "Zhang Wei") == "Zhang")
        #expect(FamilyNameFirst.familyName(of: "  Kim  Sang-mok ") == "Kim")
        #expect(FamilyNameFirst.familyName(of: "Oda Hae-rin") == "Oda")  // hyphenated given name
        #expect(FamilyNameFirst.familyName(of: "Tomas Lind") == nil)
        #expect(FamilyNameFirst.familyName(of: "Kimberly Holt") == nil)  // "Kim" only as a whole word
        #expect(!FamilyNameFirst.startsWithFamilyName("Kimberly Holt"))
        #expect(FamilyNameFirst.startsWithFamilyName(" Wang"))
    }

    @Test func initialsOfAccentedAndPlainNames() {
        #expect(Acronym.initials(of: "Tarnby Water Authority") == "TWA")
        #expect(Acronym.initials(of: "Évora Harbour Board") == "EHB")
        #expect(Acronym.initials(of: "Øresund Rail Link") == nil)  // Ø has no ASCII base
    }

    @Test func countriesOfRolesInIdOrder() {
        let entities = [
            Entity(id: "vell", name: "Vell", kind: .country),
            Entity(id: "north-vell", name: "North Vell", kind: .country),
            Entity(id: "ana-brask", name: "Ana Brask", kind: .person,
                   roles: [Role(title: "Envoy of North Vell", from: Day(iso: "2020-01-01"))]),
        ]
        var registry = ExtractionRegistry(entities: entities, events: [], attributes: [])
        // Both names end the title; the smaller id wins, as when every call sorted them.
        #expect(registry.country(of: "ana-brask", on: nil) == "north-vell")
        registry.addEntity(Entity(id: "aa-north-vell", name: "North Vell", kind: .country))
        #expect(registry.country(of: "ana-brask", on: nil) == "aa-north-vell")
    }

    /// A registry big enough to build its two halves side by side holds what one pass gives.
    @Test func sideBySideIndexIsTheOnePassIndex() {
        let count = ExtractionRegistry.sideBySideEntities + 50
        let entities = (0..<count).map { number in
            number % 3 == 0
                ? Entity(id: "body-\(number)", name: "Varn Body \(number)", kind: .organisation)
                : Entity(id: "p-\(count - number)", name: "Élin Örsk\(number % 97)", kind: .person,
                         aliases: ["Örsk\(number % 97)"])
        }
        let registry = ExtractionRegistry(entities: entities, events: [], attributes: [])
        let order = entities.indices.sorted { entities[$0].id < entities[$1].id }
        let onePass = PeopleIndex(entities, in: order)
        #expect(registry.personKeys == onePass.personKeys)
        #expect(registry.surnameKeys == onePass.surnameKeys)
        #expect(registry.lastNameKeys == onePass.lastNameKeys)
        #expect(registry.kindOf("body-3") == .organisation)
        #expect(registry.name(of: "p-2") == entities[count - 2].name)
        #expect(registry.surnames(of: "p-2") == onePass.surnameHashes["p-2"])
        #expect(!(onePass.surnameHashes["p-2"] ?? []).isEmpty)
        // The names half: a name on record is found in text.
        let tokens = Tokenizer.tokens(in: Array("Varn Body 30 spoke.".utf8))
        #expect(registry.names.match(tokens, at: 0)?.value == "body-30")
    }
}

/// The registry's people tables kept between runs (`RegistryTables`, `keptTables`): read back,
/// they are the tables building gives, and bytes that do not decode are built over, never used.
/// Invented names.
struct KeptRegistryTablesTests {
    static let entities = [
        Entity(id: "odd-varnes", name: "Odd Varnes", kind: .person, aliases: ["Varnes"]),
        Entity(id: "kim-sol-ah", name: "Kim Sol-ah", kind: .person),
        Entity(id: "lisa-brekk", name: "Lisa Brekk", kind: .person, aliases: ["Liza Brekk"]),
        Entity(id: "mira-brekk", name: "Mira Brekk", kind: .person),
        Entity(id: "tarnby-water-authority", name: "Tarnby Water Authority", kind: .organisation, aliases: ["TWA"]),
        Entity(id: "vell", name: "Vell", kind: .country),
    ]

    static func claimSet(_ entities: [Entity]) -> ClaimSet {
        ClaimSet(entities: entities, events: [], attributes: [], sources: [])
    }

    static func expectSameTables(_ read: ExtractionRegistry, _ built: ExtractionRegistry) {
        #expect(read.initialsOwners == built.initialsOwners)
        #expect(read.acronymNames == built.acronymNames)
        #expect(read.personKeys == built.personKeys)
        #expect(read.surnameKeys == built.surnameKeys)
        #expect(read.lastNameKeys == built.lastNameKeys)
        for entity in entities {
            #expect(read.kindOf(entity.id) == built.kindOf(entity.id), "\(entity.id)")
            #expect(read.name(of: entity.id) == built.name(of: entity.id), "\(entity.id)")
            #expect(read.surnames(of: entity.id) == built.surnames(of: entity.id), "\(entity.id)")
        }
    }

    @Test func keptTablesReadBackAreTheBuiltOnes() {
        let built = ExtractionRegistry(entities: Self.entities, events: [], attributes: [])
        let kept = built.keptTables()
        let read = kept.withUnsafeBytes {
            ExtractionRegistry(Self.claimSet(Self.entities), listed: Self.entities, tables: $0)
        }
        Self.expectSameTables(read, built)
        #expect(read.readKeptTables && !built.readKeptTables)
        // A family name shared by two people keys neither; a one-word alias keys its holder.
        #expect(read.lastNameKeys[NameKey.surname("Brekk")!] == "")
        #expect(read.surnameKeys[NameKey.surname("Varnes")!] == "odd-varnes")
        // The names half is built from the kept forms: the body is found in text by its name and
        // its initials, and a person by a derived form.
        let tokens = Tokenizer.tokens(in: Array("Tarnby Water Authority said so.".utf8))
        #expect(read.names.match(tokens, at: 0)?.value == "tarnby-water-authority")
        #expect(read.initialsOwners["TWA"] == "tarnby-water-authority")
        #expect(read.acronymNames["TWA"] == "tarnby-water-authority")
        for text in ["TWA", "Lisa Brekk", "Kim Sol-ah", "Vell"] {
            let tokens = Tokenizer.tokens(in: Array("\(text) spoke.".utf8))
            let found = read.names.match(tokens, at: 0)?.value
            #expect(found != nil && found == built.names.match(tokens, at: 0)?.value, "\(text)")
        }
    }

    /// The tables list the entities they were built for, in order; another registry's tables
    /// (one entity fewer, or another entity in its place) are built over, not used.
    @Test func tablesOfOtherEntitiesAreNotUsed() {
        let built = ExtractionRegistry(entities: Self.entities, events: [], attributes: [])
        let renamed = Self.entities.map { entity in
            entity.id == "vell" ? Entity(id: "vella", name: "Vell", kind: .country) : entity
        }
        let stranger = Entity(id: "ana-holt", name: "Ana Holt", kind: .person)
        for other in [Array(Self.entities.dropLast()), renamed, [stranger]] {
            let kept = ExtractionRegistry(entities: other, events: [], attributes: []).keptTables()
            let read = kept.withUnsafeBytes {
                ExtractionRegistry(Self.claimSet(Self.entities), listed: Self.entities, tables: $0)
            }
            Self.expectSameTables(read, built)
            #expect(read.kindOf("ana-holt") == nil)
            #expect(!read.readKeptTables, "tables built, so worth keeping again")
        }
    }

    @Test func damagedTablesAreBuiltOver() {
        let built = ExtractionRegistry(entities: Self.entities, events: [], attributes: [])
        let kept = built.keptTables()
        var versioned = kept
        versioned[0] &+= 1  // another layout version
        for damaged in [Array(kept.dropLast()), Array(kept.prefix(9)), [], kept + [0], versioned,
                        [UInt8](repeating: 0xFF, count: 64)] {
            let read = damaged.withUnsafeBytes {
                ExtractionRegistry(Self.claimSet(Self.entities), listed: Self.entities, tables: $0)
            }
            Self.expectSameTables(read, built)
            #expect(!read.readKeptTables)
        }
    }

    /// Entities in id order (as the index keeps them) are not sorted again, and entities in any
    /// other order are: either way the phrase table is the same, so the same text finds the same body.
    @Test func entityOrderDoesNotChangeTheIndex() {
        let shuffled = Array(Self.entities.reversed())
        let sorted = Self.entities.sorted { $0.id < $1.id }
        let fromShuffled = ExtractionRegistry(Self.claimSet(shuffled), listed: shuffled, tables: nil)
        let fromSorted = ExtractionRegistry(Self.claimSet(sorted), listed: sorted, tables: nil)
        Self.expectSameTables(fromShuffled, fromSorted)
        let tokens = Tokenizer.tokens(in: Array("TWA and Lisa Brekk met.".utf8))
        for index in tokens.indices {
            let found = fromShuffled.names.match(tokens, at: index)?.value
            #expect(found == fromSorted.names.match(tokens, at: index)?.value)
        }
    }
}
