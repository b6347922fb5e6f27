import ClaimModel

/// Which pairs of speakers a pairwise rule compares.
public enum SpeakerPairing: Sendable {
    /// One speaker against themself (speaker inconsistency).
    case sameSpeaker
    /// Different speakers (count, category and flag conflicts): a speaker's own disagreement
    /// is the speaker-inconsistency rule's to report.
    case differentSpeakers
}

/// The shared shape of the pairwise rules. Whether two claims conflict depends on their values,
/// so claims are bucketed into value classes and findings are built per class: "20 from A
/// cannot hold with 26 from B, C and D" is one finding however many outlets carry each side.
/// That keeps a report proportional to the claims in it, even for a group of 100,000 claims
/// split between two values, where a finding per claim would list every claim of the other
/// side again and again.
public enum PairwiseConflicts {
    /// Symmetric rules: classes whose values cannot hold together are clustered (the class
    /// with the most conflicts leads, its partners follow, repeat until every conflicting
    /// pair of classes is covered), and each cluster is one finding. Pairs that
    /// `FigureHistory` explains (updates, disputes, decreases) are left to the note rules.
    /// Partners that agree with each other form one side: `others` holds the sides. Only
    /// asserted claims are compared.
    public static func findings(in group: ClaimGroup, context: RuleContext,
                                pairing: SpeakerPairing,
                                message: (_ side: [Claim], _ others: [[Claim]]) -> String,
                                rule: RuleDescription) -> [Finding] {
        guard let (claims, history) = group.assertedHistory(context) else { return [] }
        var findings: [Finding] = []
        for partition in partitions(of: claims, pairing: pairing) where partition.count > 1 {
            let graph = ConflictGraph(partition, claims: claims, history: history,
                acrossSpeakers: pairing == .differentSpeakers)
            let compatible = { (a: Int, b: Int) in !history.incompatible(graph.globalClass[a], graph.globalClass[b]) }
            for cluster in ConflictClusters.clusters(graph.classEdges, compatible: compatible) {
                let side = graph.claims(ofClasses: [cluster.primary], against: cluster.others).map { claims[$0] }
                let others = cluster.sides.map { graph.claims(ofClasses: $0,
                    against: [cluster.primary]).map { claims[$0] } }
                findings.append(context.finding(rule, message(side, others), key: group.key,
                    claims: side + others.joined()))
            }
        }
        return findings
    }

    /// Positions of `claims` compared with each other: all of them, or one speaker's each.
    static func partitions(of claims: GroupMembers, pairing: SpeakerPairing) -> [[Int]] {
        switch pairing {
        case .differentSpeakers:
            return [Array(claims.indices)]
        case .sameSpeaker:
            var partitions: [[Int]] = []
            var bySpeaker: [SpeakerIdentity: Int] = [:]
            for position in claims.indices {
                guard let speaker = claims.speakerIdentity(at: position) else { continue }
                if let index = bySpeaker[speaker] { partitions[index].append(position) } else {
                    bySpeaker[speaker] = partitions.count
                    partitions.append([position])
                }
            }
            return partitions
        }
    }

    /// Outlets asserting values that cannot hold together (category and flag conflicts):
    /// "Outlet A reported in person, but video link according to Outlet B".
    public static func disagreements(in group: ClaimGroup, context: RuleContext, rule: RuleDescription) -> [Finding] {
        findings(in: group, context: context, pairing: .differentSpeakers,
                 message: { side, others in
                     "\(context.topic(group.key)): \(context.names(side)) reported \(context.valueText(side[0])), "
                         + "but \(context.sides(others, joiner: "according to"))."
                 },
                 rule: rule)
    }

    /// One-sided rules (the expectation, the hedged claim): for each value of the leading
    /// claims (of modality `lead`; the others are of modality `other`), one finding listing
    /// the claims that overtake or settle it with a value that cannot hold.
    /// `leadMustNotBeLater` keeps a report from overtaking a forecast made after it; an
    /// undated claim is taken to fit either way. `leadMustBeLater` asks the opposite, with
    /// both dated: a forecast published after a report that already contradicts it.
    public static func oneSided(in group: ClaimGroup, context: RuleContext,
                                lead: Modality,
                                other otherModality: Modality,
                                leadMustNotBeLater: Bool,
                                leadMustBeLater: Bool = false,
                                message: (_ leads: [Claim], _ others: [Claim]) -> String,
                                rule: RuleDescription) -> [Finding] {
        // Positions, not copies, and each claim's role read once (its modality, in place): the
        // classes of a hot group are walked once per leading value.
        let claims = group.claims.subset(modalities: lead, otherModality)
        let leading = claims.indices.map { claims.modality(at: $0) == lead }
        let other = claims.indices.map { claims.modality(at: $0) == otherModality }
        guard leading.contains(true) else { return [] }
        let classes = ValueClasses(claims, comparison: context.comparison(for: group))
        let dates = claims.indices.map { claims.date(at: $0, context) }
        var findings: [Finding] = []
        for leadClass in classes.values.indices {
            let leads = classes.members[leadClass].filter { leading[$0] }
            guard !leads.isEmpty else { continue }
            var candidates = classes.incompatible[leadClass].flatMap { classes.members[$0] }.filter { other[$0] }
                .sorted()
            var qualifyingLeads = leads
            guard !candidates.isEmpty else { continue }
            if leadMustBeLater {
                // A stale plan: published after a report it contradicts, both dated.
                let earliestReport = candidates.compactMap { dates[$0] }.min()
                let latestLead = qualifyingLeads.compactMap { dates[$0] }.max()
                qualifyingLeads = leads.filter { lead in
                    guard let earliestReport, let date = dates[lead] else { return false }
                    return date > earliestReport
                }
                candidates = candidates.filter { candidate in
                    guard let latestLead, let date = dates[candidate] else { return false }
                    return date < latestLead
                }
            } else if leadMustNotBeLater {
                // Dates compare pairwise; against a class it is enough to know the latest
                // candidate and the earliest lead. An unknown date fits anything (nil below
                // means unbounded).
                let latest = candidates.contains { dates[$0] == nil } ? nil : candidates.compactMap { dates[$0] }.max()
                let earliest = leads.contains { dates[$0] == nil } ? nil : leads.compactMap { dates[$0] }.min()
                qualifyingLeads = leads.filter { lead in
                    guard let latest, let date = dates[lead] else { return true }
                    return date <= latest
                }
                candidates = candidates.filter { candidate in
                    guard let earliest, let date = dates[candidate] else { return true }
                    return earliest <= date
                }
            }
            guard !qualifyingLeads.isEmpty, !candidates.isEmpty else { continue }
            let side = qualifyingLeads.map { claims[$0] }, others = candidates.map { claims[$0] }
            findings.append(context.finding(rule, message(side, others), key: group.key, claims: side + others))
        }
        return findings
    }
}

/// Who stands behind a class of claims, enough to tell whether a conflict between two classes
/// involves two different speakers.
struct SpeakerSet {
    /// The one speaker behind every claim, or nil when there are several or an anonymous one.
    let single: SpeakerIdentity?

    init(_ claims: GroupMembers, positions: [Int]) {
        var identity: SpeakerIdentity?
        var mixed = false
        for position in positions {
            guard let speaker = claims.speakerIdentity(at: position) else { mixed = true; break }
            if identity == nil { identity = speaker } else if identity != speaker { mixed = true; break }
        }
        single = mixed ? nil : identity
    }

    /// Whether some claim here comes from a speaker other than every speaker of `other`.
    func includesSomeoneOtherThan(_ other: SpeakerSet) -> Bool {
        guard let mine = single, let theirs = other.single else { return true }
        return mine != theirs
    }

    /// Whether some claim here comes from a speaker other than `speaker` (nil: anonymous).
    func includesSomeoneOther(than speaker: SpeakerIdentity?) -> Bool {
        guard let mine = single, let theirs = speaker else { return true }
        return mine != theirs
    }
}
