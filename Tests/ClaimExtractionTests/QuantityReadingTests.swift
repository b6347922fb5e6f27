import ClaimExtraction
import ClaimModel
import Testing

/// The quantity half of extraction on invented sentences: which cue a figure belongs to, who
/// a vote's, a share's or a seat count's subject is, rates and shared figures that total
/// nothing, and time spans (durations, elapsed times, court sentences).
enum Quantities {
    static let entities = [
        Entity(id: "levy-motion", name: "Motion on the Norland harbour levy", kind: .group),
        Entity(id: "green-alliance", name: "Green Alliance", kind: .organisation),
        Entity(id: "anna-vale", name: "Anna Vale", kind: .person, aliases: ["Vale"]),
        Entity(id: "norland", name: "Norland", kind: .country),
        Entity(id: "arcadia", name: "Arcadia", kind: .country),
    ]
    static let events = [
        event("levy-vote-2025-05-06", "Norland harbour levy vote", "2025-05-06"),
        event("lisvik-election-2025-05-04", "Lisvik council election", "2025-05-04"),
        event("quay-rally-2025-05-03", "Save the Quay rally, Lisvik", "2025-05-03"),
        event("lisvik-marathon-2025-05-04", "Lisvik marathon", "2025-05-04"),
    ]

    static func event(_ id: String, _ name: String, _ day: String) -> Event {
        Event(id: id, name: name, start: Day(iso: day)!, place: "Lisvik")
    }

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Fixture.extract(story: body, entities: News.entities + entities, events: News.events + events)
    }

    static func values(_ article: ExtractedArticle, _ attribute: String, _ subject: String? = nil) -> [String] {
        article.claims(attribute, subject).map { $0.value.humanDescription(unit: nil) }
    }
}

@Suite struct FigureOwnershipTests {
    static let fire = "A fire swept through the Skarvik ferry terminal on Sunday. "

    @Test func aFigureAfterACommaWithItsOwnCueIsThatCuesFigure() throws {
        let article = try Quantities.extract(Self.fire + "Nine police officers were injured, 14 people were "
            + "arrested, police said.")
        #expect(Quantities.values(article, "injured-count") == ["9"])
        #expect(Quantities.values(article, "arrested-count") == ["14"])
    }

    @Test func aFigureAfterACommaWithoutACueOfItsOwnStaysTheCues() throws {
        let article = try Quantities.extract(Self.fire + "The blaze injured dozens, 31 of whom stayed in "
            + "hospital, and killed 6.")
        #expect(Quantities.values(article, "death-toll") == ["6"])
        let killing = try Quantities.extract(Self.fire + "The blaze spread fast, killing at least 11, the fire "
            + "service said.")
        #expect(Quantities.values(killing, "death-toll") == ["at least 11"])
    }

    @Test func peopleCountedByTheirTrade() throws {
        let article = try Quantities.extract(Self.fire + "Twelve firefighters and 3 journalists were hurt.")
        #expect(Quantities.values(article, "injured-count").contains("3"))
        let soldiers = try Quantities.extract(Self.fire + "Four soldiers were among those evacuated.")
        #expect(Quantities.values(soldiers, "injured-count").isEmpty)
    }
}

@Suite struct VoteSubjectTests {
    @Test func abstentionsAreTheMotionsLikeItsTally() throws {
        let article = try Quantities.extract("In the Norland harbour levy vote on Tuesday, lawmakers rejected "
            + "the levy by 212 votes to 98. "
            + "Of the 320 members present, 10 abstained.")
        #expect(article.claims("abstentions").map(\.subject) == ["levy-motion"])
        #expect(article.claims("votes-against").map(\.subject) == ["levy-motion"])
    }

    @Test func aShareOfTheVoteIsTheNamedCandidates() throws {
        let article = try Quantities.extract("In the Lisvik council election on Sunday, Anna Vale won 52.4 per "
            + "cent of the vote.")
        #expect(Quantities.values(article, "vote-share", "anna-vale") == ["52.4"])
    }

    @Test func aShareOfTheVoteWithNobodyNamedIsOnlyANote() throws {
        let article = try Quantities.extract("In the Lisvik council election on Sunday, 52.4 per cent of the "
            + "vote was counted by noon.")
        #expect(article.claims("vote-share").isEmpty)
        #expect(article.unplaced.contains { $0.text.contains("52.4") }, "\(article.unplaced)")
    }

    @Test func seatsWonByAParty() throws {
        let article = try Quantities.extract("In the Lisvik council election on Sunday, the Green Alliance won "
            + "42 seats.")
        #expect(Quantities.values(article, "seats-won", "green-alliance") == ["42"])
    }

    @Test func beingSeatedOrHoldingSeatsWinsNone() throws {
        let seated = try Quantities.extract("A ferry sank off Skarvik on Sunday. The two survivors had been "
            + "seated near the exit.")
        #expect(seated.claims("seats-won").isEmpty)
        let holds = try Quantities.extract("Before the Lisvik council election on Sunday, the Green Alliance "
            + "controlled 40 seats.")
        #expect(holds.claims("seats-won").isEmpty)
    }
}

@Suite struct MoneyScopeTests {
    static let fund = "At the Harbour Forum on Tuesday, a harbour fund was launched. "

    @Test func anAmountIsPledged() throws {
        let article = try Quantities.extract(Self.fund + "Norland pledged $40 million to the fund.")
        #expect(Quantities.values(article, "amount-pledged", "norland") == ["40000000"])
    }

    /// A hedge before the currency sign hedges the amount, and the sign still gives the unit.
    @Test(arguments: [("Norland pledged about $40 million to the fund.", "about 40000000"),
                      ("Norland pledged more than €40 million to the fund.", "at least 40000001"),
                      ("Norland pledged up to £40 million to the fund.", "at most 40000000"),
                      ("Norland pledged $40 million to the fund.", "40000000")])
    func aHedgeBeforeTheCurrencySign(sentence: String, value: String) throws {
        let article = try Quantities.extract(Self.fund + sentence)
        #expect(Quantities.values(article, "amount-pledged", "norland") == [value], "\(article.unplaced)")
        #expect(article.claims("amount-pledged").map(\.unit) != [nil])
    }

    @Test(arguments: ["The fund will pay $4 per hectare of forest kept standing.",
                      "The fund will pay $4/ha for forest kept standing."])
    func aRateIsNoAmount(sentence: String) throws {
        let article = try Quantities.extract(Self.fund + sentence)
        #expect(article.claims("amount-pledged").isEmpty, "\(article.claims("amount-pledged").map(\.statement))")
    }

    @Test func aCueSpentOnARateReachesNoFurther() throws {
        let article = try Quantities.extract(Self.fund + "The fund will pay $4/ha for forest kept standing and "
            + "hopes to raise $90bn.")
        #expect(article.claims("amount-pledged").isEmpty, "\(article.claims("amount-pledged").map(\.statement))")
    }

    @Test func aCombinedFigureIsNoOneMembersAmount() throws {
        let article = try Quantities.extract(Self.fund + "Norland and Arcadia have pledged a combined $3bn to "
            + "the fund.")
        #expect(article.claims("amount-pledged").isEmpty, "\(article.claims("amount-pledged").map(\.statement))")
        #expect(article.unplaced.contains { $0.text.contains("3bn") }, "\(article.unplaced)")
    }
}

@Suite struct TimeSpanTests {
    static let fire = "A fire swept through the Skarvik ferry terminal on Sunday. "

    @Test func aPersonsDurationInMinutes() throws {
        let article = try Quantities.extract("At the Harbour Forum on Tuesday, Tove Brandt spoke for 40 minutes.")
        #expect(article.claims("duration", "tove-brandt").map(\.value) == [.quantity(.exactly(40))])
        let speech = try Quantities.extract("Tove Brandt told the Harbour Forum in a 45-minute speech that the "
            + "port would grow.")
        #expect(speech.claims("duration", "tove-brandt").map(\.value) == [.quantity(.exactly(45))])
    }

    @Test func anEventsDurationInHours() throws {
        let article = try Quantities.extract(Self.fire + "The blaze burned for three hours.")
        let claim = try #require(article.claims("duration").first)
        #expect(claim.value == .quantity(.exactly(180)))
        #expect(claim.unit == "minutes")
        #expect(claim.subject == claim.event)
    }

    @Test func anElapsedTimeAfterTheEvent() throws {
        let article = try Quantities.extract(Self.fire + "Firefighters reached the terminal 12 minutes after "
            + "the alarm.")
        #expect(article.claims("elapsed-time").map(\.value) == [.quantity(.exactly(12))])
        #expect(article.claims("duration").isEmpty)
        let hours = try Quantities.extract(Self.fire + "The search ended more than 40 hours after the first call.")
        #expect(hours.claims("elapsed-time").count == 1)
    }

    @Test(arguments: ["The fire began at 9:15 a.m. and crews left two days later.",
                      "The owners will repay the port over 10 years.",
                      "The terminal, open for 30 years, had 12 exits."])
    func timesThatAreNoSpanOfTheEvent(sentence: String) throws {
        let article = try Quantities.extract(Self.fire + sentence)
        #expect(article.claims("duration").isEmpty && article.claims("elapsed-time").isEmpty,
                "\(article.claims.map(\.statement))")
    }

    @Test func aCourtSentenceInItsOwnUnit() throws {
        let years = try Quantities.extract("A court in Lisvik on Monday sentenced Tove Brandt to six years in prison.")
        let claim = try #require(years.claims("sentence-length", "tove-brandt").first)
        #expect(claim.value == .quantity(.exactly(6)))
        #expect(claim.unit == "years")
        let months = try Quantities.extract("Anna Vale was jailed for 18 months by a court in Lisvik on Monday.")
        #expect(months.claims("sentence-length", "anna-vale").map(\.unit) == ["months"])
    }

    @Test func yearsLivedAreNoSentence() throws {
        let article = try Quantities.extract("Tove Brandt, who has lived in Lisvik for six years, was charged "
            + "on Monday.")
        #expect(article.claims("sentence-length").isEmpty)
        #expect(article.claims("duration").isEmpty)
    }
}

@Suite struct CrowdScopeTests {
    @Test func participantsOfAProtestAreItsCrowd() throws {
        let article = try Quantities.extract("At the Save the Quay rally in Lisvik on Saturday, police counted "
            + "some 9,000 participants.")
        #expect(Quantities.values(article, "crowd-size") == ["about 9000"])
        #expect(article.claims("participant-count").isEmpty)
        let attended = try Quantities.extract("Police said 9,000 people attended the Save the Quay rally in "
            + "Lisvik on Saturday.")
        #expect(Quantities.values(attended, "crowd-size") == ["9000"])
    }

    @Test func participantsOfAMeetingStayParticipants() throws {
        let article = try Quantities.extract("At the Harbour Forum on Tuesday, organisers counted some 900 "
            + "participants.")
        #expect(Quantities.values(article, "participant-count") == ["about 900"])
        #expect(article.claims("crowd-size").isEmpty)
    }

    @Test func aNumberOfCrowdsCountsNoPeople() throws {
        let article = try Quantities.extract("At the Save the Quay rally in Lisvik on Saturday, officers kept "
            + "the two crowds apart.")
        #expect(article.claims("crowd-size").isEmpty, "\(article.claims.map(\.statement))")
        let drew = try Quantities.extract("The Save the Quay rally in Lisvik on Saturday drew about 9,000 people.")
        #expect(Quantities.values(drew, "crowd-size") == ["about 9000"])
    }
}

@Suite struct PartsAndIncrementsTests {
    static let fire = "A fire swept through the Skarvik ferry terminal on Sunday. "

    @Test func moreFoundIsAnIncrementAndTheCarriedFigureIsTheToll() throws {
        let article = try Quantities.extract(Self.fire + "Divers found three more bodies on Monday, raising the "
            + "death toll from the fire to 17.")
        #expect(Quantities.values(article, "death-toll") == ["17"])
        #expect(article.unplaced.contains { $0.isExcluded && $0.text == "three" }, "\(article.unplaced)")
    }

    @Test func anUpdateKeepsItsFigurePastANearerNumber() throws {
        let article = try Quantities.extract("The death toll from the fire that gutted four warehouses in "
            + "Skarvik on Sunday rose to 23.")
        #expect(Quantities.values(article, "death-toll") == ["23"])
    }

    @Test func whereTheyDiedSplitsTheToll() throws {
        let article = try Quantities.extract(Self.fire + "Nine people died at the scene and two in hospital.")
        #expect(article.claims("death-toll").isEmpty, "\(article.claims.map(\.statement))")
        let total = try Quantities.extract(Self.fire + "Nine people died in the blaze.")
        #expect(Quantities.values(total, "death-toll") == ["9"])
    }

    @Test func aFirstStatementWrittenAfterTheTollIsAnEarlierFigure() throws {
        let article = try Quantities.extract(Self.fire + "The blaze killed 41 people, the coroner said. The "
            + "coroner's first statement, issued at noon, had listed 12 dead.")
        #expect(Quantities.values(article, "death-toll") == ["41"])
    }

    @Test func aListingAloneOrFollowedByAnUpdateKeepsTheCurrentFigure() throws {
        let alone = try Quantities.extract(Self.fire + "The coroner had listed 12 dead by noon.")
        #expect(Quantities.values(alone, "death-toll") == ["12"])
        let updated = try Quantities.extract(Self.fire + "The coroner had listed 12 dead by noon. By Monday the "
            + "toll had risen to 41.")
        #expect(Quantities.values(updated, "death-toll") == ["41"])
    }

    @Test func aShareOfTheDeadBreaksTheTollDown() throws {
        let article = try Quantities.extract(Self.fire + "More than half of the dead were in the old quarter, where "
            + "the coroner counted 14 deaths; the harbour district had six.")
        #expect(article.claims("death-toll").isEmpty, "\(article.claims.map(\.statement))")
        let victims = try Quantities.extract(Self.fire + "The east bank holds most of the victims, with 11 dead.")
        #expect(victims.claims("death-toll").isEmpty, "\(victims.claims.map(\.statement))")
    }

    @Test func aShareOfOthersThanTheDeadOrASuperlativeKeepsTheToll() throws {
        let others = try Quantities.extract(Self.fire + "The blaze killed 40 people, and half of the passengers "
            + "were rescued by boat.")
        #expect(Quantities.values(others, "death-toll") == ["40"])
        let superlative = try Quantities.extract(Self.fire + "The blaze killed 19 people, the most deaths in a "
            + "fire in Skarvik since 1961.")
        #expect(Quantities.values(superlative, "death-toll") == ["19"])
    }

    @Test func theWholeAShareIsTakenOfCountsNoParticipants() throws {
        let article = try Quantities.extract("At the Harbour Forum on Tuesday, more than half of the 900 "
            + "delegates took part in the vote.")
        #expect(article.claims("participant-count").isEmpty, "\(article.claims.map(\.statement))")
    }

    @Test func aCountWithNoEventIsANote() throws {
        let article = try Quantities.extract("A spokesman for the budget office said that 40 people had been "
            + "arrested in 2019.")
        #expect(article.claims("arrested-count").isEmpty, "\(article.claims.map(\.statement))")
        #expect(article.unplaced.contains { $0.text == "40" && $0.reason.contains("no event") }, "\(article.unplaced)")
    }
}

@Suite struct OwnNounTests {
    static let crash = "A seaplane crashed off Skarvik on Sunday. "

    @Test func aDescriptionAfterACommaDoesNotRecount() throws {
        let article = try Quantities.extract(Self.crash + "The three survivors, all flight attendants, were "
            + "taken to hospital.")
        #expect(Quantities.values(article, "survivors-count") == ["3"])
        #expect(article.claims("crew-on-board").isEmpty)
    }

    @Test func passengersAndCrewArePartsOfThoseAboard() throws {
        let article = try Quantities.extract(Self.crash + "It said 40 passengers and four crew members had been "
            + "aboard.")
        #expect(Quantities.values(article, "passengers-on-board") == ["40"])
        #expect(Quantities.values(article, "crew-on-board") == ["4"])
        #expect(article.claims("people-on-board").isEmpty)
        let everyone = try Quantities.extract(Self.crash + "It said 44 people had been aboard.")
        #expect(Quantities.values(everyone, "people-on-board") == ["44"])
    }
}

@Suite struct VocabularyReachTests {
    static let summit = "At the Harbour Forum on Tuesday, "

    @Test func aPassiveAgentCountsWhoDidIt() throws {
        let article = try Quantities.extract(Self.summit + "the declaration was signed by the ministers or "
            + "envoys of all 14 member countries.")
        #expect(Quantities.values(article, "signatory-countries") == ["14"])
        #expect(article.claims("participant-countries").isEmpty)
    }

    @Test func leadersOfEconomiesCountCountries() throws {
        let article = try Quantities.extract("Leaders of nine emerging economies met at the Harbour Forum on Tuesday.")
        #expect(Quantities.values(article, "participant-countries") == ["9"])
    }

    static let vote = "In the Norland harbour levy vote on Tuesday, lawmakers rejected the levy by 212 votes to 98. "

    @Test func deputiesExpectedToRejectAreVotesAgainst() throws {
        let article = try Quantities.extract(Self.vote + "At least 170 lawmakers had been expected to reject the levy.")
        let claims = article.claims("votes-against").filter { $0.modality == .expected }
        #expect(claims.map(\.value) == [.quantity(.range(min: 170, max: nil))], "\(article.unplaced)")
        #expect(claims.map(\.subject) == ["levy-motion"])
    }

    @Test func oneInThreeIsARatio() throws {
        let article = try Quantities.extract(Self.vote + "One voter in three rejected the levy.")
        #expect(Quantities.values(article, "votes-against") == ["212"], "\(article.claims.map(\.statement))")
    }
}

@Suite struct ResultsAndCourtTests {
    static let registry: [Entity] = [Entity(id: "nordbank", name: "Nordbank", kind: .organisation)]

    static func extract(_ body: String) throws -> ExtractedArticle {
        let events = [Event(id: "nordbank-results-2025-05-06", name: "Nordbank quarterly results",
                            start: Day(iso: "2025-05-06")!),
                      Quantities.event("holt-trial-2025-05-06", "Trial of Maren Holt", "2025-05-06")]
        return try Fixture.extract(story: body, entities: News.entities + Quantities.entities + Self.registry,
                                   events: events)
    }

    @Test func aChangeIsAboutTheMeasuredQuantityAndAFallIsNegative() throws {
        let article = try Self.extract("In its quarterly results on Tuesday, Nordbank said its net profit fell "
            + "12 per cent to 3.1 billion euros.")
        let change = try #require(article.claims("percent-change").first)
        #expect(change.subject == "nordbank-net-profit")
        #expect(change.value == .quantity(.exactly(-12)))
        #expect(Quantities.values(article, "net-profit", "nordbank") == ["3100000000"])
        let rose = try Self.extract("In its quarterly results on Tuesday, Nordbank said revenue rose 4 per cent.")
        #expect(rose.claims("percent-change").map(\.value) == [.quantity(.exactly(4))])
        #expect(rose.claims("percent-change").map(\.subject) == ["nordbank-revenue"])
    }

    /// A registry that also holds the results as a group of their own, named like the event
    /// (as a newsroom's registry of scheduled reports does).
    static func extractWithResultsGroup(_ body: String) throws -> ExtractedArticle {
        let name = "Nordbank results for the first quarter of 2025"
        let events = [Event(id: "nordbank-q1-2025-results", name: name, start: Day(iso: "2025-05-06")!)]
        let group = Entity(id: "nordbank-q1-2025-results", name: name, kind: .group)
        return try Fixture.extract(story: body, entities: News.entities + Self.registry + [group], events: events)
    }

    @Test func resultsFiguresAreTheCompanysNotTheReports() throws {
        let wordings = [
            "Nordbank reported its results for the first quarter on Tuesday. Revenue reached 18.2 billion euros.",
            "Nordbank reported its results for the first quarter on Tuesday. Sales in the quarter to late March "
                + "reached 18.2 billion euros.",
            "Nordbank reported its results for the first quarter on Tuesday. Revenue for the three months ended "
                + "31 March came to 18.2 billion euros.",
        ]
        for wording in wordings {
            let article = try Self.extractWithResultsGroup(wording)
            #expect(article.claims("revenue").map(\.subject) == ["nordbank"], "\(wording) \(article.unplaced)")
            #expect(article.claims("revenue").map(\.event) == ["nordbank-q1-2025-results"], "\(wording)")
        }
        let profit = try Self.extractWithResultsGroup("Nordbank reported its results for the first quarter on "
            + "Tuesday. Net income for the quarter to 31 March came to 2.1 billion euros, an increase of 15 per cent.")
        #expect(Quantities.values(profit, "net-profit", "nordbank") == ["2100000000"], "\(profit.unplaced)")
        #expect(profit.claims("percent-change").map(\.subject) == ["nordbank-net-profit"])
    }

    /// A forecast is a plan-like claim: coverage writes it "analysts expect", "it forecast",
    /// "is projected".
    @Test(arguments: [("Ahead of its quarterly results on Tuesday, analysts expect Nordbank's revenue of about "
                           + "19 billion euros.", Modality.expected),
                      ("Ahead of its quarterly results on Tuesday, Nordbank forecast revenue of 19 billion euros.",
                       .expected),
                      ("In its quarterly results on Tuesday, Nordbank reported revenue of 19 billion euros.",
                       .asserted)])
    func aForecastIsExpected(sentence: String, modality: Modality) throws {
        let article = try Self.extract(sentence)
        #expect(article.claims("revenue").map(\.modality) == [modality], "\(sentence) \(article.unplaced)")
    }

    @Test func figuresOfAnotherPeriodAreNotTheReports() throws {
        let wordings = [
            "Nordbank reported its results for the first quarter on Tuesday. For the current quarter, it put "
                + "revenue at about 19 billion euros.",
            "Nordbank reported its results for the first quarter on Tuesday. For the full year, revenue rose "
                + "9 per cent to 70 billion euros.",
            "Nordbank reported its results for the first quarter on Tuesday. Revenue in the quarter to late June "
                + "should reach 19 billion euros.",
        ]
        for wording in wordings {
            let article = try Self.extractWithResultsGroup(wording)
            #expect(article.claims("revenue").isEmpty, "\(wording)")
            #expect(article.claims("percent-change").isEmpty, "\(wording)")
        }
    }

    @Test func aChangeInTheSharesIsTheSharePrices() throws {
        let wordings = [
            "After its quarterly results on Tuesday, Nordbank shares fell 6 per cent.",
            "After Nordbank's quarterly results on Tuesday, shares of Nordbank dropped 6 per cent.",
            "After its quarterly results on Tuesday, Nordbank's share price fell 6 per cent.",
        ]
        for wording in wordings {
            let article = try Self.extract(wording)
            #expect(article.claims("percent-change").map(\.subject) == ["nordbank-share-price"], "\(wording)")
            #expect(article.claims("percent-change").map(\.value) == [.quantity(.exactly(-6))], "\(wording)")
        }
        let market = try Self.extract(
            "After Nordbank's quarterly results on Tuesday, the stock market fell 2 per cent.")
        #expect(market.claims("percent-change").filter { $0.subject == "nordbank-share-price" }.isEmpty)
        let apart = try Self.extract("In its quarterly results on Tuesday, Nordbank said revenue reached 18 billion "
            + "euros, 7 per cent more than a year before, and net profit rose to 2 billion euros.")
        #expect(apart.claims("percent-change").filter { $0.subject == "nordbank-net-profit" }.isEmpty,
                "\(apart.claims.map(\.statement))")
    }

    @Test func aPricePerShareIsNoAmount() throws {
        let article = try Self.extract("In its quarterly results on Tuesday, Nordbank said it will pay 1.20 "
            + "euros a share.")
        #expect(article.claims("amount-pledged").isEmpty, "\(article.claims.map(\.statement))")
        let week = try Quantities.extract("Police put the death toll at 41, a week after the Skarvik ferry fire "
            + "broke out.")
        #expect(Quantities.values(week, "death-toll") == ["41"], "\(week.unplaced)")
    }

    @Test func aFineAndChargesAreTheDefendants() throws {
        let article = try Self.extract("At her trial in Lisvik on Tuesday, Maren Holt was convicted on three "
            + "counts of fraud and fined 40,000 euros.")
        #expect(Quantities.values(article, "charges-count", "maren-holt") == ["3"])
        #expect(Quantities.values(article, "fine-amount", "maren-holt") == ["40000"])
    }

    @Test func aPartOfTheSeatsCountsSeats() throws {
        let article = try Quantities.extract("In the Lisvik council election on Sunday, the Green Alliance won "
            + "24 of the 61 seats.")
        #expect(Quantities.values(article, "seats-won", "green-alliance") == ["24"])
    }
}

@Suite struct PartitionNounTests {
    @Test func allButWithANounBeforeAboard() throws {
        let article = try Quantities.extract("A seaplane crashed off Skarvik on Sunday. All but three of the 40 "
            + "people aboard were killed.")
        #expect(Quantities.values(article, "deaths-on-board") == ["37"])
        #expect(Quantities.values(article, "people-on-board") == ["40"])
        let ashore = try Quantities.extract("A bus crashed near Skarvik on Sunday. All but three of the 40 "
            + "people in it were killed.")
        #expect(Quantities.values(ashore, "death-toll") == ["37"])
        #expect(ashore.claims("deaths-on-board").isEmpty)
    }
}

@Suite struct TotalsTests {
    @Test func aSumInPledgesIsTheEventsTotal() throws {
        let article = try Quantities.extract(MoneyScopeTests.fund + "Norland opened the fund with more than $2 "
            + "billion in pledges.")
        let claim = try #require(article.claims("amount-pledged").first)
        #expect(claim.subject == "harbour-forum-2025-05-06")
        let own = try Quantities.extract(MoneyScopeTests.fund + "Norland itself pledged $2 billion.")
        #expect(own.claims("amount-pledged").map(\.subject) == ["norland"])
    }

    @Test func peopleWhoVotedTookPart() throws {
        let article = try Quantities.extract("In the Lisvik council election on Sunday, more than 40,000 people voted.")
        #expect(Quantities.values(article, "participant-count") == ["at least 40001"])
        let tally = try Quantities.extract("In the Lisvik council election on Sunday, 812 deputies voted for "
            + "the Green Alliance motion.")
        #expect(tally.claims("participant-count").isEmpty)
    }
}

@Suite struct WinnerTests {
    @Test func whoWonTheEvent() throws {
        let article = try Quantities.extract("Anna Vale won the Lisvik marathon on Sunday.")
        let claim = try #require(article.claims("winner").first)
        #expect(claim.value == .category("anna-vale"))
        #expect(claim.subject == "lisvik-marathon-2025-05-04")
        let party = try Quantities.extract("The Green Alliance won the Lisvik council election on Sunday.")
        #expect(party.claims("winner").map(\.value) == [.category("green-alliance")])
    }

    /// How coverage words a win beyond "X won the Y": a country, a date or an apposition between
    /// the winner and "won", the passive, and a part of the event the registry knows.
    @Test(arguments: ["Anna Vale of Arcadia on Sunday won the Lisvik marathon.",
                      "Anna Vale, the defending champion, won the Lisvik marathon on Sunday.",
                      "Arcadia's Anna Vale, 31, won the Lisvik marathon on Sunday.",
                      "The Lisvik marathon was won by Anna Vale on Sunday."])
    func winsInTheWordingsOfCoverage(sentence: String) throws {
        let article = try Quantities.extract(sentence)
        #expect(article.claims("winner").map(\.value) == [.category("anna-vale")], "\(sentence)")
        #expect(article.claims("winner").map(\.subject) == ["lisvik-marathon-2025-05-04"], "\(sentence)")
    }

    @Test func aRaceOfTheEventIsWhatWasWon() throws {
        let race = Entity(id: "lisvik-marathon-2025-womens-race", name: "Lisvik marathon 2025, women's race",
                          kind: .group, aliases: ["the women's race"])
        let wordings = ["At the Lisvik marathon on Sunday, Anna Vale won the women's race.",
                        "At the Lisvik marathon on Sunday, the women's race was won by Anna Vale."]
        for wording in wordings {
            let article = try Fixture.extract(story: wording, entities: News.entities + Quantities.entities + [race],
                                              events: News.events + Quantities.events)
            #expect(article.claims("winner").map(\.subject) == ["lisvik-marathon-2025-womens-race"], "\(wording)")
            #expect(article.claims("winner").map(\.event) == ["lisvik-marathon-2025-05-04"], "\(wording)")
        }
    }

    @Test(arguments: ["Anna Vale, who had hoped to win, finished second in the Lisvik marathon on Sunday.",
                      "The coach of Anna Vale's rival said the rival won the Lisvik marathon on Sunday.",
                      "Anna Vale said her rival won the Lisvik marathon on Sunday.",
                      "The Lisvik marathon was won on Sunday by a runner from Arcadia."])
    func winsThatAreNotTheNamedOnes(sentence: String) throws {
        let article = try Quantities.extract(sentence)
        #expect(article.claims("winner").isEmpty, "\(article.claims("winner").map(\.statement))")
    }

    @Test(arguments: ["In the Lisvik council election on Sunday, the Green Alliance won 24 seats.",
                      "Anna Vale won praise for her run in the Lisvik marathon on Sunday.",
                      "Anna Vale did not win the Lisvik marathon on Sunday."])
    func winsThatNameNoWinner(sentence: String) throws {
        let article = try Quantities.extract(sentence)
        #expect(article.claims("winner").isEmpty, "\(article.claims("winner").map(\.statement))")
    }
}

@Suite struct DistributedAndRevisedTests {
    @Test func eachGivesEverySubjectTheFigure() throws {
        let article = try Quantities.extract(MoneyScopeTests.fund + "Norland and Arcadia confirmed $1 billion each.")
        #expect(Set(article.claims("amount-pledged").map(\.subject)) == ["norland", "arcadia"])
        let one = try Quantities.extract(MoneyScopeTests.fund + "Norland and Arcadia confirmed $1 billion "
            + "between them.")
        #expect(article.claims("amount-pledged").count == 2)
        #expect(one.claims("amount-pledged").isEmpty)
    }

    @Test func aFigureRevisedDownIsAnUpdate() throws {
        let article = try Quantities.extract(NumberScopeTests.fire
            + "Police later revised the number of people arrested at the terminal down to 12.")
        #expect(Quantities.values(article, "arrested-count") == ["12"], "\(article.unplaced)")
    }
}

@Suite struct RaceAndCourtSubjectTests {
    @Test func aFinishingTimeIsTheRunnersDuration() throws {
        let article = try Quantities.extract("Anna Vale won the Lisvik marathon on Sunday in 2:10:30.")
        let claim = try #require(article.claims("duration", "anna-vale").first)
        #expect(claim.value == .quantity(.exactly(130.5)))
        #expect(claim.unit == "minutes")
        let clock = try Quantities.extract("Anna Vale started the Lisvik marathon on Sunday at 9:30.")
        #expect(clock.claims("duration").isEmpty)
    }

    /// Finishing times as coverage writes them: in words, in brackets after the name, in
    /// apposition.
    @Test(arguments: ["Anna Vale won the Lisvik marathon on Sunday in two hours, 10 minutes and 30 seconds.",
                      "At the Lisvik marathon on Sunday, Anna Vale (2:10:30) beat the field.",
                      "At the Lisvik marathon on Sunday the record of Anna Vale, 2 hours, 10 minutes and "
                          + "30 seconds, stood."])
    func finishingTimesInTheWordingsOfCoverage(sentence: String) throws {
        let article = try Quantities.extract(sentence)
        #expect(article.claims("duration", "anna-vale").map(\.value) == [.quantity(.exactly(130.5))], "\(sentence)")
    }

    @Test(arguments: ["At the Lisvik marathon on Sunday, Anna Vale said the talks ended in two hours.",
                      "At the Lisvik marathon on Sunday, Anna Vale waited two hours and 10 minutes for the bus.",
                      "Anna Vale recalled her best of 2:09:00, set in Oslo in 2019."])
    func timesThatAreNoFinishingTimeOfTheEvent(sentence: String) throws {
        let article = try Quantities.extract(sentence)
        #expect(article.claims("duration", "anna-vale").isEmpty, "\(article.claims.map(\.statement))")
    }

    @Test func theWinnerIsNotTheCountryAfterOf() throws {
        let article = try Quantities.extract("Anna Vale of Norland won the Lisvik marathon on Sunday.")
        #expect(article.claims("winner").map(\.value) == [.category("anna-vale")])
    }

    @Test func theOneSentencedIsNamedLastBeforeTheTerm() throws {
        let article = try Quantities.extract("At the trial in Lisvik on Monday, Judge Tove Brandt sentenced Anna Vale "
            + "to six years in prison.")
        #expect(article.claims("sentence-length").map(\.subject) == ["anna-vale"])
    }
}
