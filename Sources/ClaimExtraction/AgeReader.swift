/// A person's age as news writes it: "Ho Wai-ho, 37, who ...", "Ada Quill, aged 19,", "a
/// 19-year-old student, Ada Quill", "Ada Quill, a 19-year-old from Ghent", "Ada Quill (19)",
/// "a 19-year-old student named Quill", "Ada Quill, the 19-year-old striker,", "Ada Quill, now
/// 61,", "Ada Quill, who is 61,", "Ada Quill, at 61,", "Ada Quill, who turns 61 next month" (60),
/// "Ada Quill, 61 years old,"; of the dead, "Quill died on Sunday,
/// aged 84" and "Quill has died at the age of 84". Only ages standing right beside one named
/// person count; "aged between 52 and 68" describes a group. An age without a name ("The
/// 23-year-old pulled clear", "the court sentenced the 56-year-old") is the person named last
/// before it (`anaphoric`).
enum AgeReader {
    static let aged = WordHash.of("aged"), yearOld = WordHash.of("year-old")
    static let a = WordHash.of("a"), an = WordHash.of("an")
    static let the = WordHash.of("the"), now = WordHash.of("now"), who = WordHash.of("who")
    static let years = WordHash.of("years"), old = WordHash.of("old"), of = WordHash.of("of"), age = WordHash.of("age")
    static let at = WordHash.of("at"), turns = WordHash.of("turns"), today = WordHash.of("today")
    /// Words after "who turns 38" that put the birthday ahead ("next month", "later this year",
    /// "in June", "on Friday"): the person is a year younger until then.
    static let birthdayAhead: WordSet = WordSet(["next", "later", "this", "in", "on"].map(WordHash.of))
    /// "19-years-old" is a common spelling of "19-year-old".
    static let yearOldForms: Set<UInt64> = [yearOld, WordHash.of("years-old")]
    /// Between "Quill, who" and the age: "who is 61", "who was 61", "who turns 61".
    static let linkingVerbs: WordSet = WordSet(["is", "was", "turns", "turned"].map(WordHash.of))
    /// Words of death that make a later "aged 84" or "at the age of 84" the dead person's age.
    static let deathWords: WordSet = WordSet(["died", "dies", "dead", "death", "killed", "passed"].map(WordHash.of))

    /// The age stated for the person at `mention`, and the tokens that state it.
    /// `nextPerson` is where the next person named after this one stands (an age of the dead
    /// after it is theirs).
    static func age(of mention: EntityMention, tokens: [Token], sentence: Range<Int>, text: [UInt8],
                    nextPerson: Int? = nil) -> (Double, ClosedRange<Int>)? {
        let reach = nextPerson.map { min($0, sentence.upperBound) } ?? sentence.upperBound
        guard mention.kind == .person else { return nil }
        var index = mention.tokens.upperBound + 1
        if let bracketed = bracketed(after: index, tokens, sentence, text) {
            return (bracketed, mention.tokens.lowerBound...(index + 1))
        }
        guard index + 1 < sentence.upperBound, tokens[index].hash == Punctuation.comma else {
            return before(mention, tokens, sentence, text)
                ?? ofTheDead(mention, tokens, sentence.lowerBound..<reach, text)
        }
        index += 1
        let opener = tokens[index].hash
        if opener == aged || opener == now || opener == a || opener == an || opener == the,
           index + 1 < sentence.upperBound { index += 1 }
        var turns = false
        if opener == who, index + 2 < sentence.upperBound, linkingVerbs.contains(tokens[index + 1].hash) {
            turns = tokens[index + 1].hash == Self.turns
            index += 2
        }
        // "Quill, at 32, is the youngest": "at" and the age between commas.
        if opener == at, index + 2 < sentence.upperBound, tokens[index + 2].hash == Punctuation.comma,
           compound(tokens[index + 1], text) == nil { index += 1 }
        // Not an age in apposition ("Lee, asked doctors"): perhaps one before the name.
        guard var value = plainAge(tokens[index], text) else {
            return before(mention, tokens, sentence, text)
                ?? ofTheDead(mention, tokens, sentence.lowerBound..<reach, text)
        }
        // "who turns 38 next month" is 37 now; a birthday with no time ("who turns 38,") may be
        // past or ahead, and says no age.
        if turns {
            guard index + 1 < sentence.upperBound else { return nil }
            let next = tokens[index + 1].hash
            if next == today { return (value, mention.tokens.lowerBound...index) }
            guard birthdayAhead.contains(next) else { return nil }
            value -= 1
            return (value, mention.tokens.lowerBound...index)
        }
        var after = index + 1
        // "37," or "37)" or the sentence's end: a bare number in apposition; "a 19-year-old".
        let isYearOld = compound(tokens[index], text).map(yearOldForms.contains) ?? false
        if !isYearOld, after + 1 < sentence.upperBound, tokens[after].hash == years,
           tokens[after + 1].hash == old || tokens[after + 1].hash == of { after += 2 }
        // "the 19-year-old" is a description only ("Quill, the 19-year-old striker"); "a" and
        // "the" before a bare number are not ages ("Quill, a 19 metre boat").
        if !isYearOld && (opener == a || opener == an || opener == the) { return nil }
        guard isYearOld || after >= sentence.upperBound || tokens[after].kind == .punctuation
                || tokens[after - 1].hash == old || tokens[after - 1].hash == of else { return nil }
        return (value, mention.tokens.lowerBound...index)
    }

    /// Words that cannot stand inside "a 19-year-old <description> Ada Quill": the age before
    /// them describes someone the clause speaks of apart from the name.
    static let descriptionStops: WordSet = WordSet([
        "after", "before", "when", "while", "as", "and", "or", "but", "by", "with", "than", "from", "to", "for",
        "of", "at", "in", "on", "near", "against", "said", "says", "told", "was", "were", "is", "are", "had", "has",
        "whom", "who", "whose", "that", "which", "whereas", "since", "until", "like", "his", "her", "their",
    ].map(WordHash.of))

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
    static func before(_ mention: EntityMention, _ tokens: [Token], _ sentence: Range<Int>,
                       _ text: [UInt8]) -> (Double, ClosedRange<Int>)? {
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
            // "police arrested a 19-year-old after Ada Quill was hurt": a preposition, a
            // conjunction or a verb ends the description; the age is somebody else's.
            if token.kind == .word, !naming.contains(token.hash),
               descriptionStops.contains(token.hash) || endsInEd(token, text) { return nil }
            if token.kind == .number, isYearOld(token, text), let value = plainAge(token, text) {
                return (value, (start - distance)...mention.tokens.upperBound)
            }
        }
        return nil
    }

    /// "Quill died on Sunday, aged 84", "Quill has died at the age of 84": after a word of
    /// death, with no indefinite article ("a man") between; not a range ("aged 40 to 77").
    static func ofTheDead(_ mention: EntityMention, _ tokens: [Token], _ sentence: Range<Int>,
                          _ text: [UInt8]) -> (Double, ClosedRange<Int>)? {
        var sawDeath = false
        var index = mention.tokens.upperBound + 1
        while index < min(sentence.upperBound, mention.tokens.upperBound + 16) {
            let hash = tokens[index].hash
            // "Quill said a man died": an indefinite noun phrase is someone else; so is one
            // Quill speaks of or a relative ("Quill said the man died", "Quill said her father died").
            if hash == a || hash == an || otherPerson.contains(hash) { return nil }
            if deathWords.contains(hash) { sawDeath = true }
            var ageAt: Int?
            if hash == aged, tokens[index - 1].hash == Punctuation.comma { ageAt = index + 1 }
            if hash == at, index + 4 < sentence.upperBound, tokens[index + 1].hash == the,
               tokens[index + 2].hash == age, tokens[index + 3].hash == of { ageAt = index + 4 }
            if let ageAt {
                guard sawDeath, ageAt < sentence.upperBound, let value = plainAge(tokens[ageAt], text),
                      compound(tokens[ageAt], text) == nil, endsAge(ageAt + 1, tokens, sentence) else { return nil }
                return (value, mention.tokens.lowerBound...ageAt)
            }
            index += 1
        }
        return nil
    }

    /// Words after a name that hand a later death over to someone else: a report of it ("said",
    /// "told") or a relative ("his father", "her son").
    static let otherPerson: WordSet = WordSet([
        "said", "says", "told", "added", "confirmed", "his", "her", "their",
    ].map(WordHash.of))

    /// Words after an age that show it is one person's, not a range ("aged 40 to 77").
    static let rangeWords: WordSet = WordSet(["to", "and", "or", "between"].map(WordHash.of))

    static func endsAge(_ index: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        guard index < sentence.upperBound else { return true }
        return !rangeWords.contains(tokens[index].hash) && tokens[index].hash != Punctuation.hyphen
    }

    /// Words that may follow "the 23-year-old" used as a noun ("the 23-year-old said", "the
    /// 56-year-old to four years"); any other lowercase word makes it a description of someone
    /// the sentence goes on to name or not ("the 25-year-old woman").
    static let nounFollowers: WordSet = WordSet([
        "to", "in", "on", "at", "for", "from", "with", "after", "before", "since", "who", "and", "but", "was", "is",
        "has", "had", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "said", "says",
        "told", "also", "now", "then", "still", "later", "won", "ran", "set", "left", "took", "made", "came", "went",
        "beat", "led", "became", "broke", "finished", "remains", "faces", "denies", "denied",
    ].map(WordHash.of))

    /// "The 23-year-old pulled clear", "the court sentenced the 56-year-old": "the" and an age
    /// used as a noun, not followed by a name; the position of the age.
    static func anaphoric(in range: Range<Int>, tokens: [Token], text: [UInt8]) -> [Int] {
        var found: [Int] = []
        for index in range where tokens[index].kind == .number && index > range.lowerBound
            && tokens[index - 1].hash == the && isYearOld(tokens[index], text) && plainAge(tokens[index], text) != nil {
            let next = index + 1
            let isNoun = next >= range.upperBound || tokens[next].kind == .punctuation
                || (!tokens[next].isCapitalized && nounFollowers.contains(tokens[next].hash))
                || (!tokens[next].isCapitalized && endsInEd(tokens[next], text))
            if isNoun { found.append(index) }
        }
        return found
    }

    static func endsInEd(_ token: Token, _ text: [UInt8]) -> Bool {
        token.end - token.start > 3 && text[token.end - 2] == UInt8(ascii: "e")
            && text[token.end - 1] == UInt8(ascii: "d")
    }

    static func isYearOld(_ token: Token, _ text: [UInt8]) -> Bool {
        compound(token, text).map(yearOldForms.contains) ?? false
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
            // A run of digits longer than an age is not one; stopping here also keeps
            // "33333333333333333333" from overflowing `value` (found by the fuzzer).
            if digits > 3 { return nil }
        }
        guard digits >= 1, digits <= 3, value <= 120 else { return nil }
        let rest = text[(token.start + digits)..<token.end]
        guard rest.isEmpty || rest.first == UInt8(ascii: "-") else { return nil }
        // "Judd Trump, 17-14": digits joined to digits are a score or a range, never an age.
        if rest.count > 1, let next = rest.dropFirst().first, next >= 0x30 && next <= 0x39 { return nil }
        return Double(value)
    }

    /// The hash of what follows "19-" in "19-year-old".
    static func compound(_ token: Token, _ text: [UInt8]) -> UInt64? {
        guard let hyphen = text[token.start..<token.end].firstIndex(of: UInt8(ascii: "-")) else { return nil }
        return Tokenizer.tokens(in: Array(text[(hyphen + 1)..<token.end])).first?.hash
    }
}
