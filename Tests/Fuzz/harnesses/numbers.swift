import ClaimModel
import ClaimExtraction

// libFuzzer target: the number-phrase parser on any bytes ("more than two dozen", "20-30",
// "1.2 million", "30-plus"). Beyond "never traps": every phrase lies within the tokens it was
// given, phrases do not overlap, and every interval it reads is finite and ordered.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = Array(UnsafeBufferPointer(start: data, count: size))
    let tokens = Tokenizer.tokens(in: text)
    // The whole input, and a window that starts and ends inside it, as sentences do.
    let window = tokens.count > 2 ? 1..<(tokens.count - 1) : 0..<tokens.count
    for range in [0..<tokens.count, window] {
        var previousEnd = range.lowerBound - 1
        for phrase in NumberPhrase.find(in: tokens, range: range, text: text) {
            precondition(range.contains(phrase.tokens.lowerBound) && range.contains(phrase.tokens.upperBound),
                         "phrase \(phrase.tokens) outside \(range)")
            precondition(phrase.tokens.lowerBound > previousEnd, "phrases overlap")
            previousEnd = phrase.tokens.upperBound
            switch phrase.quantity {
            case .exactly(let value), .about(let value): precondition(value.isFinite, "an infinite value")
            case .range(let min, let max):
                precondition((min ?? 0).isFinite && (max ?? 0).isFinite, "an infinite bound")
                if let min, let max { precondition(min <= max, "interval \(min)...\(max) is reversed") }
            }
        }
    }
    return 0
}
