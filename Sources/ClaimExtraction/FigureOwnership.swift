/// Which cue a figure belongs to when one clause lists several counts: in "26 officers were
/// injured, 24 people were arrested" the 24 opens a predicate of its own after the comma, so
/// it is the arrests' figure and the injuries cannot take it, however near it stands.
extension ClaimExtractor {
    /// How far a figure's own cue may stand after it ("24 people were later arrested").
    static let ownCueReach = 5

    /// Whether `figure`, standing after `match` across a comma, is followed by a quantity cue
    /// of its own (of another attribute) before any further punctuation.
    func isOwnedElsewhere(_ figure: ClosedRange<Int>, from match: AttributeCues.Match, cues: [AttributeCues.Match],
                          tokens: [Token]) -> Bool {
        guard match.tokens.upperBound < figure.lowerBound else { return false }
        let owner = cues.contains { other in
            guard other.tokens.lowerBound > figure.upperBound,
                  other.tokens.lowerBound - figure.upperBound <= Self.ownCueReach,
                  other.cue.value == nil, other.cue.attribute != match.cue.attribute,
                  registry.attributes[other.cue.attribute]?.isQuantity == true else { return false }
            return !((figure.upperBound + 1)..<other.tokens.lowerBound).contains { tokens[$0].kind == .punctuation }
        }
        guard owner else { return false }
        return ((match.tokens.upperBound + 1)..<figure.lowerBound).contains {
            Self.listBreaks.contains(tokens[$0].hash)
        }
    }

    static let listBreaks: WordSet = WordSet([Punctuation.comma, Punctuation.semicolon, Punctuation.colon])
}

extension ClaimExtractor {
    static let peopleOnBoardID = "people-on-board"

    /// Whether the figure's own noun is a cue (the figure counts those people) and `match`
    /// stands after that noun, where it only describes them further: "the two survivors, both
    /// flight attendants" counts survivors; "six crew members had been aboard" counts crew, a
    /// part of those aboard, not everyone aboard.
    func isDescriptionOfOwnNoun(_ number: NumberPhrase, nounEnd: Int?, match: AttributeCues.Match,
                                cues: [AttributeCues.Match], tokens: [Token]) -> Bool {
        guard let nounEnd, match.tokens.lowerBound > nounEnd else { return false }
        let ownNoun = cues.first { other in
            other.cue.value == nil && other.tokens.lowerBound > number.tokens.upperBound
                && other.tokens.upperBound <= nounEnd && other.cue.attribute != match.cue.attribute
                && registry.attributes[other.cue.attribute]?.isQuantity == true
        }
        guard ownNoun != nil else { return false }
        let acrossComma = ((nounEnd + 1)..<match.tokens.lowerBound).contains {
            Self.listBreaks.contains(tokens[$0].hash)
        }
        return acrossComma || match.cue.attribute == Self.peopleOnBoardID
    }
}

extension ClaimExtractor {
    static let by = WordHash.of("by")
    /// How far into the agent a counted noun may stand ("signed by the leaders or envoys of all 11").
    static let agentReach = 10

    /// "The text was signed by the leaders or envoys of all 11 member countries": the figure in
    /// the "by" phrase right after a cue counts those who did it, however many words describe them.
    func isPassiveAgent(_ number: NumberPhrase, of match: AttributeCues.Match, tokens: [Token]) -> Bool {
        let next = match.tokens.upperBound + 1
        guard next < number.tokens.lowerBound, tokens[next].hash == Self.by,
              number.tokens.lowerBound - next <= Self.agentReach else { return false }
        return !(next..<number.tokens.lowerBound).contains { Self.listBreaks.contains(tokens[$0].hash) }
    }
}

extension ClaimExtractor {
    /// "An operating profit of $2.2bn on sales of $64bn": a figure written "<measure> of N" is
    /// that measure's, so a cue of another attribute after it ("sales") cannot take it, even
    /// when the measure itself is no claim (an operating profit is no net profit). "A total of
    /// 40 people were injured" keeps its cue: "total" is no measure's cue.
    func isOfAnotherMeasure(_ number: NumberPhrase, match: AttributeCues.Match, cues: [AttributeCues.Match],
                            tokens: [Token]) -> Bool {
        guard match.tokens.lowerBound > number.tokens.upperBound else { return false }
        var of = number.tokens.lowerBound - 1
        if of >= 0, UnitNouns.currencySigns[tokens[of].hash] != nil { of -= 1 }
        guard of >= 1, tokens[of].hash == Self.ofWord else { return false }
        return cues.contains { other in
            other.cue.value == nil && other.tokens.upperBound == of - 1 && other.cue.attribute != match.cue.attribute
                && registry.attributes[other.cue.attribute]?.isQuantity == true
        }
    }
}
