import ClaimModel

/// Whom a lasting incident is about, for a mention that names nobody: "the strike began at
/// 12:01 a.m. last Friday" in an article whose lede says "33,000 Boeing machinists walked off
/// the job". Real coverage names a strike by its employer or union and the workers ("the Boeing
/// machinists' strike", "the UAW strike", "the Canada Post strike"), and an outage, a standoff
/// or a wildfire by its place ("the Jackson water outage", "the Trenton standoff"). The name
/// made from the bare kind word, "Strike", matched nothing another article said, so an article
/// naming the employer never met the event, and the proposal in `events.json` told a curator
/// nothing (issue 13).
enum IncidentName {
    /// The words the event is named by, as `EventMention.properWords` holds them, and their hashes;
    /// `modifier` is the people noun after an organisation ("machinists" of "Boeing machinists").
    struct Actor: Equatable {
        var words: [String]
        var hashes: [UInt64]
        var modifier: String?
    }

    /// The actor of `mention` (in the sentence `own`), else of the lede `lede`: an organisation
    /// named before the kind word in its own sentence, then the lede's first organisation, then
    /// any organisation of its own sentence; for an incident other than a strike, the lede's
    /// dateline place first.
    static func actor(of mention: EventMention, own: ClaimExtractor.SentenceFacts,
                      lede: ClaimExtractor.SentenceFacts?, tokens: [Token], text: [UInt8]) -> Actor? {
        func organisation(_ fact: ClaimExtractor.SentenceFacts?, before: Int?) -> Actor? {
            guard let fact else { return nil }
            let found = fact.mentions.first { entity in
                entity.kind == .organisation && before.map { entity.tokens.upperBound < $0 } ?? true
                    && entity.tokens.allSatisfy { tokens[$0].kind != .word || tokens[$0].isCapitalized
                        || NewName.stopWords.contains(tokens[$0].hash) }
            }
            return found.map { words(of: $0.tokens, tokens: tokens, text: text) }
        }
        if mention.kind != .strike, let lede, let place = datelinePlace(lede, tokens: tokens, text: text) {
            return place
        }
        return organisation(own, before: mention.tokens.lowerBound)
            ?? lede.flatMap { peopleGroup($0.sentence.tokens, tokens: tokens, text: text) }
            ?? organisation(lede, before: nil)
            ?? peopleGroup(own.sentence.tokens, tokens: tokens, text: text) ?? organisation(own, before: nil)
    }

    /// "Halden Steel machinists", "Tarnby dockers": capitalised words right before a people noun
    /// name the employer or the place whose workers strike, registered or not.
    static func peopleGroup(_ range: Range<Int>, tokens: [Token], text: [UInt8]) -> Actor? {
        for index in range.dropFirst() where tokens[index].kind == .word && !tokens[index].isCapitalized
            && tokens[index - 1].isCapitalized && isPeopleNoun(text[tokens[index].start..<tokens[index].end]) {
            var first = index - 1
            while first > range.lowerBound, index - first < 3, tokens[first - 1].kind == .word,
                  tokens[first - 1].isCapitalized, !NewName.stopWords.contains(tokens[first - 1].hash) { first -= 1 }
            guard !NewName.stopWords.contains(tokens[first].hash) else { continue }
            return words(of: first...(index - 1), tokens: tokens, text: text)
        }
        return nil
    }

    /// The capitalised words of `span`, and a people noun right after it.
    static func words(of span: ClosedRange<Int>, tokens: [Token], text: [UInt8]) -> Actor {
        var actor = Actor(words: [], hashes: [])
        for index in span where tokens[index].kind == .word && tokens[index].isCapitalized {
            actor.words.append(String(decoding: text[tokens[index].start..<tokens[index].end], as: UTF8.self)
                .lowercased())
            actor.hashes.append(tokens[index].hash)
        }
        let next = span.upperBound + 1
        if next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized,
           isPeopleNoun(text[tokens[next].start..<tokens[next].end]) {
            actor.modifier = String(decoding: text[tokens[next].start..<tokens[next].end], as: UTF8.self)
        }
        return actor
    }

    /// "machinists", "workers", "doctors": a plural noun of people (`PeopleNouns`).
    static func isPeopleNoun(_ word: ArraySlice<UInt8>) -> Bool { PeopleNouns.namesGroup(word) }

    /// "TOLVIK, Norway --": the dateline's first name, the place an outage or standoff is named by.
    static func datelinePlace(_ lede: ClaimExtractor.SentenceFacts, tokens: [Token], text: [UInt8]) -> Actor? {
        // "JACKSON, Miss. --": the state's abbreviation ends a sentence of its own, so the
        // dateline is looked for across the lede's first words, not inside its first sentence.
        let start = lede.sentence.tokens.lowerBound
        guard let dateline = ClaimExtractor.dateline(tokens, start..<min(tokens.count, start + 12), text: text).first
        else { return nil }
        // The place is the dateline's words in capitals ("[Translated ...] VALENCIA --"), else its
        // first capitalised words ("Tolvik, Norway --").
        let first = dateline.first { isUpperCase(tokens[$0], text) } ?? dateline.lowerBound
        let shouted = isUpperCase(tokens[first], text)
        var end = first
        while end < dateline.upperBound, tokens[end].kind == .word, tokens[end].isCapitalized,
              !shouted || isUpperCase(tokens[end], text) { end += 1 }
        guard end > first, end - first <= 3 else { return nil }
        var actor = words(of: first...(end - 1), tokens: tokens, text: text)
        actor.modifier = nil
        return actor
    }

    /// "VALENCIA", "TOLVIK": a word of two or more letters, all capitals.
    static func isUpperCase(_ token: Token, _ text: [UInt8]) -> Bool {
        guard token.kind == .word, token.end - token.start >= 2 else { return false }
        return text[token.start..<token.end].allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }
    }
}
