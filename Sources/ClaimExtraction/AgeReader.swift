/// A person's age as news writes it: "Ho Wai-ho, 37, who ...", "Ada Quill, aged 19,", "a
/// 19-year-old student, Ada Quill", "Ada Quill, a 19-year-old from Ghent". Only ages standing
/// right beside one named person count; "aged between 52 and 68" describes a group.
enum AgeReader {
    static let aged = WordHash.of("aged"), yearOld = WordHash.of("year-old"), a = WordHash.of("a"), an = WordHash.of("an")

    /// The age stated for the person at `mention`, and the tokens that state it.
    static func age(of mention: EntityMention, tokens: [Token], sentence: Range<Int>, text: [UInt8]) -> (Double, ClosedRange<Int>)? {
        guard mention.kind == .person else { return nil }
        var index = mention.tokens.upperBound + 1
        guard index + 1 < sentence.upperBound, tokens[index].hash == Punctuation.comma else { return before(mention, tokens, sentence, text) }
        index += 1
        if tokens[index].hash == aged, index + 1 < sentence.upperBound { index += 1 }
        if tokens[index].hash == a || tokens[index].hash == an, index + 1 < sentence.upperBound { index += 1 }
        guard let value = plainAge(tokens[index], text) else { return nil }
        let after = index + 1
        // "37," or "37)" or the sentence's end: a bare number in apposition; "a 19-year-old".
        let isYearOld = compound(tokens[index], text) == yearOld
        guard isYearOld || after >= sentence.upperBound || tokens[after].kind == .punctuation else { return nil }
        return (value, mention.tokens.lowerBound...index)
    }

    /// "a 19-year-old, Ada Quill" / "19-year-old Ada Quill".
    static func before(_ mention: EntityMention, _ tokens: [Token], _ sentence: Range<Int>, _ text: [UInt8]) -> (Double, ClosedRange<Int>)? {
        let start = mention.tokens.lowerBound
        for distance in 1...3 where start - distance >= sentence.lowerBound {
            let token = tokens[start - distance]
            if token.kind == .number, compound(token, text) == yearOld, let value = plainAge(token, text) {
                return (value, (start - distance)...mention.tokens.upperBound)
            }
        }
        return nil
    }

    /// The leading digits of a token as an age (0-120), or nil.
    static func plainAge(_ token: Token, _ text: [UInt8]) -> Double? {
        guard token.kind == .number else { return nil }
        var value = 0
        var digits = 0
        for byte in text[token.start..<token.end] {
            guard byte >= 0x30 && byte <= 0x39 else { break }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
        }
        guard digits >= 1, digits <= 3, value <= 120 else { return nil }
        let rest = text[(token.start + digits)..<token.end]
        guard rest.isEmpty || rest.first == UInt8(ascii: "-") else { return nil }
        return Double(value)
    }

    /// The hash of what follows "19-" in "19-year-old".
    static func compound(_ token: Token, _ text: [UInt8]) -> UInt64? {
        guard let hyphen = text[token.start..<token.end].firstIndex(of: UInt8(ascii: "-")) else { return nil }
        return Tokenizer.tokens(in: Array(text[(hyphen + 1)..<token.end])).first?.hash
    }
}
