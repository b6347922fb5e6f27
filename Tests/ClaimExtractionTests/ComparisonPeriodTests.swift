@testable import ClaimExtraction
import Testing

/// Which period a change is measured against, read from the words after the change cue. A year's
/// number makes "the third quarter" a year-ago period whichever year it is (the words once listed
/// 2022 to 2027 only, so results of 2019 or 2031 read "of 2019" as the quarter before).
@Suite struct ComparisonPeriodTests {
    static func isSequential(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        let rose = tokens.firstIndex { $0.hash == WordHash.of("rose") }!
        return ComparisonPeriod.isSequential(after: rose...rose, tokens: tokens, text: bytes,
                                             clause: 0..<tokens.count)
    }

    @Test(arguments: [
        "Revenue rose 4 per cent from the third quarter.",
        "Revenue rose 4 per cent from the previous quarter.",
        "Revenue rose 4 per cent on the prior three months.",
        "Revenue rose 4 per cent sequentially.",
    ])
    func theQuarterBeforeIsSequential(sentence: String) {
        #expect(Self.isSequential(sentence), "\(sentence)")
    }

    @Test(arguments: [
        "Revenue rose 4 per cent from the third quarter of 2019.",
        "Revenue rose 4 per cent from the third quarter of 2031.",
        "Revenue rose 4 per cent from the third quarter of 1998.",
        "Revenue rose 4 per cent from the third quarter of last year.",
        "Revenue rose 4 per cent from the same quarter a year earlier.",
    ])
    func aQuarterOfAnotherYearIsNotSequential(sentence: String) {
        #expect(!Self.isSequential(sentence), "\(sentence)")
    }

    /// A four-digit count is no year: "4000 units" after the quarter leaves it the quarter before.
    @Test func aCountIsNoYear() {
        #expect(Self.isSequential("Revenue rose 4 per cent from the third quarter, 4000 units more."))
        let bytes = Array("in 2019 and 3019 and 4000".utf8)
        let years = Tokenizer.tokens(in: bytes).filter { YearNumber.isYear($0, bytes) }
        #expect(years.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == ["2019"])
    }
}
