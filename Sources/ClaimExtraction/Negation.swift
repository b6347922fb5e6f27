/// Whether a clause denies what its cue says: "did not sign", "has not formally endorsed",
/// "never attended", "refused to sign", "no longer backs". Negation is read anywhere between
/// the clause's start (or five words before the cue) and the cue's last word, so an adverb in
/// between ("did not formally endorse") does not hide it.
enum Negation {
    static let words: WordSet = WordSet([
        "not", "never", "n't", "no", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "wasn't",
        "weren't", "won't", "wouldn't", "couldn't", "isn't", "aren't", "cannot", "can't", "shouldn't", "neither",
        "nor",
    ].map(WordHash.of))
    /// Verbs that deny the act they introduce ("refused to sign").
    static let verbs: WordSet = WordSet([
        "refused", "refuses", "refusing", "declined", "declines", "declining", "failed", "fails", "denied", "denies",
        "denying",
    ].map(WordHash.of))
    /// Verbs that deny the act only with "out" after them ("has ruled out resigning").
    static let outVerbs: WordSet = WordSet(["rule", "rules", "ruled", "ruling"].map(WordHash.of))
    static let out = WordHash.of("out")

    /// Words that may stand inside a cue without breaking it: negations and adverbs of degree,
    /// time and manner the news puts between an auxiliary and its verb.
    static let insertable: WordSet = WordSet(([
        "not", "never", "no", "n't", "formally", "officially", "so", "far", "also", "yet", "already", "still",
        "now", "just", "then", "even", "ever", "immediately", "personally", "actually", "eventually", "finally",
        "ultimately", "jointly", "reportedly", "apparently", "publicly", "initially", "originally", "both", "all",
        "each", "only", "again", "later", "subsequently", "quickly", "briefly", "fully", "partly", "largely",
        "indeed", "since", "unanimously", "narrowly", "previously", "first", "once", "instead", "himself",
        "herself", "themselves", "itself", "ultimately",
    ] as [String]).map(WordHash.of))

    static let longer = (no: WordHash.of("no"), longer: WordHash.of("longer"))

    static func isNegative(_ phrase: String) -> Bool {
        Tokenizer.tokens(in: Array(phrase.utf8)).contains { words.contains($0.hash) || verbs.contains($0.hash) }
    }

    /// Whether the cue at `cue` is denied within `clause`.
    static func denies(_ tokens: [Token], cue: ClosedRange<Int>, clause: Range<Int>) -> Bool {
        let start = max(clause.lowerBound, cue.lowerBound - 5)
        var index = start
        while index <= cue.upperBound, index < clause.upperBound {
            let hash = tokens[index].hash
            if words.contains(hash) || (index < cue.lowerBound && verbs.contains(hash)) { return true }
            if hash == out, index > start, index < cue.lowerBound, outVerbs.contains(tokens[index - 1].hash) {
                return true
            }
            index += 1
        }
        return false
    }
}
