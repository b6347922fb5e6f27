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

    /// What resolution compares of an event, computed once per event: its kind, the
    /// capitalised words of its name and place, and its days as numbers.
    struct Profile: Sendable {
        var kind: EventKind?
        var words: WordSet
        var first: Int
        var last: Int
    }

    static func profile(_ event: Event) -> Profile {
        let text = event.name + " " + (event.place ?? "")
        let words = WordSet(Tokenizer.tokens(in: Array(text.utf8)).filter { $0.kind == .word && $0.isCapitalized }.map(\.hash))
        return Profile(kind: EventKind.of(name: event.name), words: words, first: event.start.dayNumber,
                       last: (event.end ?? event.start).dayNumber)
    }

    /// The best event for `mention` (or, without one, for the date `cue` alone).
    /// `sentenceWords` are the sentence's capitalised words, lower-cased; `preferredSeries`
    /// breaks ties toward the article's main event's series.
    func resolve(mention: EventMention?, cue: DateCues.Cue?, sentenceWords: Set<UInt64>, registry: ExtractionRegistry,
                 preferredSeries: String?) -> String? {
        var best: (score: Int, distance: Int, index: Int)?
        let cueFrom = cue.map { $0.from.dayNumber }, cueTo = cue.map { $0.to.dayNumber }
        let day = published.map(\.dayNumber)
        // Read the profiles in place: copying one per event and mention retained its word set
        // each time, which showed up as a few per cent of extraction.
        registry.eventProfiles.withUnsafeBufferPointer { profiles in
            for index in profiles.indices {
                var score = 0
                if let mention {
                    guard let kind = profiles[index].kind, kind == mention.kind else { continue }
                    score += 2
                }
                var placeScore = 0
                if let mention {
                    for (position, word) in mention.properHashes.enumerated() where profiles[index].words.contains(word) {
                        placeScore += position < mention.namingWords ? 2 : 1
                    }
                    placeScore = min(placeScore, 4)
                }
                var shared = 0
                for word in sentenceWords where profiles[index].words.contains(word) { shared += 1; if shared == 2 { break } }
                placeScore += shared
                if let cueFrom, let cueTo {
                    guard profiles[index].last >= cueFrom && profiles[index].first <= cueTo else { continue }
                    score += 3
                } else if let day {
                    let gap = profiles[index].first - day
                    if gap <= 0 && profiles[index].last >= day { score += 3 } else if abs(gap) <= 3 { score += 1 } else if placeScore == 0 { continue }
                } else if placeScore == 0 {
                    continue
                }
                if mention == nil && cue != nil && placeScore == 0 {
                    // A date alone: an event of the main event's series, when there is one.
                    if let preferredSeries, registry.events[index].series == preferredSeries { score += 2 }
                }
                score += placeScore
                if mention != nil && placeScore == 0 && score < 4 { continue }
                let distance = day.map { abs(profiles[index].first - $0) } ?? 0
                if let current = best {
                    guard score > current.score || (score == current.score && (distance < current.distance
                            || (distance == current.distance && registry.events[index].id < registry.events[current.index].id))) else { continue }
                }
                best = (score, distance, index)
            }
        }
        return best.map { registry.events[$0.index].id }
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
