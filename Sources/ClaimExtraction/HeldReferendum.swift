import ClaimModel

/// A referendum the opening reports as held ("Voters in Tannen rejected the reform in a
/// referendum on Sunday") is the article's event even when the registry lacks it. Votes never
/// make an event on their own (`EventKind.isNewsworthyOnItsOwn`: "vote" is too often one only
/// talked of), so an unregistered referendum's turnout and shares were dropped with "no event
/// for this figure" (issue 13). Only the word "referendum" (or "plebiscite") with a verb of its
/// outcome in the sentence, nothing in it that makes the vote one to come or one only asked
/// for, and no date of its own before the article's weeks or after its day.
enum HeldReferendum {
    static let names: WordSet = WordSet(["referendum", "referendums", "referenda", "plebiscite"].map(WordHash.of))
    /// Verbs of a vote that took place: its voters' choice or its result.
    static let outcomes: WordSet = WordSet([
        "voted", "rejected", "approved", "backed", "endorsed", "passed", "won", "lost", "defeated", "chose",
        "opted", "ratified", "turned", "said", "held", "failed", "carried",
    ].map(WordHash.of))
    /// Words that make the referendum one to come, wanted or imagined.
    static let unheld: WordSet = WordSet([
        "will", "would", "could", "should", "may", "might", "shall", "plans", "planned", "plan", "proposed",
        "proposes", "propose", "call", "calls", "calling", "demand", "demands", "demanded", "demanding", "seek",
        "seeks", "sought", "promised", "promises", "pledged", "upcoming", "forthcoming", "next", "future",
        "possible", "second", "another", "if", "whether", "ahead", "hold", "holding", "agreed", "agree", "wants",
    ].map(WordHash.of))
    /// "Said" only reads as the vote's outcome as "said no" or "said yes".
    static let said = WordHash.of("said"), yes = WordHash.of("yes"), no = WordHash.of("no")

    /// Whether `mention` in the sentence `range` names a referendum held, dated by `cue` if any.
    static func isHeld(_ mention: EventMention, cue: DateCues.Cue?, sentence range: Range<Int>, tokens: [Token],
                       published: Day?) -> Bool {
        guard mention.kind == .election, mention.tokens.contains(where: { names.contains(tokens[$0].hash) })
        else { return false }
        if let cue {
            guard let published, cue.to <= published,
                  cue.to.dayNumber >= published.dayNumber - EventWindow.aftermath else { return false }
        }
        var hasOutcome = false
        for index in range where tokens[index].kind == .word {
            let hash = tokens[index].hash
            // "the vote to leave" is no vote to come: only words before the referendum count.
            if unheld.contains(hash), index < mention.tokens.lowerBound { return false }
            guard outcomes.contains(hash) else { continue }
            if hash == said {
                let next = index + 1 < range.upperBound ? tokens[index + 1].hash : 0
                if next == yes || next == no { hasOutcome = true }
            } else {
                hasOutcome = true
            }
        }
        return hasOutcome
    }

    /// Whether `id` is a referendum (one this type named "Tannen referendum") of another country
    /// than those the opening `facts` name: one Sunday's referendums in Tannen and in Ostmark are
    /// two events, and the opening's later "the vote" in a sentence naming no country is still
    /// Ostmark's.
    static func isOtherCountrys<Facts: Sequence>(_ id: String, facts: Facts, registry: ExtractionRegistry) -> Bool
    where Facts.Element == ClaimExtractor.SentenceFacts {
        // By name, not `isCreated`: a registered referendum of another country is no match either.
        // Read per claim, so no lower-casing copy of the name.
        guard let event = registry.event(id), let place = event.place,
              event.name.hasSuffix("referendum") || event.name.hasSuffix("Referendum") else { return false }
        let countries = facts.flatMap(\.mentions).filter { $0.kind == .country && !$0.isDemonym }
            .compactMap { registry.entities[$0.entityID]?.name }
        return !countries.isEmpty && !countries.contains(place)
    }
}
