import ClaimModel
import Testing
@testable import ClaimExtraction

/// Number phrases read as intervals: one case per phrase type, and text that must not read as
/// a count.
struct NumberPhraseTests {
    static func read(_ text: String) -> [Quantity] {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        return NumberPhrase.find(in: tokens, range: 0..<tokens.count, text: bytes).map(\.quantity)
    }

    @Test(arguments: [
        ("26 countries", Quantity.exactly(26)),
        ("twenty countries", .exactly(20)),
        ("thirty-five leaders", .exactly(35)),
        ("twenty five leaders", .exactly(25)),
        ("1,200 people", .exactly(1200)),
        ("a dozen people", .about(12)),
        ("two dozen passengers", .exactly(24)),
        ("more than two dozen countries", .range(min: 25, max: nil)),
        ("more than 30 allies", .range(min: 31, max: nil)),
        ("over 30 nations", .range(min: 31, max: nil)),
        ("at least 120 people", .range(min: 120, max: nil)),
        ("fewer than 10 leaders", .range(min: nil, max: 9)),
        ("up to 50 people", .range(min: nil, max: 50)),
        ("about 40 countries", .about(40)),
        ("around 40 countries", .about(40)),
        ("some 30 countries", .about(30)),
        ("nearly 60 people", .range(min: 54, max: 60)),
        ("between 20 and 30 countries", .range(min: 20, max: 30)),
        ("20 to 30 countries", .range(min: 20, max: 30)),
        ("30-plus countries", .range(min: 30, max: nil)),
        ("26-nation coalition", .exactly(26)),
        ("hundreds of people", .range(min: 200, max: nil)),
        ("dozens of countries", .range(min: 24, max: nil)),
        ("1.5 million people", .exactly(1_500_000)),
    ])
    func readsPhrase(_ text: String, _ expected: Quantity) {
        #expect(Self.read(text) == [expected], "\(text)")
    }

    @Test(arguments: ["in 2025 the summit", "at 11:30 Kyiv time", "on 4 September", "on September 4", "at 3 p.m.",
                      "no numbers here"])
    func ignoresDatesTimesAndYears(_ text: String) {
        #expect(Self.read(text).isEmpty, "\(text)")
    }

    /// A round thousand in the years' range is a count when written with a separator ("some
    /// 2,000 protesters"); the same digits without one still read as a year ("in 2000 the").
    @Test(arguments: [
        ("about 2,000 protesters", Quantity.about(2000)),
        ("some 2,000 people", .about(2000)),
        ("1,950 runners", .exactly(1950)),
        ("2,100 homes", .exactly(2100)),
    ])
    func aGroupedRoundThousandIsACount(_ text: String, _ expected: Quantity) {
        #expect(Self.read(text) == [expected], "\(text)")
    }

    @Test(arguments: ["in 2000 the club", "about 2000 the club", "since 1950 the club"])
    func ungroupedYearsStayYears(_ text: String) {
        #expect(Self.read(text).isEmpty, "\(text)")
    }

    @Test func compoundNounIsKept() {
        let bytes = Array("a 26-nation summit".utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        let phrase = NumberPhrase.find(in: tokens, range: 0..<tokens.count, text: bytes).first
        #expect(phrase?.compoundNoun == WordHash.of("nation"))
    }
}
