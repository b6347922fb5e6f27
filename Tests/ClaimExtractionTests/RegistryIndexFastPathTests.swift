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
