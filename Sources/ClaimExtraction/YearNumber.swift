/// A four-digit number that reads as a year (1900–2099): "the third quarter of 2019", "the 2016
/// final". Readers that must not take a year for a count or a period ask this, rather than
/// listing the years they were written in.
enum YearNumber {
    static func isYear(_ token: Token, _ text: [UInt8]) -> Bool {
        guard token.kind == .number, token.end - token.start == 4 else { return false }
        let first = text[token.start], second = text[token.start + 1]
        return (first == UInt8(ascii: "1") && second == UInt8(ascii: "9"))
            || (first == UInt8(ascii: "2") && second == UInt8(ascii: "0"))
    }
}
