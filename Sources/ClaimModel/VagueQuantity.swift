/// How vague wording becomes an interval: the one table that decides how wide "about two
/// dozen" or "more than 30" is. Extraction and curators record the wording as a `Quantity`
/// (`about`, `min`, `max`); this table says what each record form allows, and
/// `Quantity.interval` applies it, so every comparison (rules, screen, evaluation) agrees.
///
/// Why round numbers are wider: "about 30" or "some 300" is a number rounded to its last
/// significant digit, so it allows half a rounding step either way (25 to 35, 250 to 350),
/// which is wider than the attribute's ±10% once the number is round. "Two dozen" is rounded
/// to the dozen. The widening is capped at a quarter of the number ("about 1,000" is 750 to
/// 1,250, not 500 to 1,500), and an attribute whose `about` tolerance is 0 (an age) asks for
/// exact figures and is not widened.
public enum VagueQuantity {
    /// One documented wording: what an article says, the record form, and what it allows.
    public struct Wording: Sendable {
        /// The wording with N standing for the number.
        public var wording: String
        /// An example phrase and the quantity it is recorded as.
        public var example: String
        public var recorded: Quantity
        /// In words: what the recorded form allows.
        public var allows: String
        /// The interval a count with the default tolerance (±10%) gets: what the row promises.
        public var lower: Double, upper: Double
    }

    /// The table, in the README's order. Every row is a test (`VagueQuantityTests`): the
    /// example's recorded quantity has the interval the row states.
    public static let table: [Wording] = [
        Wording(wording: "N (a figure as it stands)", example: "27 dead", recorded: .exactly(27), allows: "exactly 27",
            lower: 27, upper: 27),
        Wording(wording: "about / around / roughly / some / approximately N",
                example: "about 40", recorded: .about(40),
                allows: "±10% (the attribute's tolerance), or half the rounding step of N if wider: 35 to "
                    + "45", lower: 35, upper: 45),
        Wording(wording: "about N, N round", example: "some 300", recorded: .about(300),
                allows: "half a rounding step either way: 250 to 350", lower: 250, upper: 350),
        Wording(wording: "about two dozen", example: "about two dozen", recorded: .about(24),
                allows: "half a dozen either way: 18 to 30", lower: 18, upper: 30),
        Wording(wording: "nearly / almost / just under N", example: "nearly 180", recorded: .about(180),
                allows: "as about N: 162 to 198", lower: 162, upper: 198),
        Wording(wording: "up to / as many as N", example: "up to 50", recorded: .range(min: nil, max: 50),
                allows: "0 to 50", lower: 0, upper: 50),
        Wording(wording: "more than / over N", example: "more than two dozen", recorded: .range(min: 25, max: nil),
                allows: "25 or more (N + 1 for counts)", lower: 25, upper: .infinity),
        Wording(wording: "at least / no fewer than N", example: "at least 20", recorded: .range(min: 20, max: nil),
                allows: "20 or more", lower: 20, upper: .infinity),
        Wording(wording: "fewer than / less than / under N", example: "fewer than 10",
            recorded: .range(min: nil, max: 9),
                allows: "0 to 9 (N − 1 for counts)", lower: 0, upper: 9),
        Wording(wording: "between A and B", example: "between 20 and 30", recorded: .range(min: 20, max: 30),
                allows: "20 to 30", lower: 20, upper: 30),
        Wording(wording: "dozens", example: "dozens", recorded: .range(min: 24, max: 99),
                allows: "24 to 99 (two dozen up to a hundred)", lower: 24, upper: 99),
        Wording(wording: "scores", example: "scores", recorded: .range(min: 40, max: 199), allows: "40 to 199",
            lower: 40, upper: 199),
        Wording(wording: "hundreds", example: "hundreds", recorded: .range(min: 200, max: 999), allows: "200 to 999",
            lower: 200, upper: 999),
        Wording(wording: "thousands", example: "thousands", recorded: .range(min: 2000, max: 9999),
            allows: "2,000 to 9,999", lower: 2000, upper: 9999),
    ]

    /// The largest widening of "about N", as a fraction of N.
    public static let maximumRoundingShare = 0.25

    /// The rounding step a round number shows: the largest power of ten dividing it (30: 10,
    /// 300: 100, 40,000: 10,000), or a dozen for a multiple of 12 from 24 that no ten divides
    /// (24, 36, 48); 1 for anything else, which widens nothing.
    public static func roundingStep(of value: Double) -> Double {
        let magnitude = abs(value)
        guard magnitude >= 10, magnitude == magnitude.rounded(), magnitude < 1e15 else { return 1 }
        var step = 1.0
        while (magnitude / (step * 10)).rounded() == magnitude / (step * 10) { step *= 10 }
        if step == 1, magnitude >= 24, magnitude.truncatingRemainder(dividingBy: 12) == 0 { return 12 }
        return step
    }

    /// Half-width of "about `value`" under a relative tolerance: the tolerance's share, or half
    /// the rounding step (capped at a quarter of the value), whichever is wider.
    public static func aboutSpread(_ value: Double, tolerance: Double) -> Double {
        let relative = abs(value) * tolerance
        guard tolerance > 0 else { return relative }
        let rounding = min(roundingStep(of: value) / 2, abs(value) * maximumRoundingShare)
        return max(relative, rounding)
    }
}
