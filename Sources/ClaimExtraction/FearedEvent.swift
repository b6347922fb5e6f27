import ClaimModel

/// A kind word that names what someone fears, risks or wants to prevent is no event: residents
/// moved out "for fear of a further collapse", "the risk of another fire", "to prevent new
/// floods". Read as a mention it became an incident of its own, dated by the article, and in
/// one probe article the feared collapse was created first and became the main event of the
/// whole coverage (issue 13). Only the words right before the mention are read: a fear noun
/// with "of", or a verb of preventing, with at most a few determiners and adjectives between.
enum FearedEvent {
    /// Nouns of a possibility, before "of": "fear of", "the risk of", "a threat of".
    static let fearNouns: WordSet = WordSet([
        "fear", "fears", "risk", "risks", "threat", "threats", "danger", "dangers", "prospect", "possibility",
        "spectre", "specter",
    ].map(WordHash.of))
    /// Verbs of keeping something from happening, or of fearing it: "to prevent a fire".
    static let fearVerbs: WordSet = WordSet([
        "prevent", "prevents", "preventing", "avert", "averts", "averting", "avoid", "avoids", "avoiding",
        "fearing", "risking",
    ].map(WordHash.of))
    /// Words that may stand between: "for fear of a further collapse", "the risk of new floods".
    static let fillers: WordSet = WordSet([
        "a", "an", "the", "any", "further", "another", "new", "more", "fresh", "possible", "second", "major",
        "wider", "larger", "bigger", "similar",
    ].map(WordHash.of))
    static let of = WordHash.of("of")

    /// Whether the mention whose kind word starts at `start` names a feared event, in `range`:
    /// its own lower-case modifiers ("a warehouse fire") and the fillers may stand between.
    static func precedes(_ start: Int, in tokens: [Token], range: Range<Int>) -> Bool {
        var probe = start - 1
        while probe >= range.lowerBound, start - probe <= 5, tokens[probe].kind == .word {
            let hash = tokens[probe].hash
            if fearVerbs.contains(hash) { return true }
            if hash == of { return probe - 1 >= range.lowerBound && fearNouns.contains(tokens[probe - 1].hash) }
            guard fillers.contains(hash) || !tokens[probe].isCapitalized else { return false }
            probe -= 1
        }
        return false
    }
}
