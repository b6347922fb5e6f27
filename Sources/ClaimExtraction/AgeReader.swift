/// A person's age as news writes it: "Ho Wai-ho, 37, who ...", "Ada Quill, aged 19,", "a
/// 19-year-old student, Ada Quill", "Ada Quill, a 19-year-old from Ghent", "Ada Quill (19)",
/// "a 19-year-old student named Quill". Only ages standing
/// right beside one named person count; "aged between 52 and 68" describes a group.
enum AgeReader {
    static let aged = WordHash.of("aged"), yearOld = WordHash.of("year-old"), a = WordHash.of("a"), an = WordHash.of("an")

    /// The age stated for the person at `mention`, and the tokens that state it.
    static func age(of mention: EntityMention, tokens: [Token], sentence: Range<Int>, text: [UInt8]) -> (Double, ClosedRange<Int>)? {
        guard mention.kind == .person else { return nil }
        var index = mention.tokens.upperBound + 1
        if let bracketed = bracketed(after: index, tokens, sentence, text) {
            return (bracketed, mention.tokens.lowerBound...(index + 1))
        }
        guard index + 1 < sentence.upperBound, tokens[index].hash == Punctuation.comma else { return before(mention, tokens, sentence, text) }
        index += 1
        if tokens[index].hash == aged, index + 1 < sentence.upperBound { index += 1 }
        if tokens[index].hash == a || tokens[index].hash == an, index + 1 < sentence.upperBound { index += 1 }
        // Not an age in apposition ("Lee, asked doctors"): perhaps one before the name.
        guard let value = plainAge(tokens[index], text) else { return before(mention, tokens, sentence, text) }
        let after = index + 1
        // "37," or "37)" or the sentence's end: a bare number in apposition; "a 19-year-old".
        let isYearOld = compound(tokens[index], text) == yearOld
        guard isYearOld || after >= sentence.upperBound || tokens[after].kind == .punctuation else { return nil }
        return (value, mention.tokens.lowerBound...index)
    }

    static let open = WordHash.of("("), close = WordHash.of(")")
    /// Words that hand a description over to a name: "a 32-year-old steward named Lee".
    static let naming: WordSet = WordSet(["named", "surnamed", "called"].map(WordHash.of))

    /// "Ada Quill (42)": a bare age in brackets right after the name.
    static func bracketed(after index: Int, _ tokens: [Token], _ sentence: Range<Int>, _ text: [UInt8]) -> Double? {
        guard index + 2 < sentence.upperBound, tokens[index].hash == open, tokens[index + 2].hash == close,
              compound(tokens[index + 1], text) == nil else { return nil }
        return plainAge(tokens[index + 1], text)
    }

    /// "a 19-year-old, Ada Quill" / "19-year-old Ada Quill" / "a 19-year-old student named Ada
    /// Quill" (up to three lowercase words between the age and the naming word).
    static func before(_ mention: EntityMention, _ tokens: [Token], _ sentence: Range<Int>, _ text: [UInt8]) -> (Double, ClosedRange<Int>)? {
        let start = mention.tokens.lowerBound
        var reach = 3
        var name = start - 1
        if name > sentence.lowerBound, tokens[name].hash == Punctuation.comma { name -= 1 }
        if name > sentence.lowerBound, naming.contains(tokens[name].hash) {
            reach = start - name + 4
        }
        for distance in 1...reach where start - distance >= sentence.lowerBound {
            let token = tokens[start - distance]
            // Only a description stands between: "a 32-year-old flight attendant named".
            if distance > 3, token.kind == .word, token.isCapitalized { return nil }
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
