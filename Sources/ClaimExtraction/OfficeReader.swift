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
        // Before the name: "Premier Li Qiang", "Brazilian finance minister Fernando Haddad".
        for form in candidates where start - form.words.count >= sentence.lowerBound {
            let first = start - form.words.count
            if Self.matches(form.words, tokens, at: first), !Self.isFormer(tokens, before: first, sentence: sentence) {
                return (form.slug, first...mention.tokens.upperBound)
            }
        }
        // In apposition: "Sébastien Lecornu, the defence minister," / ", France's foreign minister".
        var next = mention.tokens.upperBound + 1
        guard next < sentence.upperBound, tokens[next].hash == Punctuation.comma else { return nil }
        next += 1
        var skipped = 0
        while next < sentence.upperBound, skipped < 3,
              Self.fillers.contains(tokens[next].hash) || tokens[next].isCapitalized {
            if let form = candidates.first(where: { Self.matches($0.words, tokens, at: next) }) {
                guard !Self.former.contains(tokens[next].hash) else { return nil }
                return (form.slug, start...(next + form.words.count - 1))
            }
            next += 1
            skipped += 1
        }
        if let form = candidates.first(where: { Self.matches($0.words, tokens, at: next) }) {
            return (form.slug, start...(next + form.words.count - 1))
        }
        return nil
    }

    static func matches(_ words: [UInt64], _ tokens: [Token], at index: Int) -> Bool {
        guard index >= 0, index + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where tokens[index + offset].hash != word { return false }
        return true
    }

    static func find(_ words: [UInt64], in tokens: [Token], from start: Int, limit: Int) -> Int? {
        var index = start
        while index + words.count <= limit {
            if matches(words, tokens, at: index) { return index + words.count - 1 }
            index += 1
        }
        return nil
    }

    static func isFormer(_ tokens: [Token], before index: Int, sentence: Range<Int>) -> Bool {
        (max(sentence.lowerBound, index - 2)..<index).contains { former.contains(tokens[$0].hash) }
    }
}
