/// "A delegation attended without Ada Quill", "everyone took part except Quill": the person
/// after "without" or "except" is the one who did not do it, so they are no subject of the cue
/// (nor, read alone, its negation: the clause does not say whether Quill stayed away or was
/// never expected).
extension ClaimExtractor {
    static let exclusionWords: WordSet = WordSet(["without", "except", "excluding", "minus", "sans"].map(WordHash.of))

    /// Whether an exclusion word stands right before the mention at `start`, over "the" or "a".
    static func isExcluded(_ start: Int, tokens: [Token]) -> Bool {
        var before = start - 1
        if before >= 0, determiners.contains(tokens[before].hash) { before -= 1 }
        return before >= 0 && exclusionWords.contains(tokens[before].hash)
    }
}
