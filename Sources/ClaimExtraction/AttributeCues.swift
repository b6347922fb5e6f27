import ClaimModel
import Foundation

/// The phrases that signal an attribute, read from `cues` in `attributes.json` so newsrooms
/// teach extraction new facts with data, not code.
///
/// A cue is a phrase, optionally with the value it implies and with gaps:
/// - `"took part"`: signals the attribute (counts take their number from the text);
/// - `"via video link => video-link"`: signals a category value;
/// - `"did not sign => false"`: signals a flag value;
/// - `"pledged ... troops"`: both parts in order, up to eight words apart;
/// - `"@person"`, `"@country"`, `"@group"`, `"@organisation"`: who the attribute is about.
///   Without one, any entity may be the subject; with `@country` but not `@person`, a person
///   stands for the country of their office ("the British premier" speaks for the UK).
public struct AttributeCues: Sendable {
    public struct Cue: Sendable, Equatable {
        public var attribute: String
        /// Position of the attribute in the catalog, for bookkeeping without string keys.
        var slot = 0
        /// Nil for count and number attributes.
        public var value: ClaimValue?
        public var phrase: String
    }

    public struct Match: Sendable {
        public var cue: Cue
        public var tokens: ClosedRange<Int>
    }

    private var table = PhraseTable<Cue>()
    /// Per attribute, the kinds of entity its claims are about (empty: any).
    public private(set) var subjectKinds: [String: Set<Entity.Kind>] = [:]
    /// Cues that could not be read (a value the attribute does not have), for a warning.
    public private(set) var problems: [String] = []

    public init(attributes: [Attribute]) {
        for (slot, attribute) in attributes.enumerated() {
            for text in attribute.cues {
                if text.hasPrefix("@") {
                    if let kind = Entity.Kind(rawValue: String(text.dropFirst())) {
                        subjectKinds[attribute.id, default: []].insert(kind)
                    } else {
                        problems.append("attribute \"\(attribute.id)\": \"\(text)\" is not one of @person, @country, @group, @organisation; it is ignored")
                    }
                    continue
                }
                guard var cue = Self.parse(text, attribute: attribute) else {
                    problems.append("attribute \"\(attribute.id)\": cue \"\(text)\" has a value that does not fit the attribute; it is ignored")
                    continue
                }
                cue.slot = slot
                table.add(cue.phrase, value: cue)
            }
        }
    }

    static func parse(_ text: String, attribute: Attribute) -> Cue? {
        let parts = text.components(separatedBy: "=>")
        let phrase = parts[0].trimmingCharacters(in: .whitespaces)
        guard !phrase.isEmpty else { return nil }
        guard parts.count == 2 else {
            // A bare phrase: fine for quantities; a category or flag needs its value.
            return attribute.isQuantity ? Cue(attribute: attribute.id, value: nil, phrase: phrase) : nil
        }
        let valueText = parts[1].trimmingCharacters(in: .whitespaces)
        switch attribute.kind {
        case .category:
            guard attribute.values.isEmpty || attribute.categoryValue(valueText) != nil else { return nil }
            return Cue(attribute: attribute.id, value: .category(valueText), phrase: phrase)
        case .flag:
            guard valueText == "true" || valueText == "false" else { return nil }
            return Cue(attribute: attribute.id, value: .flag(valueText == "true"), phrase: phrase)
        case .count, .number:
            return nil
        }
    }

    public var isEmpty: Bool { table.count == 0 }

    /// Every cue in `range`. At one starting word only the longest cue per attribute counts,
    /// and a cue inside a longer one of the same attribute is dropped ("attend" inside "did not
    /// attend").
    public func matches(in tokens: [Token], range: Range<Int>) -> [Match] {
        var found: [Match] = []
        var coveredUntil: [Int: Int] = [:]
        for index in range {
            let candidates = table.allMatches(tokens, at: index, limit: range.upperBound)
            if candidates.isEmpty { continue }
            var seen: [Int] = []
            for match in candidates {
                let slot = match.value.slot
                guard !seen.contains(slot) else { continue }
                if let until = coveredUntil[slot], index <= until { continue }
                seen.append(slot)
                found.append(Match(cue: match.value, tokens: match.tokens))
                coveredUntil[slot] = match.tokens.upperBound
            }
        }
        return found
    }
}
