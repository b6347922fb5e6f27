import ClaimModel
import Testing
@testable import ClaimExtraction

/// Inputs the extraction and number-phrase fuzz targets (Tests/Fuzz/run.sh extraction|numbers)
/// broke, kept as regression tests with the answer they must give now.
struct FuzzFindingsTests {
    static func phrases(_ text: String) -> [NumberPhrase] {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        return NumberPhrase.find(in: tokens, range: 0..<tokens.count, text: bytes)
    }

    /// Found by the numbers target in its first seconds: "more" was read twice, closing "five
    /// or more" and opening "more than 1", so two phrases shared a token.
    @Test func aHedgeIsNotBorrowedFromThePreviousPhrase() {
        let found = Self.phrases("five or more than 1")
        #expect(found.map(\.quantity) == [.range(min: 5, max: nil), .exactly(1)])
        #expect(found.map(\.tokens) == [0...2, 4...4])
    }

    /// A claim file cannot hold infinity (JSON has none; it was written as null, and the
    /// extracted file then failed to load), so numbers that overflow are not counts.
    @Test(arguments: [
        "1" + String(repeating: "0", count: 400) + " people died",
        "one" + String(repeating: " million", count: 60) + " people died",
        "between 20 and 1" + String(repeating: "0", count: 400) + " people",
    ])
    func numbersBeyondDoubleAreNotCounts(text: String) {
        let quantities = Self.phrases(text).map(\.quantity)
        #expect(quantities.allSatisfy { quantity in
            switch quantity {
            case .exactly(let value), .about(let value): value.isFinite
            case .range(let min, let max): (min ?? 0).isFinite && (max ?? 0).isFinite
            }
        }, "\(quantities)")
    }

    /// Found by the extraction target in CI: a person's name, a comma and a run of digits
    /// ("Bel, 33333333333333333333,") overflowed the age reader's Int before it saw the run
    /// was too long to be an age. Such a run is no age at all.
    @Test(arguments: ["1200", "33333333333333333333333"])
    func aLongRunOfDigitsIsNoAge(digits: String) throws {
        let article = try People.extract("At the Harbour Forum, Piet Ostrom, \(digits), spoke first.")
        #expect(article.claims("age", "piet-ostrom").isEmpty)
        #expect(AgeReader.plainAge(Tokenizer.tokens(in: Array(digits.utf8))[0], Array(digits.utf8)) == nil)
    }
}
