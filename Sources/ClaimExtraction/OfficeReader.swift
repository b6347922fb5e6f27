import Foundation
import ClaimModel

/// A person's office as the article states it, as a claim of its own: "Premier Li Qiang",
/// "Police Commissioner Chris Tang", "Sébastien Lecornu, the defence minister", "India's prime
/// minister" (a role mention), "Senator Ada Quill". The value is the slug of the registry role
/// whose title or alias the text uses ("premier-of-china"), whether or not the registry says
/// the person held it that day: a report that gives someone the wrong office is what the rules
/// should see. A person the registry lacks gets an office only from a one-word title
/// ("senator"), the only slug the text fixes without a registry.
struct OfficeReader {
    /// One way the text may name a role: its words as hashes, and the role's slug.
    struct Form {
        var words: [UInt64]
        var slug: String
    }

    private var forms: [String: [Form]] = [:]

    static let bareTitles: [UInt64: String] = Dictionary(uniqueKeysWithValues: [
        "senator", "mayor", "governor", "congressman", "congresswoman", "sheriff", "judge", "councillor", "councilor",
    ].map { (WordHash.of($0), $0) })
    static let former: WordSet = WordSet(
        ["former", "ex", "then", "late", "outgoing", "ousted", "future", "incoming"].map(WordHash.of))
    static let fillers: WordSet = WordSet(["the", "'s", "a", "its", "his", "her"].map(WordHash.of))

    /// The ways `entity`'s roles are written: title, aliases, the title's head ("Premier" of
    /// "Premier of China") and its inversion ("Police Commissioner" for "Commissioner of Police").
    mutating func forms(of entity: Entity) -> [Form] {
        if let known = forms[entity.id] { return known }
        var result: [Form] = []
        for role in entity.roles {
            let slug = Slug.make(role.title)
            let title = role.title.components(separatedBy: " (").first ?? role.title
            // "Commissioner of Police (Hong Kong)" is written "Commissioner of Police".
            var phrases = [role.title, title] + role.aliases
            // "Secretary of State of Arcadia" is written "Secretary of State".
            if let last = title.range(of: " of ", options: .backwards),
               title.range(of: " of ")?.lowerBound != last.lowerBound {
                phrases.append(String(title[..<last.lowerBound]))
            }
            for separator in [" of ", " for "] {
                guard let range = title.range(of: separator) else { continue }
                let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
                phrases.append(head)
                let tailWords = tail.split(separator: " ").filter { $0.lowercased() != "the" }
                if tailWords.count <= 2 { phrases.append(tailWords.joined(separator: " ") + " " + head) }
            }
            for phrase in Set(phrases).sorted() {
                let words = Tokenizer.tokens(in: Array(phrase.utf8)).map(\.hash).filter { !Self.fillers.contains($0) }
                if !words.isEmpty { result.append(Form(words: words, slug: slug)) }
            }
        }
        // Longest first: "Vice-Premier" before "Premier", "Prime Minister" before "Minister".
        result.sort { $0.words.count > $1.words.count }
        forms[entity.id] = result
        return result
    }

    /// The office stated for `mention`, and the tokens that state it.
    mutating func office(of mention: EntityMention, registry: ExtractionRegistry, tokens: [Token],
                         sentence: Range<Int>,
                         around: (mentions: [EntityMention], text: [UInt8])) -> (String, ClosedRange<Int>)? {
        guard mention.kind == .person else { return nil }
        let start = mention.tokens.lowerBound
        // One lookup per mention: the forms are cached by id, the registry read once per person.
        let candidates: [Form]
        if let known = forms[mention.entityID] {
            candidates = known
        } else if let entity = registry.entities[mention.entityID] {
            candidates = forms(of: entity)
        } else {
            candidates = []
        }
        guard !candidates.isEmpty else {
            // A person without roles: a title the text states in apposition or as an
            // organisation's officer ("Ada Quill, the mayor of Lyon,"); for a new person also a
            // one-word title right before the name (the mention of a new name starts at its
            // title: "Senator Ada Quill").
            if let stated = StatedTitle.title(of: mention, mentions: around.mentions, tokens: tokens,
                                              sentence: sentence, text: around.text) { return stated }
            guard case .new = mention.form else { return nil }
            let title = Self.bareTitles[tokens[start].hash] != nil ? start : start - 1
            guard title >= sentence.lowerBound, let slug = Self.bareTitles[tokens[title].hash],
                  title - 1 < sentence.lowerBound || !Self.former.contains(tokens[title - 1].hash) else { return nil }
            return (slug, title...mention.tokens.upperBound)
        }
        // "Premier Li Qiang": a role read as one person's while another's name follows is that
        // other person's title.
        if case .role = mention.form, mention.tokens.upperBound + 1 < sentence.upperBound,
           tokens[mention.tokens.upperBound + 1].isCapitalized { return nil }
        // The mention may hold the title itself ("Acting President Choi Sang-mok" as one role
        // mention, or "India's prime minister").
        for form in candidates {
            if let end = Self.find(form.words, in: tokens, from: start, limit: mention.tokens.upperBound + 1),
               !Self.isFormer(tokens, before: start, sentence: sentence) {
                return (form.slug, start...max(end, mention.tokens.upperBound))
            }
        }
        // Before the name: "Premier Li Qiang", "Brazilian finance minister Fernando Haddad",
        // "Minister of the Interior Tor Haug" (a form without its "the").
        for form in candidates where start - form.words.count >= sentence.lowerBound {
            let latest = start - form.words.count
            for first in stride(from: latest, through: max(sentence.lowerBound, latest - Self.fillerReach), by: -1)
            where Self.end(of: form.words, tokens, at: first, limit: start) == start - 1 {
                guard !Self.isFormer(tokens, before: first, sentence: sentence) else { break }
                return (form.slug, first...mention.tokens.upperBound)
            }
        }
        // In apposition: "Sébastien Lecornu, the defence minister," / ", France's foreign minister"
        // / "Ada Quill, 61, the mayor of Lisvik,".
        guard var next = Self.appositionComma(after: mention, tokens: tokens, sentence: sentence) else { return nil }
        next += 1
        var skipped = 0
        while next < sentence.upperBound, skipped < 3,
              Self.fillers.contains(tokens[next].hash) || tokens[next].isCapitalized {
            for form in candidates {
                guard let end = Self.end(of: form.words, tokens, at: next, limit: sentence.upperBound) else { continue }
                guard !Self.former.contains(tokens[next].hash) else { return nil }
                return (form.slug, start...end)
            }
            next += 1
            skipped += 1
        }
        for form in candidates {
            if let end = Self.end(of: form.words, tokens, at: next, limit: sentence.upperBound) {
                return (form.slug, start...end)
            }
        }
        return nil
    }

    /// The comma that opens a description after `mention`: right after the name, or after the
    /// age the news puts first ("Ada Quill, 61, the mayor of Lisvik,").
    static func appositionComma(after mention: EntityMention, tokens: [Token], sentence: Range<Int>) -> Int? {
        let comma = mention.tokens.upperBound + 1
        guard comma < sentence.upperBound, tokens[comma].hash == Punctuation.comma else { return nil }
        let age = comma + 1, closing = comma + 2
        if closing < sentence.upperBound, tokens[age].kind == .number, tokens[age].end - tokens[age].start <= 3,
           tokens[closing].hash == Punctuation.comma {
            return closing
        }
        return comma
    }

    /// How many fillers the text may add to a form ("Minister of the Interior", "Secretary
    /// General of the CGT" for the forms without "the").
    static let fillerReach = 2

    /// The last token of `words` written from `index`, the text free to add a filler the form
    /// dropped ("of the CGT" for the form's "of CGT") but never to begin with one.
    static func end(of words: [UInt64], _ tokens: [Token], at index: Int, limit: Int) -> Int? {
        guard index >= 0, !words.isEmpty else { return nil }
        var position = index, added = 0
        for (offset, word) in words.enumerated() {
            while offset > 0, position < limit, tokens[position].hash != word, fillers.contains(tokens[position].hash),
                  added < fillerReach {
                position += 1
                added += 1
            }
            guard position < limit, position < tokens.count, tokens[position].hash == word else { return nil }
            position += 1
        }
        return position - 1
    }

    static func find(_ words: [UInt64], in tokens: [Token], from start: Int, limit: Int) -> Int? {
        var index = start
        while index + words.count <= limit {
            if let end = end(of: words, tokens, at: index, limit: limit) { return end }
            index += 1
        }
        return nil
    }

    static func isFormer(_ tokens: [Token], before index: Int, sentence: Range<Int>) -> Bool {
        (max(sentence.lowerBound, index - 2)..<index).contains { former.contains(tokens[$0].hash) }
    }
}
