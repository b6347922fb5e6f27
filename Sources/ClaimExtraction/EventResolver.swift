import ClaimModel

/// Decides which event a sentence is about, against the registry's events and the events
/// extraction created: by kind ("talks" is a meeting, "video conference" a call), by the
/// proper names around it (place, participants) and by date (the article's, or the one the
/// sentence gives). A mention nothing matches becomes a new event, named from the text and
/// dated from the article, so coverage of any story works without editing the registry.
public struct EventResolver: Sendable {
    let published: Day?

    public init(published: Day?) {
        self.published = published
    }

    struct Profile {
        var kind: EventKind?
        var words: Set<String>
    }

    static func profile(_ event: Event) -> Profile {
        var words: Set<String> = []
        let text = event.name + " " + (event.place ?? "")
        let tokens = Tokenizer.tokens(in: Array(text.utf8))
        let bytes = Array(text.utf8)
        for token in tokens where token.kind == .word && token.isCapitalized {
            words.insert(String(decoding: bytes[token.start..<token.end], as: UTF8.self).lowercased())
        }
        return Profile(kind: EventKind.of(name: event.name), words: words)
    }

    /// The best event for `mention` (or, without one, for the date `cue` alone).
    /// `sentenceWords` are the sentence's capitalised words, lower-cased; `preferredSeries`
    /// breaks ties toward the article's main event's series.
    func resolve(mention: EventMention?, cue: DateCues.Cue?, sentenceWords: Set<String>, registry: ExtractionRegistry,
                 preferredSeries: String?) -> String? {
        var best: (score: Int, distance: Int, id: String)?
        for event in registry.events {
            let profile = Self.profile(event)
            var score = 0
            if let mention {
                guard let kind = profile.kind, kind == mention.kind else { continue }
                score += 2
            }
            var placeScore = 0
            if let mention {
                for (index, word) in mention.properWords.enumerated() where profile.words.contains(word) {
                    placeScore += index < mention.namingWords ? 2 : 1
                }
                placeScore = min(placeScore, 4)
            }
            placeScore += min(2, sentenceWords.filter(profile.words.contains).count)
            let last = event.end ?? event.start
            if let cue {
                guard !(last < cue.from) && !(cue.to < event.start) else { continue }
                score += 3
            } else if let published {
                let gap = DayArithmetic.ordinal(event.start) - DayArithmetic.ordinal(published)
                let endGap = DayArithmetic.ordinal(last) - DayArithmetic.ordinal(published)
                if gap <= 0 && endGap >= 0 { score += 3 } else if abs(gap) <= 3 { score += 1 } else if placeScore == 0 { continue }
            } else if placeScore == 0 {
                continue
            }
            if mention == nil && cue != nil && placeScore == 0 {
                // A date alone: an event of the main event's series, when there is one.
                if let preferredSeries, event.series == preferredSeries { score += 2 }
            }
            score += placeScore
            if mention != nil && placeScore == 0 && score < 4 { continue }
            let distance = published.map { abs(DayArithmetic.ordinal(event.start) - DayArithmetic.ordinal($0)) } ?? 0
            if best == nil || score > best!.score || (score == best!.score && (distance, event.id) < (best!.distance, best!.id)) {
                best = (score, distance, event.id)
            }
        }
        return best?.id
    }

    /// A new event for a mention nothing matched: "Harbour Street warehouse fire", dated by the
    /// sentence's date cue or the article's date. The id joins name and date, so two articles
    /// naming the same fire the same way meet even in separate runs.
    func create(mention: EventMention, cue: DateCues.Cue?, tokens: [Token], text: [UInt8], registry: inout ExtractionRegistry) -> String? {
        guard let day = cue?.from ?? published else { return nil }
        let name = mention.name(text: text, tokens: tokens)
        let id = Slug.make(name) + "-" + day.description
        guard Identifier.isValid(id) else { return nil }
        let place = mention.properWords.isEmpty ? nil : mention.properWords.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return registry.addEvent(Event(id: id, name: name.prefix(1).uppercased() + name.dropFirst(), start: day, end: day, place: place))
    }
}
