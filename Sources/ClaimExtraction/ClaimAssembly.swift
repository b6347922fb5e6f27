import ClaimModel

/// The last steps of extraction: a later figure supersedes an earlier one in the same
/// article, a claim repeated (a duplicated paragraph) becomes one claim with `alsoAt`, and
/// drafts become claims with ids, statements and evidence spans.
extension ClaimExtractor {
    /// Splits drafts into those kept and those a later figure superseded. Quantities of the
    /// same subject, attribute, event and unit are read in text order: the earlier one goes
    /// when the later is marked as an update ("has risen to", "is now"), the earlier as an
    /// initial figure ("initially reported"), or the earlier was only a floor the later
    /// figure meets ("at least 120", then 131). An initial figure after a current one of
    /// another value ("its first statement had listed 296") goes as well, with no note.
    func supersede(_ drafts: [Draft]) -> (kept: [Draft], dropped: [Draft]) {
        // One pass, key by key (`SupersedeScan`); comparing each draft with every earlier one
        // was quadratic in the article.
        var scan = SupersedeScan()
        for (index, draft) in drafts.enumerated() {
            guard case .quantity(let value) = draft.value else { continue }
            let tolerance = registry.attributes[draft.attribute]?.tolerance ?? Tolerance()
            scan.add(index, key: SupersedeScan.Key(subject: draft.subject, attribute: draft.attribute,
                                                   event: draft.event, unit: draft.unit),
                     value: value, lower: value.interval(tolerance: tolerance, isCount: true).lower,
                     isUpdate: draft.isUpdate, isInitial: draft.isInitial)
        }
        let dropped = scan.dropped
        let notes = scan.notes.mapValues { "updates the earlier figure of \($0.humanDescription)" }
        var kept: [Draft] = []
        var gone: [Draft] = []
        for (index, draft) in drafts.enumerated() {
            var draft = draft
            draft.note = notes[index]
            if dropped.contains(index) { gone.append(draft) } else { kept.append(draft) }
        }
        return (kept, gone)
    }

    /// One draft per distinct claim, in order of first appearance; later copies (a repeated
    /// paragraph) become `repeats`, so a repeat after an update does not revive the old figure.
    func mergeRepeats(_ drafts: [Draft]) -> [Draft] {
        var merged: [Draft] = []
        var position: [DraftKey: Int] = [:]
        for draft in drafts {
            if let index = position[draft.key] {
                merged[index].repeats.append(draft.anchor)
                merged[index].isUpdate = merged[index].isUpdate || draft.isUpdate
            } else {
                position[draft.key] = merged.count
                merged.append(draft)
            }
        }
        return merged
    }

    func makeSource(_ article: Article) -> Source {
        let stem = article.fileName.split(separator: ".").dropLast().joined(separator: ".")
        var id = Slug.make(stem.isEmpty ? article.fileName : stem)
        if id.isEmpty { id = "article" }
        return Source(id: id, outlet: article.metadata.outlet ?? "unknown outlet", title: article.metadata.title,
                      published: article.metadata.published, language: article.metadata.language ?? "en",
                      file: article.fileName, url: article.metadata.url,
                      note: "Extracted by claimcheck extract; check the claims against the article "
                            + "before relying on them.")
    }

    /// Claims from drafts, with repeats as `alsoAt` lines.
    func finalClaims(_ drafts: [Draft], article: Article, tokens: [Token], source: Source,
                     idPrefix: String = "") -> [Claim] {
        var usedIDs: [String: Int] = [:]
        return drafts.map { draft in
            let evidence = self.evidence(draft.anchor, article: article, tokens: tokens)
            var lines: [Int] = []
            for anchor in draft.repeats {
                let line = self.evidence(anchor, article: article, tokens: tokens).line
                if line != evidence.line && !lines.contains(line) { lines.append(line) }
            }
            // Both parts are ids already, so their join is one too.
            let base = idPrefix + draft.subject + "-" + draft.attribute
            usedIDs[base, default: 0] += 1
            let id = usedIDs[base]! == 1 ? base : "\(base)-\(usedIDs[base]!)"
            let alsoAt = lines.map {
                ClaimOccurrence(sourceID: source.id, evidence: Evidence(file: article.fileName, line: $0))
            }
            return Claim(id: id, sourceID: source.id, subject: draft.subject, attribute: draft.attribute,
                         value: draft.value, unit: draft.unit, speaker: draft.speaker, attribution: draft.attribution,
                         modality: draft.modality, event: draft.event, said: draft.said ?? source.published,
                         statement: statement(draft), evidence: evidence, alsoAt: alsoAt)
        }
    }

    /// Where the draft stands: the line of its first token and the span it covers on that line.
    func evidence(_ anchor: ClosedRange<Int>, article: Article, tokens: [Token]) -> Evidence {
        let text = article.text
        let start = tokens[anchor.lowerBound].start
        let line = text.line(at: start)
        let end = min(tokens[anchor.upperBound].end, text.lineEnd(line))
        let from = text.column(of: start, line: line)
        let to = max(from, text.column(of: end, line: line))
        return Evidence(file: article.fileName, line: line, span: from..<to)
    }

    /// The claim in plain words, built from its parts (extraction never copies the article's
    /// sentences into claim files): "Keir Starmer: attendance video link, per the outlet".
    func statement(_ draft: Draft) -> String {
        var text = registry.name(of: draft.subject) ?? draft.subject
        text += ": "
        text += registry.attributeWords[draft.attribute] ?? draft.attribute
        text += " "
        text += draft.value.humanDescription(unit: draft.unit)
        switch draft.modality {
        case .asserted: break
        case .expected: text += " (expected)"
        case .hedged: text += " (hedged)"
        }
        switch draft.speaker {
        case .narrator: break
        case .anonymous: text += ", per an unnamed source"
        case .entity(let id): text += ", per \(registry.name(of: id) ?? id)"
        }
        if let note = draft.note { text += "; \(note)" }
        return text + "."
    }
}
