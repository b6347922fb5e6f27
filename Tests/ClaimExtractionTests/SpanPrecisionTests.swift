import ClaimExtraction
import ClaimModel
import Testing

/// Durations and elapsed times, precision first (issue 12, task h12-spans): a span is a claim
/// only when the words say that what lasted, or what the time is counted from, is the event
/// (or a person's own act in it). The shapes come from how wire and local copy word them
/// (a blaze that "burned for", talks that "went on for", "a 14-hour blaze", "ended after",
/// "minutes after the crash"); the near misses are the waits, stays, closures, detentions,
/// drives, shifts and delays that stand in the same sentences. Invented places and people.
@Suite struct SpanPrecisionTests {
    static let fire = "A fire swept through the Skarvik ferry terminal on Sunday. "

    static func durations(_ article: ExtractedArticle) -> [String] {
        article.claims("duration").map { "\($0.subject)=\($0.value.humanDescription(unit: nil))" }
    }

    /// What lasted is the event, by its verb, its lasting words or the noun after a compound.
    @Test(arguments: [
        ("The blaze burned for six hours.", "360"),
        ("The fire raged for more than 12 hours before crews contained it.", "at least 721"),
        ("Crews fought the 14-hour blaze with foam.", "840"),
        ("Officials said the fire, fed by diesel, lasted nine hours.", "540"),
        ("The fire finally ended after 20 hours.", "1200"),
    ])
    func theEventsOwnLength(sentence: String, value: String) throws {
        let article = try Quantities.extract(Self.fire + sentence)
        let claims = article.claims("duration")
        #expect(claims.map { $0.value.humanDescription(unit: nil) } == [value],
                "\(sentence): \(Self.durations(article))")
        #expect(claims.allSatisfy { $0.subject == $0.event && $0.event != nil }, "\(sentence)")
    }

    @Test func talksThatWentOn() throws {
        let article = try Quantities.extract("The Harbour Forum talks in Lisvik on Tuesday went on for five hours.")
        #expect(Self.durations(article) == ["harbour-forum-2025-05-06=300"])
    }

    /// Spans in the same sentences that are someone's wait, stay, detention, shift, trip or
    /// delay, a closure, or two people's talk: none is the event's length.
    @Test(arguments: [
        "Passengers waited for two hours in the cold.",
        "Tove Brandt waited for two hours for news of her brother.",
        "The coast road was closed for 24 hours.",
        "Two crew members were held for 48 hours for questioning.",
        "Survivors were taken to Lisvik, a 30-minute drive from the terminal.",
        "Firefighters from Lisvik worked a 12-hour shift.",
        "Tove Brandt recalled a 45-minute delay at the terminal before the fire.",
        "Tove Brandt and Anna Vale talked for two hours after the fire.",
        "The injured stayed in hospital for three days.",
        "The ferry company suspended sailings for two weeks.",
        "The search at the fire site continued for 12 hours.",
        "Rescue work after the fire went on for 30 hours.",
    ])
    func spansThatAreNoOnesLengthOfTheEvent(sentence: String) throws {
        let article = try Quantities.extract(Self.fire + sentence)
        #expect(article.claims("duration").isEmpty, "\(sentence): \(Self.durations(article))")
        #expect(article.claims("elapsed-time").isEmpty, "\(sentence)")
    }

    /// An elapsed time counts from the event or its start ("broke out", "the first call").
    @Test(arguments: [
        ("Crews reached the terminal 12 minutes after the fire broke out.", "12"),
        ("Divers found the last survivor more than 30 hours after it broke out.", "at least 1801"),
        ("The first engine arrived eight minutes after the alarm.", "8"),
    ])
    func timeAfterTheEvent(sentence: String, value: String) throws {
        let article = try Quantities.extract(Self.fire + sentence)
        let claims = article.claims("elapsed-time")
        #expect(claims.map { $0.value.humanDescription(unit: nil) } == [value], "\(sentence)")
        #expect(claims.allSatisfy { $0.subject == $0.event && $0.event != nil })
    }

    /// Times after something that is not the event: a person's arrival, a timetable.
    @Test(arguments: [
        "Tove Brandt arrived at the terminal two hours after the minister.",
        "The evening ferry left 20 minutes after its scheduled departure.",
        "Anna Vale landed two hours after Tove Brandt arrived at the fire.",
    ])
    func timesAfterSomethingElse(sentence: String) throws {
        let article = try Quantities.extract(Self.fire + sentence)
        #expect(article.claims("elapsed-time").isEmpty, "\(sentence): \(article.claims.map(\.statement))")
    }

    /// A finishing time is this race's unless the words say it was run elsewhere: a best, or
    /// an undated previous record. "A new personal best" is set in this race.
    @Test func aNewBestIsThisRacesTime() throws {
        let article = try Quantities.extract("Anna Vale finished the Lisvik marathon on Sunday in a new personal best "
            + "of 2:10:30.")
        #expect(article.claims("duration", "anna-vale").map(\.value) == [.quantity(.exactly(130.5))])
    }

    @Test(arguments: ["At the Lisvik marathon on Sunday, Anna Vale, with a personal best of 2:08:10, finished fourth.",
                      "At the Lisvik marathon on Sunday, Anna Vale chased the previous record of 2:06:00."])
    func timesRunElsewhere(sentence: String) throws {
        let article = try Quantities.extract(sentence)
        #expect(article.claims("duration", "anna-vale").isEmpty, "\(sentence): \(Self.durations(article))")
    }

    static let strike = "Dockers at the port of Lisvik began a strike on Monday 14 April. "

    /// "N days of <the event>" and a strike's length as its strikers word it (SPEC.md: the
    /// length of the event itself has the event's entity); a time since the event may be days.
    @Test(arguments: [
        (strike, "After 12 days of strike, the dockers returned to work.", "duration", "17280"),
        (strike, "The dockers stayed out for 12 days.", "duration", "17280"),
        (fire, "Fire crews fought through 14 hours of the fire.", "duration", "840"),
        (fire, "The terminal reopened nine days after the fire broke out.", "elapsed-time", "12960"),
    ])
    func lengthsAndTimesInDays(story: String, sentence: String, attribute: String, value: String) throws {
        let article = try Quantities.extract(story + sentence)
        let claims = article.claims(attribute)
        #expect(claims.map { $0.value.humanDescription(unit: nil) } == [value], "\(sentence)")
        #expect(claims.allSatisfy { $0.subject == $0.event && $0.event != nil })
    }

    /// A time within the event's first hours, talks that are another gathering, people who
    /// stayed out of their homes, and days after a person's arrival.
    @Test(arguments: ["Within 24 hours of the fire, the owners promised repairs.",
                      "Two days of talks with the insurers ended without agreement.",
                      "Residents stayed out for two days.",
                      "Tove Brandt returned to Lisvik three days after the minister."])
    func daysThatAreNoLengthOfTheEvent(sentence: String) throws {
        let article = try Quantities.extract(Self.fire + sentence)
        #expect(article.claims("duration").isEmpty, "\(sentence): \(Self.durations(article))")
        #expect(article.claims("elapsed-time").isEmpty, "\(sentence)")
    }
}
