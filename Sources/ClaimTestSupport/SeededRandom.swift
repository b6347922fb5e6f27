/// SplitMix64: a tiny, fast generator whose sequence depends only on its seed, so the same
/// `--seed` gives the same corpus byte for byte on every machine and toolchain (the standard
/// library's generator makes no such promise).
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound without the standard library's rejection loop, whose draw count
    /// is not part of its contract.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// True with the given probability in percent.
    public mutating func percent(_ chance: Int) -> Bool { below(100) < chance }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
