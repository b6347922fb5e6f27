/// The people taking part in a protest are its crowd: "some 11,000 participants" and "50,000
/// people attended" count a rally's crowd, which the vocabulary keeps as `crowd-size` (with who
/// gave the estimate), while at a summit or a race they stay participants.
extension ClaimExtractor {
    static let participantCountID = "participant-count", crowdSizeID = "crowd-size"

    /// The attribute a count of participants in `event` belongs to.
    func participantAttribute(for event: String?) -> String {
        guard registry.attributes[Self.crowdSizeID] != nil, let event, let record = registry.event(event) else {
            return Self.participantCountID
        }
        let tokens = Tokenizer.tokens(in: Array(record.name.utf8))
        for index in tokens.indices where EventKind.table.match(tokens, at: index)?.value == .protest {
            return Self.crowdSizeID
        }
        return Self.participantCountID
    }
}
