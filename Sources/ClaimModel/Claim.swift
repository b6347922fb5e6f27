/// Who is the source of a claim.
public enum Speaker: Sendable, Hashable {
    /// The outlet's own voice.
    case narrator
    /// An unnamed source ("a high-ranking official").
    case anonymous
    /// A person or organisation in the entity registry.
    case entity(String)

    public init(_ text: String) {
        switch text {
        case "narrator": self = .narrator
        case "anonymous": self = .anonymous
        default: self = .entity(text)
        }
    }

    /// The form used in claim files and reports.
    public var id: String {
        switch self {
        case .narrator: return "narrator"
        case .anonymous: return "anonymous"
        case .entity(let id): return id
        }
    }
}

/// One thing somebody said, recorded with where and when.
public struct Claim: Sendable, Equatable {
    /// Unique within the claim's source file.
    public var id: String
    public var sourceID: String
    public var subject: String
    public var attribute: String
    public var value: ClaimValue
    public var unit: String?
    public var speaker: Speaker
    public var attribution: Attribution
    public var modality: Modality
    /// The event the claim is about; nil for claims not tied to one.
    public var event: String?
    /// When it was said: the claim's own date, else the source's publication date.
    public var said: Day?
    /// The claim in plain words.
    public var statement: String
    public var evidence: Evidence
    /// Other places the same claim stands: repeated lines of the same article, and other
    /// articles carrying the same quotation in translation.
    public var alsoAt: [ClaimOccurrence]
    /// The claim this one translates ("sourceID#claimID"): two translations of one
    /// quotation are one claim.
    public var sameQuoteAs: String?
    /// The article states this figure as an explicit correction or revision ("revised down
    /// to 31", "not 33 as first reported"): it supersedes what was reported before it.
    public var correction: Bool
    /// The article states this as the n-th time ("the first summit X attended in person" is
    /// 1, "for the second time" is 2), to be checked against earlier events of the series.
    public var ordinal: Int?

    public init(id: String, sourceID: String, subject: String, attribute: String, value: ClaimValue,
                unit: String? = nil, speaker: Speaker = .narrator, attribution: Attribution = .narrator,
                modality: Modality = .asserted, event: String? = nil, said: Day? = nil, statement: String = "",
                evidence: Evidence, alsoAt: [ClaimOccurrence] = [], sameQuoteAs: String? = nil,
                correction: Bool = false, ordinal: Int? = nil) {
        self.id = id
        self.sourceID = sourceID
        self.subject = subject
        self.attribute = attribute
        self.value = value
        self.unit = unit
        self.speaker = speaker
        self.attribution = attribution
        self.modality = modality
        self.event = event
        self.said = said
        self.statement = statement
        self.evidence = evidence
        self.alsoAt = alsoAt
        self.sameQuoteAs = sameQuoteAs
        self.correction = correction
        self.ordinal = ordinal
    }

    /// Survives edits to the file: baselines and fingerprints are built from it, never from
    /// line numbers.
    public var stableID: String { "\(sourceID)#\(id)" }

    /// The source part of a stable id ("source#claim"): source ids hold no "#".
    public static func sourceID(ofStableID id: String) -> String { String(id.prefix { $0 != "#" }) }

    /// `lhs.stableID < rhs.stableID`, without building either string when both claims come
    /// from one source (the common case when sorting a million claims): with the prefix
    /// "source#" shared, the ids alone decide.
    public static func precedesInStableOrder(_ lhs: Claim, _ rhs: Claim) -> Bool {
        lhs.sourceID == rhs.sourceID ? lhs.id < rhs.id : lhs.stableID < rhs.stableID
    }
}

/// A further place where a claim stands.
public struct ClaimOccurrence: Sendable, Hashable {
    public var sourceID: String
    public var evidence: Evidence

    public init(sourceID: String, evidence: Evidence) {
        self.sourceID = sourceID
        self.evidence = evidence
    }
}
