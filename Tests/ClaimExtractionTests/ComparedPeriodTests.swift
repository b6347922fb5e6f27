import ClaimModel
import Testing
@testable import ClaimExtraction

/// A period named only as what a figure is compared with ("up from 786 million in 2024", "from
/// the first quarter of 2024", "than in 2019") is the comparison's, not the day the clause's
/// event happened: the figure keeps the article's event. Tessaro is an invented company.
@Suite struct ComparedPeriodTests {
    static func cue(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        return DateCues.find(in: tokens, range: 0..<tokens.count, text: bytes, published: Day(iso: "2025-05-07"))
            .map { "\($0.from)..\($0.to)" }
    }

    @Test(arguments: ["Revenue rose 4 per cent from the first quarter of 2024.",
                      "Net profit was 880 million euros, up from 786 million euros in 2024.",
                      "Sales were 3 per cent higher than in 2024.",
                      "Profit came to 880 million euros, compared with 786 million in 2024.",
                      "Revenue was up 4 per cent on 2024."])
    func aComparedPeriodDatesNothing(_ text: String) {
        #expect(Self.cue(text) == nil, "\(text)")
    }

    @Test(arguments: [("The plant in Ulmen closed in 2019.", "2019-01-01..2019-12-31"),
                      ("From 2019 the plant in Ulmen made losses.", "2019-01-01..2019-12-31"),
                      ("Output rose 4 per cent in 2019.", "2019-01-01..2019-12-31"),
                      // A day the figure was given on is no compared period: the clause still reads it.
                      ("The toll rose from 20 on Monday to 35.", "2025-05-05..2025-05-05")])
    func aPeriodOfItsOwnStillDates(_ text: String, _ expected: String) {
        #expect(Self.cue(text) == expected, "\(text)")
    }

    @Test(arguments: ["Net profit rose 12 per cent to 880 million euros, up from 786 million euros in 2024.",
                      "Net profit rose 12 per cent from the first quarter of 2024, to 880 million euros."])
    func theFigureKeepsTheArticlesEvent(_ sentence: String) throws {
        let article = try MoneyWordingsTests.extract(sentence)
        let events = article.claims.filter { $0.attribute == "net-profit" || $0.attribute == "percent-change" }
            .map { $0.event ?? "-" }
        #expect(!events.isEmpty && events.allSatisfy { $0 == "tessaro-q1-2025-results" },
                "\(article.claims.map(\.statement)) \(article.unplaced)")
    }
}

/// A record's year ("the highest since 1990") is what a figure is measured against, not when it
/// happened; a year the sentence goes on to tell of ("since 1948, when ...") still dates (issue 13).
extension ComparedPeriodTests {
    @Test(arguments: ["Turnout was 82 per cent, the highest since reunification in 1990.",
                      "Turnout was 41 per cent, the lowest turnout since 1990.",
                      "It was the worst flood since 1957 in the region."])
    func aRecordsYearDatesNothing(_ text: String) {
        #expect(Self.cue(text) == nil, "\(text)")
    }

    @Test(arguments: [("It is the deadliest fire since 1948, when 176 people died in a blaze.",
                       "1948-01-01..1948-12-31"),
                      ("It was the worst since November 1967, when floods killed 500.", "1967-11-01..1967-11-30"),
                      ("Fans await the first Ulmen finalist since Tor Brede in 2016.", "2016-01-01..2016-12-31"),
                      ("Ulmen has grown since 1990, the council said.", "1990-01-01..1990-12-31")])
    func aYearToldOfStillDates(_ text: String, _ expected: String) {
        #expect(Self.cue(text) == expected, "\(text)")
    }
}
