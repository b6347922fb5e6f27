/// A sentence: a run of the article's tokens.
public struct Sentence: Sendable, Equatable {
    /// Indices into the article's token array.
    public var tokens: Range<Int>
    /// The paragraph it belongs to, counted from 0; quotations and repeats are found per paragraph.
    public var paragraph: Int
}

/// Splits tokens into sentences. Full stops end sentences except after abbreviations ("Mr.",
/// "Gen."), and a line break ends one unless the text visibly runs on (a lower-case word
/// continues a line that ended without punctuation), so headings, captions and bylines on
/// their own lines stay apart from the paragraph below them.
public enum SentenceSplitter {
    /// Long runs without punctuation (a table flattened to one line, a base64 blob) are cut so
    /// that no later step ever sees an unbounded sentence.
    public static let maximumTokens = 160

    static let abbreviations: WordSet = WordSet([
        "mr", "mrs", "ms", "dr", "st", "gen", "prof", "sen", "rep", "gov", "jr", "sr", "no", "vs", "etc",
        "inc", "ltd", "co", "corp", "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "lt",
        "col", "capt", "sgt", "rev", "fig", "approx", "est", "ca", "maj", "supt", "insp", "det", "cpl", "adm",
        "cmdr", "hon", "mme", "atty",
    ].map(WordHash.of))

    /// "Edda M. Brask": a full stop after one capital letter that follows a capitalised word
    /// and comes before another is a middle initial, not a sentence's end.
    static func isMiddleInitial(before stop: Int, _ tokens: [Token]) -> Bool {
        guard stop >= 2, stop + 1 < tokens.count, tokens[stop].hash == Punctuation.fullStop else { return false }
        let initial = tokens[stop - 1], name = tokens[stop - 2], next = tokens[stop + 1]
        return initial.kind == .word && initial.length == 1 && initial.isCapitalized
            && initial.end == tokens[stop].start && name.kind == .word && name.isCapitalized && name.length > 1
            && !next.startsLine && next.kind == .word && next.isCapitalized && next.length > 1
            && !NewName.stopWords.contains(next.hash)
    }

    static let sentenceEnds = WordSet([Punctuation.fullStop, Punctuation.question, Punctuation.exclamation,
                                       WordHash.of("…")])
    static let closers: WordSet = WordSet(["»", "”", "\"", ")", "’", "'", "]"].map(WordHash.of))

    public static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var paragraph = -1
        var index = 0
        func close(_ end: Int) {
            if end > start { sentences.append(Sentence(tokens: start..<end, paragraph: max(paragraph, 0))) }
            start = end
        }
        // Read once: a static is a lazy global, checked on every access in the loop.
        let comma = Punctuation.comma, sentenceEnds = sentenceEnds
        while index < tokens.count {
            let token = tokens[index]
            if index > start {
                let previous = tokens[index - 1]
                let runsOn = (previous.kind == .word && !previous.isCapitalized) || previous.hash == comma
                let continues = runsOn && !token.isCapitalized && token.kind == .word
                if token.startsParagraph || (token.startsLine && !continues) {
                    close(index)
                } else if index - start >= maximumTokens {
                    close(index)
                }
            }
            if token.startsParagraph || index == 0 { paragraph += token.startsParagraph || index == 0 ? 1 : 0 }
            if token.kind == .punctuation, sentenceEnds.contains(token.hash) {
                var end = index + 1
                while end < tokens.count, tokens[end].kind == .punctuation,
                      closers.contains(tokens[end].hash) || sentenceEnds.contains(tokens[end].hash),
                      !tokens[end].startsLine {
                    end += 1
                }
                if end >= tokens.count {
                    index = end
                    continue
                }
                let next = tokens[end]
                let previous = index > 0 ? tokens[index - 1] : nil
                let afterAbbreviation = previous.map {
                    $0.kind == .word && abbreviations.contains($0.hash) && $0.end == token.start
                } ?? false
                let nextStarts = next.isCapitalized || next.kind == .number || next.kind == .punctuation
                    || next.startsLine
                if !afterAbbreviation && !isMiddleInitial(before: index, tokens) && nextStarts {
                    close(end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        close(tokens.count)
        return sentences
    }
}
