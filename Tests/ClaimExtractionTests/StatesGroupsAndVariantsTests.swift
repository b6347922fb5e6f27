import ClaimModel
import Testing
@testable import ClaimExtraction

/// Who is meant where the text does not spell it out: a capital acting as its state, a
/// group word for the group the article names, a surname spelt another way, a name without
/// its middle names. Invented people and groups; real capitals (general knowledge).
struct StatesGroupsAndVariantsTests {
    static func registry() -> ExtractionRegistry {
        let entities = [
            Entity(id: "united-kingdom", name: "United Kingdom", kind: .country, aliases: ["UK", "Britain"]),
            Entity(id: "france", name: "France", kind: .country),
            Entity(id: "northsea-coalition", name: "Northsea Coalition", kind: .group),
            Entity(id: "amber-group", name: "Amber Group", kind: .group, aliases: ["AMBG"]),
            Entity(id: "european-partners", name: "European Partners", kind: .group),
            Entity(id: "yevhen-zhuravskyy", name: "Yevhen Zhuravskyy", kind: .person, aliases: ["Zhuravskyy"]),
            Entity(id: "ana-lucia-ferreira", name: "Ana Lucia Ferreira", kind: .person),
            Entity(id: "ilse-marn", name: "Ilse Marn", kind: .person, aliases: ["Marn"]),
            Entity(id: "otto-marn", name: "Otto Marn", kind: .person, aliases: ["Marn"]),
        ]
        return ExtractionRegistry(entities: entities, events: [], attributes: BuiltInVocabulary.attributes)
    }

    static func linked(_ body: String) -> (ClaimExtractor, Set<String>) {
        let (extractor, links) = links(body)
        return (extractor, Set(links))
    }

    /// Every entity each name of the article links to, in order (a name twice, twice).
    static func links(_ body: String) -> (ClaimExtractor, [String]) {
        var extractor = ClaimExtractor(registry: registry())
        extractor.recordsResolution = true
        let article = extractor.extract(try! Fixture.story(body, published: "2026-04-14", title: "Story"))
        return (extractor, article.resolution.links.map(\.entityID))
    }

    @Test(arguments: ["London said it would send 40 observers.", "London and Paris agreed to send 40 observers.",
                      "London has insisted that 40 observers will go."])
    func aCapitalActingIsItsState(_ body: String) {
        let (_, ids) = Self.linked(body)
        #expect(ids.contains("united-kingdom"))
        if body.contains("Paris") { #expect(ids.contains("france")) }
    }

    @Test(arguments: ["Officials in London said 40 observers would go.", "A fire in London killed 4 people.",
                      "The delegates flew to London and agreed to send 40 observers.",
                      "Residents in London said 40 homes were flooded."])
    func aCapitalAsAPlaceIsNotTheState(_ body: String) {
        let (_, ids) = Self.linked(body)
        #expect(!ids.contains("united-kingdom"))
    }

    @Test func groupWordsAreTheGroupTheArticleNames() {
        let (_, ids) = Self.linked("The Northsea Coalition met in Dalby. The coalition said it would send 40.")
        #expect(ids.contains("northsea-coalition"))
        let (_, bloc) = Self.linked("The Amber Group met in Dalby. The bloc agreed to send 40 observers.")
        #expect(bloc.contains("amber-group"))
        let (_, europeans) = Self.linked("European Partners met in Dalby. The Europeans said 40 observers would go.")
        #expect(europeans.contains("european-partners"))
    }

    @Test func groupWordsWithoutSuchAGroupNameNobody() {
        // No group of that name, or the word only describes ("the coalition government").
        let (_, none) = Self.links("The Amber Group met in Dalby. The coalition said 40 observers would go.")
        #expect(none.filter { $0 == "amber-group" }.count == 1)
        #expect(!none.contains("northsea-coalition"))
        let (_, describing) = Self.linked("The Northsea Coalition met. Later the coalition government sent 40.")
        #expect(describing == ["northsea-coalition"])
        let (_, europeans) = Self.links("The Amber Group met in Dalby. The Europeans said 40 observers would go.")
        #expect(europeans.filter { $0 == "amber-group" }.count == 1)
    }

    @Test(arguments: ["President Zhuravsky", "Zhuravskiy said", "Schurawskyj said"])
    func aSurnameSpeltAnotherWayIsThePersonOnRecord(_ words: String) {
        let (extractor, ids) = Self.linked("\(words) 40 observers would go.")
        #expect(ids.contains("yevhen-zhuravskyy"))
        let spelling = words.split(separator: " ").map(String.init).first { $0.hasPrefix("Zh") || $0.hasPrefix("Sch") }!
        #expect(extractor.registry.aliasProposals.contains(AliasProposal(entityID: "yevhen-zhuravskyy",
            alias: spelling)))
    }

    @Test func aSurnameTwoPeopleShareOrAnotherNameJoinsNobody() {
        let (_, shared) = Self.linked("Judge Maarn said 40 observers would go.")
        #expect(!shared.contains("ilse-marn") && !shared.contains("otto-marn"))
        let (_, other) = Self.linked("President Zhuravlev said 40 observers would go.")
        #expect(!other.contains("yevhen-zhuravskyy"))
    }

    @Test func aNameWithoutItsMiddleNameIsThePerson() {
        let (_, ids) = Self.linked("Ana Ferreira said 40 observers would go.")
        #expect(ids.contains("ana-lucia-ferreira"))
        let (_, other) = Self.linked("Ana Moreira said 40 observers would go.")
        #expect(!other.contains("ana-lucia-ferreira"))
    }
}
