import Foundation
import ClaimModel
import Testing
@testable import ClaimExtraction

/// People, bodies and countries resolved with the whole article in view.
struct EntityContextTests {
    static func registry() throws -> ExtractionRegistry {
        let attributes = Array(try Fixture.registry().attributes.values)
        let entities = [
            Entity(id: "mykola-zhuravsky", name: "Mykola Zhuravsky", kind: .person, aliases: ["Zhuravsky"]),
            Entity(id: "jiri-novak", name: "Jiří Novák", kind: .person),
            Entity(id: "tomas-lind", name: "Tomas Lind", kind: .person, aliases: ["Lind"]),
            Entity(id: "vesna-orlic", name: "Vesna Orlic Dovan", kind: .person, aliases: ["Vesna Orlic"]),
            Entity(id: "harbourtown-police", name: "Harbourtown Police Service", kind: .organisation,
                   aliases: ["police", "the police"]),
            Entity(id: "kestrel-police", name: "Kestrel Metropolitan Police", kind: .organisation,
                   aliases: ["the Kestrel force"]),
            Entity(id: "freedonia", name: "Freedonia", kind: .country),
            Entity(id: "united-kingdom", name: "United Kingdom", kind: .country),
        ]
        // The summit the attendance sentences name: an attendance needs its gathering.
        let summit = Event(id: "lisvik-summit-2026-04-13", name: "Lisvik summit", start: Day(iso: "2026-04-13")!)
        return ExtractionRegistry(entities: entities, events: [summit], attributes: attributes)
    }

    static func linked(_ text: String) throws -> (ClaimExtractor, ExtractedArticle) {
        var extractor = ClaimExtractor(registry: try registry())
        extractor.recordsResolution = true
        let article = try Fixture.extract(text, name: "story.txt", published: "2026-04-14", with: &extractor)
        return (extractor, article)
    }

    static func ids(_ article: ExtractedArticle) -> Set<String> { Set(article.resolution.links.map(\.entityID)) }

    @Test(arguments: ["Mykola Schurawski", "Mykola Zhuravskyy", "Mykola Zhuravskiy", "Mykola Žuravskij"])
    func transliterationsJoinThePersonOnRecord(_ spelling: String) throws {
        let (extractor, article) = try Self.linked("The talks were led by \(spelling), officials said.")
        #expect(Self.ids(article).contains("mykola-zhuravsky"))
        #expect(extractor.registry.aliasProposals == [AliasProposal(entityID: "mykola-zhuravsky", alias: spelling)])
    }

    @Test func diacriticsAndDoubledLettersJoinToo() throws {
        #expect(NameKey.of("Jiri Novak") == NameKey.of("Jiří Novák"))
        #expect(NameKey.of("Annika Strömm") == NameKey.of("Annika Strom"))
        #expect(NameKey.of("Anna Berg") != NameKey.of("Hanna Berg"))
        #expect(NameKey.of("Novak") == nil)  // one word is too little to join people by
    }

    /// The byte-level fold must give what Foundation's `replacingOccurrences`, fold by fold,
    /// gave: words built from the letters the folds name, so folds overlap and chain.
    @Test func foldingOnBytesIsFoldingByReplacement() {
        func replaced(_ word: String) -> String {
            var text = word
            for (from, to) in NameKey.folds { text = text.replacingOccurrences(of: from, with: to) }
            var folded = ""
            for character in text where character != folded.last { folded.append(character) }
            return folded
        }
        let letters = Array("schtzkhwjyqxoupa")
        var state: UInt64 = 7
        for length in 1...12 {
            for _ in 0..<300 {
                let word = String((0..<length).map { _ in
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    return letters[Int(state >> 33) % letters.count]
                })
                #expect(NameKey.fold(word) == replaced(word), "\(word)")
            }
        }
        #expect(NameKey.fold("shchukin") == "sukin")
    }

    /// ASCII names are split on bytes; the words must be those the path for any script finds.
    @Test(arguments: ["Jean-Luc O'Neill", "Anna  Berg", "MAREK van der Sloot (Jr.)", "x-y' z", "",
                      "Dr. K. Ode-Ivo 3rd"])
    func asciiNamesSplitAsAnyScript(_ name: String) {
        #expect(NameKey.plainWords(name) == NameKey.plainWordsOfAnyScript(name))
        #expect(NameKey.plainWords(name + " Émile") == NameKey.plainWordsOfAnyScript(name + " Emile"))
    }

    @Test func aDroppedFirstNameIsThePersonNamedEarlier() throws {
        let (_, article) = try Self.linked("Ingvar Sollen, a harbour pilot, saw the ship sink. "
                                               + "Sollen said 4 people had died.")
        let people = article.resolution.links.filter { $0.kind == .person }
        #expect(Set(people.map(\.entityID)) == ["ingvar-sollen"])
        #expect(people.count == 2)
    }

    @Test func aSurnameSharedByTwoPeopleStaysUnresolved() throws {
        let (_, article) = try Self.linked("Ingvar Sollen and Greta Sollen arrived. Sollen said 4 people had died.")
        // The two full names only: the bare surname could be either.
        #expect(article.resolution.links.filter { $0.kind == .person }.count == 2)
    }

    @Test(arguments: ["Tomas Lind's son-in-law attended the Lisvik summit.",
                      "A spokesman for Tomas Lind attended the Lisvik summit.",
                      "Tomas Lind's wife attended the Lisvik summit.",
                      "The envoy of Tomas Lind attended the Lisvik summit."])
    func relationsAreOtherPeople(_ text: String) throws {
        let (_, article) = try Self.linked(text)
        #expect(!Self.ids(article).contains("tomas-lind"))
        #expect(!article.claims("attendance-mode").contains { $0.subject == "tomas-lind" })
    }

    @Test func aRelativeNamedInApposition() throws {
        let (_, article) = try Self.linked("Tomas Lind's wife, Karin Lind, attended the Lisvik summit.")
        #expect(article.claims("attendance-mode").map(\.subject) == ["karin-lind"])
    }

    @Test func theNameItselfIsStillLind() throws {
        let (_, article) = try Self.linked("Tomas Lind attended the Lisvik summit.")
        #expect(article.claims("attendance-mode").map(\.subject) == ["tomas-lind"])
    }

    @Test func aTitleIsNotPartOfTheName() throws {
        let (_, article) = try Self.linked("Senator Tomas Lind attended the summit. "
                                               + "Foreign Minister Edda Brask attended the summit.")
        #expect(Self.ids(article).isSuperset(of: ["tomas-lind", "edda-brask"]))
        #expect(!Self.ids(article).contains { $0.contains("senator") || $0.contains("minister") })
    }

    @Test func genericPoliceIsTheForceTheArticleNames() throws {
        let text = "Thousands marched in Kestrel on Saturday, the Kestrel force said. "
            + "Police said 12 people were arrested."
        let (_, article) = try Self.linked(text)
        #expect(Self.ids(article).contains("kestrel-police"))
        #expect(!Self.ids(article).contains("harbourtown-police"))
        // Where the article names no other force, the registry's alias stands.
        let (_, plain) = try Self.linked("Police said 12 people were arrested.")
        #expect(Self.ids(plain).contains("harbourtown-police"))
    }

    @Test func unnamedSpeakersAreEntitiesOfTheirOwn() throws {
        let (_, article) = try Self.linked("The Freedonian authorities said 4 people died. "
                                               + "An Elbonian diplomat said 5 had died.")
        #expect(Self.ids(article).isSuperset(of: ["freedonian-authorities", "elbonian-diplomat"]))
        let (_, other) = try Self.linked("A government source said 4 people died. Officials in Tarnby said 5 had died.")
        #expect(Self.ids(other).isSuperset(of: ["government-source", "officials-in-tarnby"]))
    }

    @Test(arguments: ["the UK", "Britain", "the United Kingdom"])
    func namesOfTheStateResolveToOneCountry(_ name: String) throws {
        let (_, article) = try Self.linked("Officials said \(name) sent 4 delegates.")
        #expect(Self.ids(article).contains("united-kingdom"))
    }
}
