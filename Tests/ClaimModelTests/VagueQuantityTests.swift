import Testing
import ClaimModel

/// The vague-quantity table is the documentation of how wide each wording is; every row's
/// example is checked against the interval `Quantity.interval` gives it.
@Suite("Vague quantities")
struct VagueQuantityTests {
    @Test(arguments: VagueQuantity.table.map(\.example))
    func everyRowAllowsWhatItSays(example: String) throws {
        let row = try #require(VagueQuantity.table.first { $0.example == example })
        let interval = row.recorded.interval(tolerance: Tolerance(about: 0.1, slack: 0), isCount: true)
        #expect(interval.lower == row.lower, "\(row.wording): lower bound")
        #expect(interval.upper == row.upper, "\(row.wording): upper bound")
    }

    @Test func roundNumbersAreVaguerThanTheTolerance() {
        let tolerance = Tolerance(about: 0.1, slack: 0)
        // "about two dozen" against a planned 27: agrees (18...30), where ±10% would not.
        #expect(Quantity.about(24).interval(tolerance: tolerance, isCount: true).upper >= 27)
        // "about 44" is no round number: ±10% only.
        #expect(Quantity.about(44).interval(tolerance: tolerance, isCount: true) == ValueInterval(lower: 39.6,
            upper: 48.4))
        // "about 1,000" would be ±500 by its rounding step; the cap keeps it to a quarter.
        #expect(Quantity.about(1000).interval(tolerance: tolerance, isCount: true) == ValueInterval(lower: 750,
            upper: 1250))
        // "about 150,000": the tolerance (15,000) is wider than half the step (5,000).
        #expect(Quantity.about(150_000).interval(tolerance: tolerance, isCount: true) == ValueInterval(lower: 135_000,
            upper: 165_000))
    }

    @Test func anExactAttributeIsNotWidened() {
        // Ages have an `about` tolerance of 0: "about 40 years old" stays 40.
        #expect(Quantity.about(40).interval(tolerance: Tolerance(about: 0, slack: 0),
            isCount: true) == ValueInterval(lower: 40, upper: 40))
    }

    @Test(arguments: [(30.0, 10.0), (300, 100), (40_000, 10_000), (24, 12), (36, 12), (60, 10), (27, 1), (7, 1),
        (2.5, 1)])
    func roundingSteps(value: Double, step: Double) {
        #expect(VagueQuantity.roundingStep(of: value) == step)
    }
}
