import ClaimExtraction
import ClaimModel
import Testing

/// Extraction with the built-in news vocabulary alone, on sentences of our own about invented
/// places and people: how people write (inflections, insertions, passive, negation), which
/// numbers count something, partitions, offices, ages, and when things happened.
enum News {
    static let entities = [
        Entity(id: "maren-holt", name: "Maren Holt", kind: .person, aliases: ["Holt"],
               roles: [Role(title: "Foreign Minister of Norland", aliases: ["foreign minister"],
                            from: Day(iso: "2020-01-01"))]),
        Entity(id: "tove-brandt", name: "Tove Brandt", kind: .person, aliases: ["Brandt"],
               roles: [Role(title: "Secretary of State of Arcadia", from: Day(iso: "2021-01-01"))]),
    ]
    static let events = [Event(id: "harbour-forum-2025-05-06", name: "Harbour Forum", start: Day(iso: "2025-05-06")!,
                               place: "Lisvik")]

    static func extract(_ body: String, published: String = "2025-05-07") throws -> ExtractedArticle {
        try Fixture.extract(story: body, published: published, entities: entities, events: events)
    }

    static func values(_ article: ExtractedArticle, _ attribute: String) -> [String] {
        article.claims(attribute).map { $0.value.humanDescription(unit: nil) }
    }
}

@Suite struct HowPeopleWriteTests {
    @Test func inflectedCuesMatch() throws {
        let article = try News.extract("Maren Holt signed the communiqué at the Harbour Forum on Tuesday.")
        #expect(article.claims("signed", "maren-holt").map(\.value) == [.flag(true)])
    }

    @Test func negationWithAnAdverbInBetween() throws {
        let article = try News.extract("At the Harbour Forum on Tuesday, "
                                           + "Tove Brandt did not formally endorse the harbour plan.")
        #expect(article.claims("endorsed", "tove-brandt").map(\.value) == [.flag(false)])
        let signed = try News.extract("Tove Brandt has so far not signed the communiqué of the Harbour Forum.")
        #expect(signed.claims("signed", "tove-brandt").map(\.value) == [.flag(false)])
    }

    @Test func aNegatedAttendanceIsAnAbsence() throws {
        let article = try News.extract("Tove Brandt did not personally attend the Harbour Forum on Tuesday.")
        #expect(article.claims("attendance-mode", "tove-brandt").map(\.value) == [.category("absent")])
    }

    @Test func passiveRepresentation() throws {
        let article = try News.extract("At the Harbour Forum on Tuesday, Tove Brandt was represented by an aide.")
        #expect(article.claims("attendance-mode", "tove-brandt").map(\.value) == [.category("represented")])
    }

    @Test func plansAreExpected() throws {
        let article = try News.extract("Tove Brandt is expected to attend the Harbour Forum in person.")
        #expect(article.claims("attendance-mode", "tove-brandt").map(\.modality) == [.expected])
    }
}

@Suite struct NumberScopeTests {
    static let fire = "A fire swept through the Skarvik ferry terminal on Sunday. "

    @Test func aTollIsRead() throws {
        let article = try News.extract(Self.fire + "The fire killed 14 people, police said.")
        #expect(News.values(article, "death-toll") == ["14"])
        #expect(article.claims("death-toll").first?.subject == article.claims("death-toll").first?.event)
    }

    @Test(arguments: [
        "Flight 732 was diverted after the fire and the Airbus 320-200 landed at 9:15 a.m.",
        "The alarm was raised to No. 5 and the report, on page 12, lists route 44.",
        "The local side lost 3-1 on the day of the fire; call 0800 555 0199 for news.",
    ])
    func labelsTimesAndScoresCountNothing(sentence: String) throws {
        let article = try News.extract(Self.fire + sentence)
        let quantities = article.claims.filter { if case .quantity = $0.value { return true } else { return false } }
        #expect(quantities.isEmpty, "\(quantities.map(\.statement))")
    }

    @Test func aSubsetIsNoTotal() throws {
        let including = try News.extract(Self.fire + "Fourteen people died, including 8 children.")
        #expect(News.values(including, "death-toll") == ["14"])
        let ofThem = try News.extract(Self.fire + "Sixteen people were injured, 4 of them critically.")
        #expect(News.values(ofThem, "injured-count") == ["16"])
    }

    @Test func anotherFigureOnTheGroundHasItsScope() throws {
        let article = try News.extract("A cargo plane crashed into a warehouse near Skarvik on Sunday. "
                                           + "Another 3 died on the ground.")
        #expect(News.values(article, "deaths-on-ground") == ["3"])
        #expect(News.values(article, "death-toll").isEmpty)
    }

    @Test func allButReadsAsAPartition() throws {
        let article = try News.extract("A seaplane crashed off Skarvik on Sunday. "
                                           + "All but two of the 58 aboard were killed.")
        #expect(News.values(article, "deaths-on-board") == ["56"])
        #expect(News.values(article, "survivors-count") == ["2"])
        #expect(News.values(article, "people-on-board") == ["58"])
        #expect(News.values(article, "death-toll").isEmpty)
    }

    @Test func aRangeWrittenWithAHyphen() throws {
        let article = try News.extract(Self.fire + "Between the sheds, 20-30 people were evacuated.")
        #expect(article.claims("evacuated-count").map(\.value) == [.quantity(.range(min: 20, max: 30))])
    }

    @Test func theSubjectOfACountIsWhatItCounts() throws {
        let article = try News.extract("At the Harbour Forum on Tuesday, 41 delegations, several from Asia, took part.")
        let claims = article.claims("participant-delegations")
        #expect(claims.map { $0.value.humanDescription(unit: nil) } == ["41"])
        #expect(claims.first?.subject == "harbour-forum-2025-05-06")
    }

    @Test func aCueServesItsNearestFigure() throws {
        let article = try News.extract("At the Harbour Forum vote on Tuesday, 12 abstained, leaving 310 votes cast.")
        #expect(News.values(article, "abstentions") == ["12"], "the 310 votes cast are not abstentions")
        let tally = try News.extract("The Harbour Forum assembly on Tuesday "
                                         + "rejected the harbour levy by 212 votes to 98.")
        #expect(News.values(tally, "votes-against") == ["212"])
        #expect(News.values(tally, "votes-for") == ["98"])
        let passed = try News.extract("The Harbour Forum assembly on Tuesday "
                                          + "approved the harbour levy by 212 votes to 98.")
        #expect(News.values(passed, "votes-for") == ["212"])
    }

    @Test func figuresNotPlacedAreNoted() throws {
        let article = try News.extract(Self.fire + "Crews worked through the night and 7 remained at the scene.")
        let noted = article.unplaced.contains { !$0.isExcluded && $0.text == "7" && $0.line == 7 }
        #expect(noted, "\(article.unplaced)")
        let labels = try News.extract(Self.fire + "Flight 732 was diverted.")
        let allExcluded = labels.unplaced.allSatisfy { $0.isExcluded }
        #expect(allExcluded, "\(labels.unplaced)")
    }
}

@Suite struct StatedFactsTests {
    @Test func aTitleBeforeANewNameIsAnOffice() throws {
        let article = try News.extract("Senator Ada Quill visited the Harbour Forum on Tuesday.")
        let office = try #require(article.claims("office").first)
        #expect(office.value == .category("senator"))
        #expect(office.subject == "ada-quill")
        #expect(office.event == nil)
    }

    @Test func aRegistryRoleByTitleOrApposition() throws {
        let before = try News.extract("Secretary of State Tove Brandt arrived in Lisvik for the Harbour Forum.")
        #expect(before.claims("office", "tove-brandt").map(\.value) == [.category("secretary-of-state-of-arcadia")])
        let apposition = try News.extract("Maren Holt, the foreign minister, spoke at the Harbour Forum on Tuesday.")
        #expect(apposition.claims("office", "maren-holt").map(\.value) == [.category("foreign-minister-of-norland")])
        let former = try News.extract("The former foreign minister Maren Holt spoke at the Harbour Forum.")
        #expect(former.claims("office").isEmpty)
    }

    @Test func agesBesideOnePerson() throws {
        let article = try News.extract("Ada Quill, 34, spoke at the Harbour Forum on Tuesday.")
        #expect(article.claims("age", "ada-quill").map(\.value) == [.quantity(.exactly(34))])
        let group = try News.extract("A fire swept through the Skarvik depot on Sunday. "
                                         + "Three men, aged between 40 and 52, were arrested.")
        #expect(group.claims("age").isEmpty)
        #expect(News.values(group, "arrested-count") == ["3"])
    }

    @Test func whenTheEventHappened() throws {
        let article = try News.extract("A fire broke out at the Skarvik ferry terminal at 3:40 p.m. on Sunday.")
        #expect(article.claims("event-date").map(\.value) == [.category("2025-05-04")])
        #expect(article.claims("event-time").map(\.value) == [.category("15:40")])
    }

    @Test func aDatelineDatesTheReportNotTheEvent() throws {
        let article = try News.extract("LISVIK, May 7 -- The Harbour Forum will be held on Tuesday, officials said.",
                                       published: "2025-05-03")
        #expect(article.claims("event-date").map(\.value) == [.category("2025-05-06")])
        #expect(article.claims("event-date").first?.modality == .expected)
    }
}
