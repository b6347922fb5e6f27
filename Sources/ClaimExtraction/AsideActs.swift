import ClaimModel

/// What a relative clause says about the person it describes: "Elon Musk, who was connected by
/// video, ..." is Musk's attendance; "Ada Quill, who resigned on Monday, ..." is her act. The
/// clause is set aside for everything else (its names are nobody's subject), so only its
/// person cues (attendance, acts) are read, and only for the name right before its comma.
extension ClaimExtractor {
    static let who = WordHash.of("who")

    mutating func asideDrafts(_ context: ClauseContext) -> [Draft] {
        var drafts: [Draft] = []
        let tokens = context.tokens
        for aside in context.clause.asides where aside.count > 2 && tokens[aside.lowerBound + 1].hash == Self.who {
            guard let person = context.fact.mentions.first(where: {
                $0.kind == .person && $0.tokens.upperBound == aside.lowerBound - 1
            }) else { continue }
            let range = (aside.lowerBound + 1)..<aside.upperBound
            // An aside that names an event of its own ("Lula, who hosts the climate conference in
            // November,") tells background, often with no date to place it: no claim.
            if context.fact.events.contains(where: { range.contains($0.mention.tokens.lowerBound) }) { continue }
            // "X, who resigned in 2019,", "who attended last year's talks": background, not this event.
            if AttendanceWording.namesAnotherOccasion(tokens, range, text: context.text, published: currentPublished) {
                continue
            }
            var byAttribute: [String: [AttributeCues.Match]] = [:]
            for match in registry.cues.matches(in: tokens, range: range) where match.cue.value != nil {
                byAttribute[match.cue.attribute, default: []].append(match)
            }
            for attributeID in byAttribute.keys.sorted() {
                guard let attribute = registry.attributes[attributeID], let matches = byAttribute[attributeID],
                      registry.cues.subjectKinds[attribute.id]?.contains(.person) == true else { continue }
                // "who joined by video link": the most specific cue, as in a main clause.
                let match = bestMatch(matches, for: person.tokens, attribute: attribute)
                guard var value = match.cue.value, value != .category("represented") else { continue }
                if attribute.id == AttendanceWording.attendanceID,
                   AttendanceWording.isHostNoun(match, tokens: tokens, clause: range)
                    || AttendanceWording.isToldByPhone(match, tokens: tokens, clause: range) {
                    continue
                }
                if !match.cue.isNegative && Negation.denies(tokens, cue: match.tokens, clause: range) {
                    guard let negated = match.cue.negatedValue else { continue }
                    value = negated
                }
                let modality = ModalityCues.modality(tokens: tokens, clause: range, cue: match.tokens, subject: nil)
                let inQuote = context.quotes[match.tokens.lowerBound] != 0
                let (speaker, attribution) = self.attribution(context.fact.voice, inQuote: inQuote)
                let event = self.event(near: match.tokens, context)
                drafts.append(Draft(subject: subjectID(person), attribute: attribute.id, value: value, unit: nil,
                                    speaker: speaker, attribution: attribution, modality: modality, event: event,
                                    anchor: person.tokens.lowerBound...match.tokens.upperBound))
            }
        }
        return drafts
    }
}
