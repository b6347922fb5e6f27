import ClaimModel

/// "The record of 2:01:09 was set in Berlin in September 2022": a figure dated where the
/// article's own event cannot be, in a sentence naming another event on record by its place
/// or name, is that event's, whatever the series. Without a shared name the date alone says
/// too little ("in September" is no reason to jump to any September event).
extension EventResolver {
    /// Whether the sentence's capitalised words (`sentenceWords`) name the event `id`: a place
    /// or a word of its name.
    static func isNamed(_ id: String, by sentenceWords: Set<UInt64>, registry: ExtractionRegistry) -> Bool {
        guard let profile = registry.eventProfile(id), profile.hasWords else { return false }
        return sentenceWords.contains { profile.words.contains($0) }
    }
}
