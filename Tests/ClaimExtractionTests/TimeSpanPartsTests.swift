@testable import ClaimExtraction
import ClaimModel
import Testing

/// A length written in two or three units ("four hours and 57 minutes", "a 14-hour, 30-minute
/// blaze") is one span: read alone, the first part gave a wrong length and the rest a stray
/// count (issue 12, s11). Invented places and people.
@Suite struct TimeSpanPartsTests {
    static let fire = "A fire swept through the Skarvik ferry terminal on Sunday. "

    @Test(arguments: [
        ("The blaze burned for four hours and 20 minutes.", "260"),
        ("The blaze burned for 4 hours 20 minutes.", "260"),
        ("The blaze burned for two days, six hours and 30 minutes.", "3270"),
        ("Crews fought a 14-hour, 30-minute blaze with foam.", "870"),
        ("The blaze burned for more than four hours and 20 minutes.", "at least 261"),
    ])
    func partsAddUp(sentence: String, value: String) throws {
        let article = try Quantities.extract(Self.fire + sentence)
        #expect(article.claims("duration").map { $0.value.humanDescription(unit: nil) } == [value],
                "\(sentence): \(SpanPrecisionTests.durations(article))")
        #expect(article.claims.allSatisfy { $0.attribute == "duration" || $0.attribute == "event-date" },
                "\(sentence): \(article.claims.map(\.attribute))")
    }

    @Test func anElapsedTimeInTwoUnits() throws {
        let article = try Quantities.extract(Self.fire + "Crews reached the terminal one hour and 12 minutes "
                                             + "after the fire broke out.")
        #expect(article.claims("elapsed-time").map { $0.value.humanDescription(unit: nil) } == ["72"])
    }

    /// What follows is not a smaller unit of the same span: a count of people, a larger or the
    /// same unit, more of a unit than fits in the one before, a second span of its own.
    @Test(arguments: [
        ("The blaze burned for four hours and 20 people were hurt.", "240"),
        ("The blaze burned for two hours and 90 minutes later crews left.", "120"),
        ("The blaze burned for six hours, three hours longer than the last one.", "360"),
    ])
    func partsThatAreNotTheSameSpan(sentence: String, value: String) throws {
        let article = try Quantities.extract(Self.fire + sentence)
        #expect(article.claims("duration").map { $0.value.humanDescription(unit: nil) } == [value],
                "\(sentence): \(SpanPrecisionTests.durations(article))")
    }

    /// "a blaze that burned for": the relative clause's subject is the event before "that",
    /// though a preposition stands before it; without "that", the search's is no event's length.
    @Test func anEventThatLasted() throws {
        let article = try Quantities.extract(Self.fire + "Smoke rose from a blaze that burned for six hours.")
        #expect(SpanPrecisionTests.durations(article).map { $0.split(separator: "=").last } == ["360"])
        let search = try Quantities.extract(Self.fire + "The search at the fire site continued for 12 hours.")
        #expect(search.claims("duration").isEmpty)
    }
}

/// "The toll is now 54" updates the last count; a fixed figure such as an age is never
/// updated so ("Kolar, 45, has now visited five sites" gives Kolar no age of five).
@Suite struct UpdateOfFixedFiguresTests {
    @Test func nowAfterAnAgeIsNoNewAge() throws {
        let article = try PeopleReaders.extract("Brana Kolar, 45, has now opened five Harbour Forum halls.")
        #expect(PeopleReaders.values(article, "age") == ["brana-kolar=\(Quantity.exactly(45))"])
    }

    @Test func nowAfterATollUpdatesIt() throws {
        let article = try Quantities.extract("A fire swept through the Skarvik ferry terminal on Sunday, killing 12 "
                                             + "people. By Monday the figure was now 15.")
        #expect(Quantities.values(article, "death-toll") == ["15"], "\(article.claims.map(\.statement))")
    }
}

/// "Who turns 46 next month" is 45 until then; "at 45" between commas is the age (s11).
@Suite struct AgeTurnsAndAtTests {
    @Test(arguments: [
        ("Brana Kolar, who turns 46 next month, opened the Harbour Forum on Tuesday.", 45.0),
        ("Brana Kolar, who turns 46 in June, opened the Harbour Forum on Tuesday.", 45.0),
        ("Brana Kolar, who turns 45 today, opened the Harbour Forum on Tuesday.", 45.0),
        ("Brana Kolar, who turned 45, opened the Harbour Forum on Tuesday.", 45.0),
        ("Brana Kolar, at 45, is the oldest speaker at the Harbour Forum.", 45.0),
    ])
    func ages(sentence: String, age: Double) throws {
        let article = try PeopleReaders.extract(sentence)
        #expect(PeopleReaders.values(article, "age") == ["brana-kolar=\(Quantity.exactly(age))"], "\(sentence)")
    }

    /// A birthday with no time may be past or ahead; "at 45 minutes" and "at 45-47" are no ages.
    @Test(arguments: [
        "Brana Kolar, who turns 46, opened the Harbour Forum on Tuesday.",
        "Brana Kolar, at 45 minutes past noon, opened the Harbour Forum.",
        "Brana Kolar, at 45-47, trailed at the Harbour Forum on Tuesday.",
    ])
    func noAge(sentence: String) throws {
        let article = try PeopleReaders.extract(sentence)
        #expect(PeopleReaders.values(article, "age").isEmpty, "\(sentence): \(PeopleReaders.values(article, "age"))")
    }
}

/// A party's part of a whole ("48 of the 59 seats") and a gain, which is a change (s11).
@Suite struct SeatPartsAndGainsTests {
    @Test(arguments: [
        "The Harbour Party took 48 of the 59 seats.",
        "The Harbour Party took 48 of Norland's 59 seats.",
        "The Harbour Party won 48 of 59 seats.",
    ])
    func aPartOfTheSeats(sentence: String) throws {
        let article = try Ballot.extract(Ballot.opening + sentence)
        #expect(Ballot.read(article, "seats-won") == ["harbour-party 48"], "\(sentence)")
    }

    /// "From 40 to 48 seats": the party before "from" has 48; the 40 were before this vote.
    @Test func fromOneCountToAnother() throws {
        let article = try Ballot.extract(Ballot.opening + "The Harbour Party rose from 40 to 48 seats.")
        #expect(Ballot.read(article, "seats-won") == ["harbour-party 48"])
    }

    /// A loss or a gain of seats, and a gain out of a whole, are changes: no seats won.
    @Test(arguments: [
        "The Harbour Party lost 20 of its 59 seats.",
        "The Harbour Party gained 12 seats.",
        "The Harbour Party gained 12 seats and the Fjord League lost nine.",
    ])
    func changesAreNoSeatsWon(sentence: String) throws {
        let article = try Ballot.extract(Ballot.opening + sentence)
        #expect(Ballot.read(article, "seats-won").isEmpty, "\(sentence): \(Ballot.read(article, "seats-won"))")
    }
}

/// "From 40 to 48" is a change, not a range; a level after "to" or "from" is no change (s11).
@Suite struct ChangeLevelsTests {
    static func read(_ text: String) -> [Quantity] {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        return NumberPhrase.find(in: tokens, range: 0..<tokens.count, text: bytes).map(\.quantity)
    }

    @Test func fromOneFigureToAnother() {
        #expect(Self.read("rose from 40 to 48 seats") == [.exactly(40), .exactly(48)])
        #expect(Self.read("between 40 and 48 seats") == [.range(min: 40, max: 48)])
        #expect(Self.read("40 to 48 seats") == [.range(min: 40, max: 48)])
        // A stretch of days stays one stretch, as before: no stray count of ten.
        #expect(Self.read("run from 10 to 21 November") == [.range(min: 10, max: 21)])
    }

    @Test(arguments: [
        "Turnout fell to 61.5 per cent.",
        "Turnout was 61.5 per cent, down from 64 per cent.",
    ])
    func aLevelIsNoChange(sentence: String) throws {
        let article = try Ballot.extract(Ballot.opening + sentence)
        #expect(article.claims("percent-change").isEmpty, "\(sentence)")
        #expect(Ballot.read(article, "turnout") == ["norland-election-2025-05-04 61.5"], "\(sentence)")
    }

    @Test func aChangeIsStillOne() throws {
        let article = try ResultsAndCourtTests.extract("In its quarterly results on Tuesday, Nordbank said "
            + "revenue rose 4 per cent.")
        #expect(article.claims("percent-change").map(\.value) == [.quantity(.exactly(4))])
        let level = try ResultsAndCourtTests.extract("In its quarterly results on Tuesday, Nordbank said "
            + "its margin rose to 4 per cent.")
        #expect(level.claims("percent-change").isEmpty)
    }
}

/// "Two and a half hours" and "two-and-a-half hours" are 2.5 (s11).
@Suite struct HalfNumbersTests {
    @Test func andAHalf() {
        #expect(ChangeLevelsTests.read("two and a half hours") == [.exactly(2.5)])
        #expect(ChangeLevelsTests.read("two-and-a-half hours") == [.exactly(2.5)])
        #expect(ChangeLevelsTests.read("one and a half million people") == [.exactly(1_500_000)])
        // "two and a bit" is no half.
        #expect(ChangeLevelsTests.read("two and a bit hours") == [.exactly(2)])
    }

    @Test func aSpanOfTwoAndAHalfHours() throws {
        let article = try Quantities.extract(TimeSpanPartsTests.fire + "The blaze burned for two and a half hours.")
        #expect(article.claims("duration").map { $0.value.humanDescription(unit: nil) } == ["150"])
    }
}

/// A contest's length (s11): "the final lasted", "a final that ran for", "a four-hour final",
/// "Kolar beat Vell in four hours". "Final" names no event alone (it is also an adjective), so
/// it is the clause's event only when that event is named with it. Invented players.
@Suite struct ContestLengthTests {
    static let final = Event(id: "lisvik-open-final-2025-05-04", name: "Lisvik Open final",
                             start: Day(iso: "2025-05-04")!, place: "Lisvik")
    static let marathon = Event(id: "lisvik-marathon-2025-05-04", name: "Lisvik marathon",
                                start: Day(iso: "2025-05-04")!, place: "Lisvik")
    static let opening = "Brana Kolar beat Nora Vell in the Lisvik Open final on Sunday. "

    static func extract(_ body: String, events: [Event] = [final]) throws -> ExtractedArticle {
        try Fixture.extract(story: body, entities: [PeopleReaders.kolar, PeopleReaders.vell], events: events)
    }

    static func durations(_ article: ExtractedArticle) -> [String] {
        article.claims("duration").map { "\($0.subject)=\($0.value.humanDescription(unit: nil))" }
    }

    @Test(arguments: [
        ("The final lasted four hours and 57 minutes.", "297"),
        ("The final ran for three hours.", "180"),
        ("Kolar won a four-hour final.", "240"),
        ("Kolar won a final that ran for three hours.", "180"),
    ])
    func theFinalsLength(sentence: String, value: String) throws {
        let article = try Self.extract(Self.opening + sentence)
        #expect(Self.durations(article) == ["lisvik-open-final-2025-05-04=\(value)"], "\(sentence)")
    }

    @Test func aWinInATimeIsTheContestsLength() throws {
        let article = try Self.extract("Brana Kolar beat Nora Vell in four hours and 57 minutes in the Lisvik Open "
                                       + "final on Sunday.")
        #expect(Self.durations(article) == ["lisvik-open-final-2025-05-04=297"])
    }

    /// A part of the final, and "final" as an adjective: no length of the final.
    @Test(arguments: [
        "The final set lasted two hours.",
        "Kolar said the final stretch lasted two hours.",
        "Vell's final serve lasted two minutes.",
    ])
    func notTheFinalsLength(sentence: String) throws {
        let article = try Self.extract(Self.opening + sentence)
        #expect(Self.durations(article).isEmpty, "\(sentence): \(Self.durations(article))")
    }

    /// A final that is not the clause's event, named with "final", gives it no length.
    @Test func aFinalOfAnotherEvent() throws {
        let article = try Self.extract("Brana Kolar won the Lisvik marathon on Sunday. The final lasted two hours.",
                                       events: [Self.marathon])
        #expect(Self.durations(article).isEmpty, "\(Self.durations(article))")
    }

    /// How long a win took, in one unit: the final's length.
    @Test(arguments: [
        "Brana Kolar beat Nora Vell in 56 minutes in the Lisvik Open final on Sunday.",
        "Brana Kolar won the Lisvik Open final on Sunday in 56 minutes.",
        "Brana Kolar needed only 56 minutes to beat Nora Vell in the Lisvik Open final on Sunday.",
    ])
    func howLongAWinTook(sentence: String) throws {
        let article = try Self.extract(sentence)
        #expect(Self.durations(article) == ["lisvik-open-final-2025-05-04=56"], "\(sentence)")
    }

    /// A win in a race is timed per runner, in seconds for a sprint: no length of the event.
    @Test(arguments: [
        "Brana Kolar won the Lisvik marathon on Sunday in 130 minutes.",
        "Brana Kolar won the Lisvik Open final on Sunday in 58 seconds.",
        "Brana Kolar needed 56 minutes to reach the Lisvik Open final on Sunday.",
        "Brana Kolar took the title, needing 56 minutes to beat Nora Vell.",
    ])
    func noContestLength(sentence: String) throws {
        let article = try Self.extract(sentence, events: [Self.final, Self.marathon])
        #expect(!Self.durations(article).contains { $0.hasPrefix("lisvik-") },
                "\(sentence): \(Self.durations(article))")
    }

    /// The winner's time in a final is the final's length; in a race, the runner's time.
    @Test func aWinnersTimeInAFinalIsTheFinals() throws {
        let article = try Self.extract("Brana Kolar won the Lisvik Open final on Sunday in four hours and 57 "
                                       + "minutes.")
        #expect(Self.durations(article) == ["lisvik-open-final-2025-05-04=297"])
        let race = try Self.extract("Brana Kolar won the Lisvik marathon on Sunday in two hours, 5 minutes and 10 "
                                    + "seconds.", events: [Self.marathon])
        #expect(Self.durations(race).map { $0.split(separator: "=").first.map(String.init) } == ["brana-kolar"])
    }

    @Test func theBeatenRunnerRanNoTime() throws {
        let article = try Self.extract("Brana Kolar beat Nora Vell in two hours, 5 minutes and 10 seconds at the "
                                       + "Lisvik marathon on Sunday.", events: [Self.marathon])
        #expect(article.claims("duration", "nora-vell").isEmpty, "\(Self.durations(article))")
    }
}

/// "<measure> of N" is that measure's figure: a later cue of another attribute cannot take it
/// (s11: "an operating profit of 2.2 billion euros on sales of 20 billion" gave revenue 2.2bn).
@Suite struct MeasureOfFigureTests {
    @Test func anOperatingProfitIsNoRevenue() throws {
        let article = try ResultsAndCourtTests.extract("In its quarterly results on Tuesday, Nordbank made an "
            + "operating profit of 2.2 billion euros on sales of 20 billion euros.")
        #expect(!Quantities.values(article, "revenue", "nordbank").contains("2200000000"),
                "\(Quantities.values(article, "revenue", "nordbank"))")
    }

    @Test func aTotalOfKeepsItsCue() throws {
        let article = try Quantities.extract("A fire swept through the Skarvik ferry terminal on Sunday. A total of "
                                             + "40 people were injured.")
        #expect(Quantities.values(article, "injured-count") == ["40"])
    }
}

/// The share of the electorate that voted is the turnout, however the vote is worded; a share
/// of voters who back something is a poll, no turnout (s11).
@Suite struct TurnoutWordingsTests {
    @Test(arguments: [
        ("About 61 per cent of eligible voters took part.", "about 61"),
        ("Some 61 per cent of the electorate voted.", "about 61"),
        ("61 per cent of registered voters turned out.", "61"),
    ])
    func theShareThatVoted(sentence: String, value: String) throws {
        let article = try Ballot.extract(Ballot.opening + sentence)
        #expect(Ballot.read(article, "turnout") == ["norland-election-2025-05-04 \(value)"], "\(sentence)")
    }

    @Test func aShareThatBacksSomethingIsNoTurnout() throws {
        let article = try Ballot.extract(Ballot.opening + "A poll found 52 per cent of registered voters back the "
                                         + "Harbour Party.")
        #expect(article.claims("turnout").isEmpty)
    }
}
