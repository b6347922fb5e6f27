import ClaimExtraction
import ClaimModel
import Testing

/// Issue 12 (h12-figures): figures the extractor used to see and drop. A change in a measure
/// the vocabulary lacks is the owner's measure; a rival estimate counts what the first count of
/// the sentence counts, with its own speaker; the speaker of "X counted N" is X. Each shape has
/// a near miss that must not give the claim. Tessaro, Varnholm and the Green Front are invented.
@Suite struct FigureMeasureTests {
    static let tessaro = Entity(id: "tessaro", name: "Tessaro", kind: .organisation)
    static let results = Event(id: "tessaro-traffic-2025-05", name: "Tessaro traffic figures",
                               start: Day(iso: "2025-05-06")!)
    static let lede = "Tessaro published its traffic figures on Tuesday. "

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Fixture.extract(story: lede + body, entities: [tessaro], events: [results])
    }

    static func changes(_ article: ExtractedArticle) -> [String] {
        article.claims("percent-change").map { "\($0.subject)=\($0.value.humanDescription(unit: nil))" }
    }

    @Test(arguments: [
        ("Passenger numbers at Tessaro rose 20 per cent.", ["tessaro-passengers=20"]),
        ("The number of passengers rose by 7 per cent.", ["tessaro-passengers=7"]),
        ("Average fares dropped 6 per cent.", ["tessaro-average-fare=-6"]),
        // A measure after the noun of change, when the company reports it or a link opens it.
        ("Tessaro reported a 6 per cent drop in average fares.", ["tessaro-average-fare=-6"]),
        ("Tessaro shares were 3.3 per cent lower.", ["tessaro-share-price=-3.3"]),
    ])
    func aChangeInANamedMeasureIsTheOwners(sentence: String, expected: [String]) throws {
        let article = try Self.extract(sentence)
        #expect(Self.changes(article) == expected, "\(sentence) \(article.unplaced)")
    }

    @Test(arguments: [
        // Verbs and prepositional phrases are no measure's name.
        "It brings wage increases of 38 per cent.",
        "Unemployment in the region fell 2 per cent.",
        // The figure is not the change's: it stands apart from the cue.
        "Two airlines fell short of the 5 per cent target.",
        // The change is the levy's effect, not a figure the company reports.
        "Tessaro said the new port levy would bring a 7 per cent drop in freight traffic.",
    ])
    func noMeasureBesideTheChangeGivesNoClaim(sentence: String) throws {
        let article = try Self.extract(sentence)
        #expect(Self.changes(article).isEmpty, "\(sentence) \(article.claims.map(\.statement))")
    }

    @Test(arguments: [
        ("Tessaro said net profit fell by a fifth.", ["tessaro-net-profit=about -20"]),
        ("Revenue more than doubled.", ["tessaro-revenue=at least 100"]),
        ("Passenger numbers at Tessaro halved.", ["tessaro-passengers=-50"]),
        // Near misses: a part of something, a verb with an object, an incident's figure.
        ("Tessaro cut its staff by a fifth of its workforce.", []),
        ("The levy doubled the cost of permits.", []),
        ("The death toll doubled.", []),
    ])
    func aChangeWrittenAsAFractionOrAMultiple(sentence: String, expected: [String]) throws {
        let article = try Self.extract(sentence)
        #expect(Self.changes(article) == expected, "\(sentence) \(article.unplaced)")
    }

    @Test func aPronounOwnerTheClauseDoesNotNameIsANote() throws {
        let article = try Self.extract("Its passenger numbers fell 4.8 per cent.")
        #expect(Self.changes(article).isEmpty)
        #expect(article.unplaced.contains { $0.text == "4.8" && $0.reason.contains("no company named") },
                "\(article.unplaced)")
    }
}

@Suite struct RivalEstimateTests {
    static let march = Event(id: "varnholm-climate-march-2025-05-03", name: "Varnholm climate march",
                             start: Day(iso: "2025-05-03")!)
    static let police = Entity(id: "varnholm-police", name: "Varnholm police", kind: .organisation)
    static let front = Entity(id: "green-front", name: "Green Front", kind: .organisation)
    static let lede = "The Varnholm climate march went ahead on Saturday. "

    static func crowd(_ body: String) throws -> (counts: [String], article: ExtractedArticle) {
        let article = try Fixture.extract(story: lede + body, entities: [police, front], events: [march])
        let counts = article.claims("crowd-size").map { claim in
            var who = "narrator"
            if case .entity(let id) = claim.speaker { who = id }
            return "\(claim.value.humanDescription(unit: nil)) by \(who)"
        }
        return (counts, article)
    }

    @Test(arguments: [
        ("Varnholm police counted 12,000 marchers; the Green Front spoke of some 40,000.",
         ["12000 by varnholm-police", "about 40000 by green-front"]),
        ("Varnholm police counted 12,000 marchers, while the Green Front has repeatedly claimed 40,000.",
         ["12000 by varnholm-police", "40000 by green-front"]),
    ])
    func aRivalEstimateCountsWhatTheFirstCounts(sentence: String, expected: [String]) throws {
        let (counts, article) = try Self.crowd(sentence)
        #expect(counts == expected, "\(article.unplaced)")
    }

    @Test func theSpeakerOfCountedIsWhoCounted() throws {
        let (counts, _) = try Self.crowd("Varnholm police counted 12,000 marchers.")
        #expect(counts == ["12000 by varnholm-police"])
    }

    @Test(arguments: [
        // A figure for one place is a part of the whole, not a rival estimate.
        "Varnholm police counted 12,000 marchers; the Green Front claimed 3,000 in Varnholm.",
        // No count before it: the bare figure says nothing of what it counts.
        "The Green Front spoke of some 40,000.",
        // The same speaker's second figure is no rival.
        "Varnholm police counted 12,000 marchers and later said 14,000.",
    ])
    func noRivalWithoutAFirstCountAndAnotherSpeaker(sentence: String) throws {
        let (counts, article) = try Self.crowd(sentence)
        #expect(counts.count <= 1, "\(counts)")
        #expect(!counts.contains { $0.contains("3000") || $0.contains("14000") || $0.contains("40000") },
                "\(counts)")
        #expect(!article.unplaced.isEmpty, "the figure left over stays a note")
    }

    @Test func peopleWhoShowedUpAreTheCrowd() throws {
        let (counts, _) = try Self.crowd("More than 20,000 people showed up, the Green Front said.")
        #expect(counts == ["at least 20001 by green-front"])
    }
}

/// What a number counts is the noun phrase it heads: a trade the vocabulary does not list, a
/// body's members, describing words joined by "and".
@Suite struct CountedNounTests {
    static let strike = Event(id: "varnholm-dock-strike-2025-05-05", name: "Varnholm dock strike",
                              start: Day(iso: "2025-05-05")!)
    static let summit = Event(id: "varnholm-summit-2025-05-05", name: "Varnholm summit",
                              start: Day(iso: "2025-05-05")!)
    static let lede = "The Varnholm dock strike began on Monday. "

    static func participants(_ body: String, event: Event = strike) throws -> [String] {
        let lede = event == strike ? Self.lede : "The Varnholm summit opened on Monday. "
        let article = try Fixture.extract(story: lede + body, entities: [], events: [event])
        return article.claims.filter { $0.attribute.hasPrefix("participant") }
            .map { "\($0.attribute) \($0.value.humanDescription(unit: $0.unit))" }
    }

    @Test(arguments: [
        ("Some 1,200 striking machinists walked off the job.", ["participant-count about 1200 people"]),
        ("About 3,000 members of the dockers' union walked out.", ["participant-count about 3000 people"]),
        ("Some 4,000 amateur and professional swimmers took part.", ["participant-count about 4000 people"]),
    ])
    func theNounANumberHeadsSaysWhatItCounts(sentence: String, expected: [String]) throws {
        #expect(try Self.participants(sentence) == expected, "\(sentence)")
    }

    @Test(arguments: [
        // Things that end like a trade are no people.
        "The port handled some 1,200 containers during the walkout.",
        // A workforce the strikers belong to is not the strike's field.
        "The union represents some 9,000 dockers.",
    ])
    func thingsAndBystandersAreNoParticipants(sentence: String) throws {
        #expect(try Self.participants(sentence).isEmpty, "\(sentence)")
    }

    @Test func membersOfAnAllianceStayCountries() throws {
        let found = try Self.participants("All 32 members of the alliance took part.", event: Self.summit)
        #expect(!found.contains { $0.hasSuffix("people") }, "\(found)")
    }
}
