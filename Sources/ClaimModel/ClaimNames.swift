/// Every name a claim set's things go by in a message or a report, and what stands in when
/// the registry has none: the entity's id, the source's id for its outlet, the attribute's id.
/// The one place those fallbacks are written, so a rule's message, the text, Markdown, HTML,
/// SARIF and JUnit reports and the timelines name a thing the same way. Built once per claim
/// set (the engine hands it to every rule's context, a report keeps one) and cheap to build:
/// it shares the claim set's registries, it copies none.
public struct ClaimNames: Sendable {
    /// What an event-less claim is about, in a message or a timeline heading.
    public static let noEvent = "no particular event"
    /// What a claim's date reads as when neither the claim nor its source has one.
    public static let undated = "undated"

    let claimSet: ClaimSet

    public init(_ claimSet: ClaimSet) { self.claimSet = claimSet }

    /// "Friedrich Merz", or the id of an entity the registry does not name.
    public func entity(_ id: String) -> String { claimSet.entities[id]?.name ?? id }

    /// "AFP", or the id of a source the registry does not hold.
    public func outlet(ofSource id: String) -> String { claimSet.sources[id]?.outlet ?? id }

    /// "Attendance" as the vocabulary spells it, or the id of an attribute it does not hold.
    public func attribute(_ id: String) -> String { claimSet.attributes[id]?.name ?? id }

    /// "attendance": the attribute inside a sentence.
    public func attributeInMessage(_ id: String) -> String { attribute(id).lowercased() }

    /// "the Paris summit (4 Sep 2025)"
    public func event(_ event: Event) -> String { "\(event.name) (\(event.start.humanDescription))" }

    /// An event by id: `noEvent` for none, the id for one the registry does not hold.
    public func event(id: String?) -> String {
        guard let id else { return Self.noEvent }
        return claimSet.events[id].map(event(_:)) ?? id
    }

    /// "Emmanuel Macron", the outlet for its own voice, "an anonymous source".
    public func speaker(_ claim: Claim) -> String {
        switch claim.speaker {
        case .narrator: return outlet(ofSource: claim.sourceID)
        case .anonymous: return "an anonymous source"
        case .entity(let id): return entity(id)
        }
    }

    /// "Emmanuel Macron (AFP)": who said it and where it was published; the outlet alone for
    /// its own voice.
    public func attributed(_ claim: Claim) -> String {
        let outlet = outlet(ofSource: claim.sourceID)
        return claim.speaker == .narrator ? outlet : "\(speaker(claim)) (\(outlet))"
    }

    /// "26 countries", or a category value's label ("in person").
    public func value(_ claim: Claim) -> String {
        if case .category(let id) = claim.value,
           let label = claimSet.attributes[claim.attribute]?.categoryValue(id)?.label {
            return label
        }
        return claim.value.humanDescription(unit: claim.unit)
    }

    /// "4 Sep 2025", the day the claim was made (or its source published), or "undated".
    public func date(of claim: Claim) -> String {
        claimSet.effectiveDate(of: claim)?.humanDescription ?? Self.undated
    }

    /// "Friedrich Merz · attendance · the Paris summit (4 Sep 2025)", the phrase most
    /// messages start from.
    public func topic(subject: String, attribute: String, event: String?) -> String {
        "\(entity(subject)) · \(attributeInMessage(attribute)) · \(self.event(id: event))"
    }

    /// "Friedrich Merz · Attendance", a timeline's title.
    public func heading(subject: String, attribute: String) -> String {
        "\(entity(subject)) · \(self.attribute(attribute))"
    }
}
