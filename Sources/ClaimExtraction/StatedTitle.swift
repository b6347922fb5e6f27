/// The office of a person the registry holds no role for, read from how the news introduces
/// them: in apposition ("Ada Quill, the mayor of Lyon,", "Ada Quill, deputy for Nord,") or as an
/// organisation's officer ("Nordbank chief executive Ada Quill"). The value is the title as
/// written, as a slug ("mayor-of-lyon", "chief-executive-of-nordbank"). The description must end
/// in a title noun, so "the French politician Ada Quill", "a friend of Trump" or "Trump's
/// envoy" give none, and a former office ("the former mayor") is no office at all.
enum StatedTitle {
    /// Nouns that name an office when they end a description. Kept to offices: "politician",
    /// "activist" or "envoy" describe a person without giving a post.
    static let heads: WordSet = WordSet([
        "minister", "deputy", "mayor", "governor", "senator", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "chairman", "chairwoman", "chair", "president", "director", "executive", "commissioner", "ambassador", "judge",
        "prosecutor", "coach", "captain", "manager", "chancellor", "premier", "superintendent", "inspector", "leader",
        "head", "ceo", "cfo", "treasurer", "mp", "mep", "councillor", "councilor", "sheriff", "chief", "editor", "dean",
        "rector", "general", "admiral", "attorney", "solicitor", "speaker", "whip", "founder", "owner", "referee",
    ].map(WordHash.of))
    static let officerWord = WordHash.of("officer"), chiefWord = WordHash.of("chief")
    /// Whether the word at `index` ends a title: a head noun, or "officer" after "chief" ("chief
    /// executive officer", "chief financial officer"; a "police officer" is an occupation).
    static func isHead(_ index: Int, tokens: [Token], from first: Int) -> Bool {
        if heads.contains(tokens[index].hash) { return true }
        guard tokens[index].hash == officerWord else { return false }
        return (max(first, index - 2)..<index).contains { tokens[$0].hash == chiefWord }
    }
    static let links: WordSet = WordSet(["of", "for", "at"].map(WordHash.of))
    static let complementWords: WordSet = WordSet(["the", "and", "-", "of"].map(WordHash.of))
    static let articles: WordSet = WordSet(["the", "a", "an"].map(WordHash.of))

    /// The slug and span of a title in apposition after `mention`, or of an organisation's
    /// officer title right before it.
    static func title(of mention: EntityMention, mentions: [EntityMention], tokens: [Token], sentence: Range<Int>,
                      text: [UInt8]) -> (String, ClosedRange<Int>)? {
        apposition(after: mention, tokens: tokens, sentence: sentence, text: text)
            ?? officer(before: mention, mentions: mentions, tokens: tokens, sentence: sentence, text: text)
    }

    /// ", the deputy for Saint-Martin," / ", mayor of Lyon," / ", 61, the mayor of Lyon," closed by
    /// a comma or the sentence's end.
    static func apposition(after mention: EntityMention, tokens: [Token], sentence: Range<Int>,
                           text: [UInt8]) -> (String, ClosedRange<Int>)? {
        guard var index = OfficeReader.appositionComma(after: mention, tokens: tokens, sentence: sentence),
              index + 1 < sentence.upperBound else { return nil }
        index += 1
        if articles.contains(tokens[index].hash) { index += 1 }
        let first = index
        guard let head = headEnd(from: first, tokens: tokens, sentence: sentence) else { return nil }
        var end = head
        if head + 2 < sentence.upperBound, links.contains(tokens[head + 1].hash) {
            // The complement: capitalised words, "and" and "the" between them ("Saint-Martin
            // and Saint-Barthélemy"), at most eight tokens.
            var probe = head + 2
            var lastCapital: Int?
            while probe < sentence.upperBound, probe - head <= 9,
                  tokens[probe].isCapitalized || complementWords.contains(tokens[probe].hash) {
                if tokens[probe].isCapitalized { lastCapital = probe }
                probe += 1
            }
            guard let lastCapital else { return nil }
            end = lastCapital
        }
        let next = end + 1
        guard next >= sentence.upperBound || tokens[next].hash == Punctuation.comma
                || tokens[next].hash == Punctuation.fullStop else { return nil }
        return (slug(first...end, tokens: tokens, text: text), mention.tokens.lowerBound...end)
    }

    /// "Nordbank chief executive Ada Quill": an organisation's name, lowercase title words, the name.
    static func officer(before mention: EntityMention, mentions: [EntityMention], tokens: [Token], sentence: Range<Int>,
                        text: [UInt8]) -> (String, ClosedRange<Int>)? {
        let last = mention.tokens.lowerBound - 1
        guard last > sentence.lowerBound, isHead(last, tokens: tokens, from: sentence.lowerBound),
              !tokens[last].isCapitalized
        else { return nil }
        var first = last
        while first - 1 > sentence.lowerBound, last - first < 2, tokens[first - 1].kind == .word,
              !tokens[first - 1].isCapitalized, !complementWords.contains(tokens[first - 1].hash) {
            first -= 1
        }
        guard let organisation = mentions.first(where: {
                  $0.tokens.upperBound == first - 1 && $0.kind == .organisation
              }),
              !(first...last).contains(where: { OfficeReader.former.contains(tokens[$0].hash) }) else { return nil }
        let title = words(first...last, tokens: tokens, text: text) + " of "
            + words(organisation.tokens, tokens: tokens, text: text)
        return (Slug.make(title), organisation.tokens.lowerBound...mention.tokens.upperBound)
    }

    /// The last word of one to three lowercase words from `first` that end in a title noun.
    static func headEnd(from first: Int, tokens: [Token], sentence: Range<Int>) -> Int? {
        var index = first
        while index < sentence.upperBound, index - first < 3, tokens[index].kind == .word,
              !tokens[index].isCapitalized {
            if OfficeReader.former.contains(tokens[index].hash) { return nil }
            if heads.contains(tokens[index].hash) {
                // "the deputy head": the last title noun of the run ends it.
                let next = index + 1
                if next < sentence.upperBound, index + 1 - first < 3, isHead(next, tokens: tokens, from: first),
                   !tokens[next].isCapitalized {
                    return next
                }
                return index
            }
            index += 1
        }
        return nil
    }

    static func words(_ range: ClosedRange<Int>, tokens: [Token], text: [UInt8]) -> String {
        String(decoding: text[tokens[range.lowerBound].start..<tokens[range.upperBound].end], as: UTF8.self)
    }

    static func slug(_ range: ClosedRange<Int>, tokens: [Token], text: [UInt8]) -> String {
        Slug.make(words(range, tokens: tokens, text: text))
    }
}
