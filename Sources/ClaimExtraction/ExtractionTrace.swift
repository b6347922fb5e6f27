/// The per-sentence account behind `extract --explain`: what the sentence held (cues, names,
/// dates, the voice it is in) and what became of it (the claims it gave, the figures it could
/// not place and why), so a curator sees what the tool saw.
extension ClaimExtractor {
    func explanation(_ fact: SentenceFacts, article: Article, tokens: [Token], drafts: ArraySlice<Draft>,
                     unplaced: ArraySlice<UnplacedFigure>) -> [String] {
        let range = fact.sentence.tokens
        guard let first = range.first else { return [] }
        let text = article.text.bytes
        let line = article.text.line(at: tokens[first].start)
        let opening = Self.words(range.lowerBound...min(range.upperBound - 1, range.lowerBound + 11), tokens, text)
        var lines = ["line \(line): \(opening)…"]
        if fact.clauses.isEmpty && drafts.isEmpty {
            lines[0] += " — skipped: no cue, number, event or person"
            return lines
        }
        if !fact.cues.isEmpty {
            lines.append("  cues: "
                         + fact.cues.map { "\"\($0.cue.phrase)\" (\($0.cue.attribute))" }.joined(separator: ", "))
        }
        if !fact.mentions.isEmpty {
            lines.append("  names: " + fact.mentions.map { "\(Self.words($0.tokens, tokens, text)) = \($0.entityID)" }
                .joined(separator: ", "))
        }
        if let voice = fact.voice { lines.append("  voice: \(voice.speaker.id)") }
        for draft in drafts {
            lines.append("  kept: \(draft.subject) \(draft.attribute) \(draft.value.humanDescription(unit: draft.unit))"
                         + " @ \(draft.event ?? "-") [\(draft.modality.rawValue)] "
                         + "from \"\(Self.words(draft.anchor, tokens, text))\"")
        }
        for figure in unplaced { lines.append("  dropped: \"\(figure.text)\": \(figure.reason)") }
        if drafts.isEmpty && unplaced.isEmpty { lines.append("  no claim: the cues found no subject or value here") }
        return lines
    }

    static func words(_ range: ClosedRange<Int>, _ tokens: [Token], _ text: [UInt8]) -> String {
        String(decoding: text[tokens[range.lowerBound].start..<tokens[range.upperBound].end], as: UTF8.self)
    }
}
