import ClaimExtraction
import ClaimModel
import Testing

/// Issue 12 (h12-money): company results in the shapes results coverage writes them, each
/// shape with a near miss that must not give the claim. Tessaro is an invented company.
@Suite struct MoneyWordingsTests {
    static let tessaro = Entity(id: "tessaro", name: "Tessaro", kind: .organisation)
    static let results = Event(id: "tessaro-q1-2025-results", name: "Tessaro quarterly results",
                               start: Day(iso: "2025-05-06")!)
    static let lede = "Tessaro reported its quarterly results on Tuesday. "

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Fixture.extract(story: lede + body, entities: [tessaro], events: [results])
    }

    static func changes(_ article: ExtractedArticle) -> [String] {
        article.claims("percent-change").map { "\($0.subject)=\($0.value.humanDescription(unit: nil))" }
    }

    static func amounts(_ article: ExtractedArticle, _ attribute: String) -> [ClaimValue] {
        article.claims(attribute, "tessaro").map(\.value)
    }

    @Test(arguments: [
        ("Tessaro posted a 7 per cent drop in quarterly earnings.", ["tessaro-net-profit=-7"]),
        ("The figures showed a 12 per cent rise in sales.", ["tessaro-revenue=12"]),
        ("Revenues were down 1 per cent at 40.2 billion euros.", ["tessaro-revenue=-1"]),
        ("Net income slipped 3 per cent to 2 billion euros.", ["tessaro-net-profit=-3"]),
        // A line of the business has a change of its own; a verb or a word of the whole does not.
        ("Sales of extras, which the company calls ancillary revenue, climbed 19 per cent.",
         ["tessaro-ancillary-revenue=19"]),
        ("Tessaro said revenue climbed 19 per cent.", ["tessaro-revenue=19"]),
        ("Quarterly revenue climbed 19 per cent.", ["tessaro-revenue=19"]),
        // No measure of the company is named: the change is nobody's.
        ("Tessaro said the new port levy would bring a 7 per cent drop in freight traffic.", []),
        ("Unemployment in the region fell 2 per cent.", []),
        ("Turnout at the shareholder meeting was down 3 per cent.", []),
    ])
    func aChangeNeedsANamedMeasure(sentence: String, expected: [String]) throws {
        let article = try Self.extract(sentence)
        #expect(Self.changes(article) == expected, "\(sentence) \(article.unplaced)")
    }

    @Test func anotherMeasureOfProfitIsNotTheNetProfit() throws {
        let operating = try Self.extract("Operating profit fell 22 per cent to 880 million euros.")
        #expect(Self.amounts(operating, "net-profit").isEmpty, "\(operating.claims.map(\.statement))")
        #expect(Self.changes(operating) == ["tessaro-operating-profit=-22"])
        let pretax = try Self.extract("Profit before tax came to 880 million euros.")
        #expect(Self.amounts(pretax, "net-profit").isEmpty)
        let net = try Self.extract("Net profit fell 22 per cent to 880 million euros.")
        #expect(Self.amounts(net, "net-profit") == [.quantity(.exactly(880_000_000))], "\(net.unplaced)")
        #expect(Self.changes(net) == ["tessaro-net-profit=-22"])
    }

    @Test(arguments: [
        "Cloud revenue grew 23 per cent to 14.6 billion dollars.",
        "Revenue in China grew 23 per cent to 14.6 billion dollars.",
        "Data-centre revenue grew 23 per cent to 14.6 billion dollars.",
        "Revenue from advertising grew 23 per cent to 14.6 billion dollars.",
    ])
    func aPartOfTheRevenueIsNoRevenueClaim(sentence: String) throws {
        let article = try Self.extract(sentence)
        #expect(Self.amounts(article, "revenue").isEmpty, "\(sentence) \(article.claims.map(\.statement))")
        #expect(Self.changes(article).isEmpty, "\(sentence)")
    }

    @Test(arguments: [
        "Revenue grew 23 per cent to 14.6 billion dollars.",
        "Fourth-quarter revenue grew 23 per cent to 14.6 billion dollars.",
        "Revenue in the quarter grew 23 per cent to 14.6 billion dollars.",
        "Tessaro revenue grew 23 per cent to 14.6 billion dollars.",
    ])
    func theWholeRevenueIsTheCompanys(sentence: String) throws {
        let article = try Self.extract(sentence)
        #expect(Self.amounts(article, "revenue") == [.quantity(.exactly(14_600_000_000))], "\(sentence)")
        #expect(Self.changes(article) == ["tessaro-revenue=23"], "\(sentence)")
    }

    @Test func aFigurePerShareIsNoTotal() throws {
        let perShare = try Self.extract("Earnings per share were 1.14 euros.")
        #expect(Self.amounts(perShare, "net-profit").isEmpty, "\(perShare.claims.map(\.statement))")
        let total = try Self.extract("Earnings were 1.14 billion euros.")
        #expect(Self.amounts(total, "net-profit") == [.quantity(.exactly(1_140_000_000))])
    }

    @Test(arguments: [
        ("Revenue rose 4 per cent from the previous quarter.", "tessaro-revenue-sequential=4"),
        ("Revenue rose 4 per cent sequentially.", "tessaro-revenue-sequential=4"),
        ("Revenue rose 4 per cent from a year earlier.", "tessaro-revenue=4"),
        ("Revenue rose 4 per cent from the same quarter a year earlier.", "tessaro-revenue=4"),
        ("Revenue rose 4 per cent from the third quarter.", "tessaro-revenue-sequential=4"),
    ])
    func aChangeOnThePreviousQuarterIsAFigureOfItsOwn(sentence: String, expected: String) throws {
        let article = try Self.extract(sentence)
        #expect(Self.changes(article) == [expected], "\(sentence)")
    }

    @Test func aNetLossIsNegative() throws {
        let article = try Self.extract("Tessaro posted a net loss of 1.65 billion euros.")
        #expect(Self.amounts(article, "net-profit") == [.quantity(.exactly(-1_650_000_000))])
        let profit = try Self.extract("Tessaro posted a net profit of 1.65 billion euros.")
        #expect(Self.amounts(profit, "net-profit") == [.quantity(.exactly(1_650_000_000))])
    }

    /// "Lost" with the company's money figure is its net loss, in any tense; a loss of value, a
    /// fall in per cent and a loss counted per day are not a result.
    @Test(arguments: ["Tessaro lost 1.65 billion euros in the first quarter.",
                      "Tessaro had lost 1.65 billion euros in the quarter, the company said.",
                      "Tessaro loses 1.65 billion euros in a quarter that it called its worst."])
    func aCompanyThatLostMoneyMadeANetLoss(sentence: String) throws {
        let article = try Self.extract(sentence)
        #expect(Self.amounts(article, "net-profit") == [.quantity(.exactly(-1_650_000_000))], "\(sentence)")
    }

    @Test(arguments: ["Tessaro lost 40 billion euros in market value on Tuesday.",
                      "Tessaro lost 2 million euros a day while the plant was shut.",
                      "Tessaro shares lost 7 per cent on Tuesday.",
                      "Families who lost their homes were given 2,000 euros each."])
    func aLossThatIsNoResult(sentence: String) throws {
        let article = try Self.extract(sentence)
        #expect(Self.amounts(article, "net-profit").isEmpty, "\(sentence): \(Self.amounts(article, "net-profit"))")
    }

    @Test func analystsFiguresAreForecasts() throws {
        let estimate = try Self.extract("Analysts had expected revenue of 4.47 billion euros.")
        #expect(estimate.claims("revenue").map(\.modality) == [.expected])
        let beat = try Self.extract("Revenue rose to 4.6 billion euros, ahead of analysts' estimates.")
        #expect(beat.claims("revenue").map(\.modality) == [.asserted])
    }

    @Test(arguments: [
        ("Revenue reached $4.1bn.", 4_100_000_000.0, "dollars"),
        ("Revenue reached 310 mln yuan.", 310_000_000, "yuan"),
        ("Revenue reached RMB 310 million.", 310_000_000, "yuan"),
        ("Revenue reached 6.9 bn euros.", 6_900_000_000, "euros"),
    ])
    func moneyIsReadInItsUnitExactly(sentence: String, amount: Double, unit: String) throws {
        let article = try Self.extract(sentence)
        #expect(Self.amounts(article, "revenue") == [.quantity(.exactly(amount))], "\(sentence) \(article.unplaced)")
        #expect(article.claims("revenue").map(\.unit) == [unit])
    }

    @Test(arguments: [
        ("Revenue rose 3 per cent to 4.46 billion euros from 4.33 billion euros a year earlier.", [4_460_000_000.0]),
        ("Revenue rose 3 per cent to 4.46 billion euros from a year earlier.", [4_460_000_000]),
        ("Net profit came to 1.2 billion euros, up from 900 million euros.", [1_200_000_000]),
        ("Tessaro compared a net profit of 1.2 billion euros with a net profit of 900 million euros a year earlier.",
         [1_200_000_000]),
        ("A year earlier Tessaro booked a net profit of 900 million euros.", []),
    ])
    func theFigureOfAnEarlierPeriodIsNotTheReports(sentence: String, expected: [Double]) throws {
        let article = try Self.extract(sentence)
        let attribute = sentence.contains("Revenue") ? "revenue" : "net-profit"
        #expect(Self.amounts(article, attribute) == expected.map { .quantity(.exactly($0)) },
                "\(sentence) \(article.claims.map(\.statement))")
    }

    @Test func thousandMillionsAreBillions() throws {
        let article = try Self.extract("Revenue reached 10.6 thousand million euros.")
        #expect(Self.amounts(article, "revenue") == [.quantity(.exactly(10_600_000_000))], "\(article.unplaced)")
        let thousand = try Self.extract("Revenue reached 10.6 thousand euros.")
        #expect(Self.amounts(thousand, "revenue") == [.quantity(.exactly(10_600))])
    }
}

/// A sum a court makes someone pay is a fine, whatever verb of paying the article uses; the
/// same verb at a donors' meeting is a pledge.
@Suite struct CourtSumTests {
    static let entities = [Entity(id: "ilse-vell", name: "Ilse Vell", kind: .person),
                           Entity(id: "norland", name: "Norland", kind: .country)]
    static let events = [Event(id: "vell-trial-2025-05-06", name: "Trial of Ilse Vell", start: Day(iso: "2025-05-06")!),
                         Event(id: "harbour-forum-2025-05-06", name: "Harbour Forum donors meeting",
                               start: Day(iso: "2025-05-06")!)]

    @Test func aSumPaidAtATrialIsAFine() throws {
        let trial = try Fixture.extract(story: "At the end of her trial on Tuesday, the court ruled that Ilse Vell "
            + "has to pay 50,000 euros.", entities: Self.entities, events: Self.events)
        #expect(trial.claims("fine-amount").map(\.value) == [.quantity(.exactly(50_000))], "\(trial.unplaced)")
        #expect(trial.claims("amount-pledged").isEmpty)
        let forum = try Fixture.extract(story: "At the Harbour Forum donors meeting on Tuesday, Norland said it will "
            + "pay 50 million euros.", entities: Self.entities, events: Self.events)
        #expect(forum.claims("fine-amount").isEmpty)
        #expect(forum.claims("amount-pledged").map(\.value) == [.quantity(.exactly(50_000_000))], "\(forum.unplaced)")
    }

    @Test func aSumPaidInClaimsIsTheCostOfTheDamage() throws {
        let floods = Event(id: "lisvik-floods-2025-05-04", name: "Lisvik floods", start: Day(iso: "2025-05-04")!)
        let claims = try Fixture.extract(story: "After the Lisvik floods, Norland said on Tuesday that insurers were "
            + "expected to pay out about 3.5 billion euros in claims.", entities: Self.entities, events: [floods])
        #expect(claims.claims("damage-cost").map(\.value) == [.quantity(.about(3_500_000_000))], "\(claims.unplaced)")
        #expect(claims.claims("amount-pledged").isEmpty)
        let aid = try Fixture.extract(story: "After the Lisvik floods, Norland said on Tuesday that it will pay out "
            + "about 3.5 billion euros in aid.", entities: Self.entities, events: [floods])
        #expect(aid.claims("damage-cost").isEmpty, "\(aid.claims.map(\.statement))")
    }

    @Test func payAsAWageIsNoPledge() throws {
        let wage = try Fixture.extract(story: "At the Harbour Forum donors meeting on Tuesday, Norland said the "
            + "average nurse's pay of 40,000 euros a year would rise.", entities: Self.entities, events: Self.events)
        #expect(wage.claims("amount-pledged").isEmpty, "\(wage.claims.map(\.statement))")
        let pledge = try Fixture.extract(story: "At the Harbour Forum donors meeting on Tuesday, Norland said it would "
            + "pay 40,000 euros a year.", entities: Self.entities, events: Self.events)
        #expect(pledge.claims("amount-pledged").map(\.value) == [.quantity(.exactly(40_000))],
                "\(pledge.unplaced)")
    }
}
