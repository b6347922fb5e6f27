/// A stretch of a sentence that makes one statement: sentences split at ";", ":", "while",
/// "whereas" (with or without a comma), ", but", ", although"; relative clauses (", who …,") are set aside, so the
/// friend in "Stubb, who is a friend of Trump," is not taken for an attendee.
public struct Clause: Sendable, Equatable {
    public var range: Range<Int>
    /// Relative clauses inside `range`, whose words belong to somebody else's description.
    public var asides: [Range<Int>]

    public func contains(_ index: Int) -> Bool {
        range.contains(index) && !asides.contains { $0.contains(index) }
    }

    static let splitters: WordSet = WordSet(["while", "whereas", "but", "although", "though",
                                             "however"].map(WordHash.of))
    static let thatWord = WordHash.of("that")
    /// Conjunctions that open a clause of their own even without a comma when a new subject
    /// follows ("Putin spoke by video while Lavrov was in the room"); "crashed while landing"
    /// and "for a while" are no new clause.
    static let whileWord = WordHash.of("while"), whereasWord = WordHash.of("whereas")
    static let article = WordHash.of("a")
    static let subjectStarts: WordSet = WordSet([
        "the", "a", "an", "his", "her", "its", "their", "he", "she", "it", "they", "we", "i", "others", "both",
    ].map(WordHash.of))

    static func opensSubject(_ tokens: [Token], at index: Int, in sentence: Range<Int>) -> Bool {
        guard index < sentence.upperBound else { return false }
        return tokens[index].isCapitalized || subjectStarts.contains(tokens[index].hash)
    }
    static let relatives: WordSet = WordSet(["who", "which", "whose", "whom"].map(WordHash.of))

    public static func split(_ tokens: [Token], sentence: Range<Int>) -> [Clause] {
        var clauses: [Clause] = []
        var start = sentence.lowerBound
        var asides: [Range<Int>] = []
        var index = sentence.lowerBound
        // Read once, not per token: each static is a lazy global with a check on every access.
        let colon = Punctuation.colon, semicolon = Punctuation.semicolon, comma = Punctuation.comma
        let that = thatWord, whileHash = whileWord, whereas = whereasWord
        while index < sentence.upperBound {
            let token = tokens[index]
            // "at 3:40 p.m.": a colon between digits is a clock, not a clause break.
            let isClock = token.hash == colon && index > sentence.lowerBound
                && index + 1 < sentence.upperBound
                && tokens[index - 1].kind == .number && tokens[index + 1].kind == .number
            if token.hash == semicolon || (token.hash == colon && !isClock) {
                clauses.append(Clause(range: start..<index, asides: asides))
                start = index + 1; asides = []
            } else if token.hash == that, index > start,
                      AttributionDetector.speechVerbs.contains(tokens[index - 1].hash) {
                // "Trump stated that …": what was stated is its own clause.
                clauses.append(Clause(range: start..<index, asides: asides))
                start = index + 1; asides = []
            } else if token.hash == whileHash || token.hash == whereas, index > start + 1,
                      tokens[index - 1].hash != article, tokens[index - 1].hash != comma,
                      opensSubject(tokens, at: index + 1, in: sentence) {
                clauses.append(Clause(range: start..<index, asides: asides))
                start = index; asides = []
            } else if token.hash == comma, index + 1 < sentence.upperBound {
                let next = tokens[index + 1].hash
                if splitters.contains(next) {
                    clauses.append(Clause(range: start..<index, asides: asides))
                    start = index + 1; asides = []
                } else if relatives.contains(next) {
                    // The aside runs to the next comma or the end of the sentence.
                    var end = index + 2
                    while end < sentence.upperBound, tokens[end].hash != comma,
                          tokens[end].hash != semicolon { end += 1 }
                    asides.append(index..<end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        if start < sentence.upperBound { clauses.append(Clause(range: start..<sentence.upperBound, asides: asides)) }
        return clauses.filter { !$0.range.isEmpty }
    }
}
