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
