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
///   stands for the country of their office ("the British premier" speaks for the UK);
/// - `"@event"`: figures about the event itself (a toll, a crowd): the subject is the event;
/// - `"attended => present|absent"`, `"signed => true|false"`: the value when the clause
///   negates the cue ("did not formally attend"); a flag negates to its opposite without one,
///   and a negated category cue without one says nothing.
///
/// Every word of a cue matches its inflections ("sign" reads "signed", "signing"), and up to two
/// adverbs or negations may stand between its words ("did not formally endorse"), so adding a
/// synonym is a data change.
public struct AttributeCues: Sendable {
    public struct Cue: Sendable, Equatable {
        public var attribute: String
        /// Position of the attribute in the catalog, for bookkeeping without string keys.
        var slot = 0
        /// Nil for count and number attributes.
        public var value: ClaimValue?
        public var phrase: String
        /// The value when the clause negates the cue; nil: a negated cue says nothing.
        public var negatedValue: ClaimValue?
        /// The phrase negates itself ("refused to sign"): a negation around it is not read again.
        public var isNegative = false
    }

    public struct Match: Sendable {
        public var cue: Cue
        public var tokens: ClosedRange<Int>
    }

    private var table = PhraseTable<Cue>(insertable: Negation.insertable)
    /// Each cue's `slot`, by its position in `table`: matching compares slots without copying
    /// a cue (two strings and two values) per candidate.
    private var slots: [Int] = []
    /// Per attribute, the kinds of entity its claims are about (empty: any).
    public private(set) var subjectKinds: [String: Set<Entity.Kind>] = [:]
    /// Attributes whose claims are about the event itself (`@event`).
    public private(set) var eventSubjects: Set<String> = []
    /// Cues that could not be read (a value the attribute does not have), for a warning.
    public private(set) var problems: [String] = []

    public init(attributes: [Attribute]) {
        for (slot, attribute) in attributes.enumerated() {
            for text in attribute.cues {
                if text == "@event" {
                    eventSubjects.insert(attribute.id)
                    continue
                }
                if text.hasPrefix("@") {
                    if let kind = Entity.Kind(rawValue: String(text.dropFirst())) {
                        subjectKinds[attribute.id, default: []].insert(kind)
                    } else {
                        problems.append("attribute \"\(attribute.id)\": \"\(text)\" is not one of @person, @country, "
                                        + "@group, @organisation; it is ignored")
                    }
                    continue
                }
                guard var cue = Self.parse(text, attribute: attribute) else {
                    problems.append("attribute \"\(attribute.id)\": cue \"\(text)\" has a value that does not fit "
                                    + "the attribute; it is ignored")
                    continue
                }
                cue.slot = slot
                cue.isNegative = Negation.isNegative(cue.phrase)
                let before = table.count
                table.add(cue.phrase, value: cue, inflect: true)
                if table.count > before { slots.append(slot) }
            }
        }
    }

    static func parse(_ text: String, attribute: Attribute) -> Cue? {
        let parts = text.components(separatedBy: "=>")
        let phrase = parts[0].trimmingCharacters(in: .whitespaces)
        guard !phrase.isEmpty else { return nil }
        guard parts.count == 2 else {
            // A bare phrase: fine for quantities, and for open categories whose value the text
            // gives (an `event-date` cue such as "broke out" marks the clause holding the date);
            // a category with listed values or a flag needs its value.
            let open = attribute.kind == .category && attribute.values.isEmpty
            return attribute.isQuantity || open ? Cue(attribute: attribute.id, value: nil, phrase: phrase) : nil
        }
        let values = parts[1].components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard values.count <= 2 else { return nil }
        func value(_ text: String) -> ClaimValue? {
            switch attribute.kind {
            case .category:
                guard !text.isEmpty, attribute.values.isEmpty || attribute.categoryValue(text) != nil else {
                    return nil
                }
                return .category(text)
            case .flag:
                guard text == "true" || text == "false" else { return nil }
                return .flag(text == "true")
            case .count, .number:
                return nil
            }
        }
        guard let affirmed = value(values[0]) else { return nil }
        var cue = Cue(attribute: attribute.id, value: affirmed, phrase: phrase)
        if values.count == 2 {
            guard let negated = value(values[1]) else { return nil }
            cue.negatedValue = negated
        } else if case .flag(let flag) = affirmed {
            cue.negatedValue = .flag(!flag)
        }
        return cue
    }

    public var isEmpty: Bool { table.count == 0 }

    /// Every cue in `range`. At one starting word only the longest cue per attribute counts,
    /// and a cue inside a longer one of the same attribute is dropped ("attend" inside "did not
    /// attend").
    public func matches(in tokens: [Token], range: Range<Int>) -> [Match] {
        var found: [Match] = []
        for index in range {
            var cursor = table.candidates(tokens, at: index)
            guard cursor >= 0 else { continue }
            // Attributes already matched at this word are the matches added since `first`
            // (no array per word: this runs for every word that starts a cue). A cue is read
            // only once it is kept: most candidates lose to a longer cue of their attribute.
            let first = found.count
            while let next = table.nextMatch(tokens, at: index, limit: range.upperBound, cursor: &cursor) {
                let slot = slots[next.value]
                guard !found[first...].contains(where: { $0.cue.slot == slot }),
                      !isCovered(slot, at: index, by: found[..<first]),
                      !SurvivingThings.describesThing(tokens, index, next.last) else { continue }
                found.append(Match(cue: table.value(at: next.value), tokens: index...next.last))
            }
        }
        return found
    }

    /// Whether the last earlier match of attribute `slot` reaches `index`: a cue inside a longer
    /// one of the same attribute says nothing new. The matches of a sentence are few.
    private func isCovered(_ slot: Int, at index: Int, by earlier: ArraySlice<Match>) -> Bool {
        guard let last = earlier.last(where: { $0.cue.slot == slot }) else { return false }
        return index <= last.tokens.upperBound
    }
}
