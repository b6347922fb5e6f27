import ClaimModel
import ClaimRules

extension Timeline {
    /// The timelines a report draws: every one with a conflict, then at most `limit` without,
    /// each group in the order of `Timeline.all`; `omitted` counts those without a conflict
    /// left out.
    public struct Selection: Sendable {
        public var timelines: [Timeline]
        public var omitted: Int
        /// With `changingOnly`: timelines left out because all their claims give one value.
        public var agreeing = 0
    }

    /// Every subject and attribute whose claims span several sources or events: the
    /// timelines worth drawing in a report. Those with conflicts come first.
    public static func all(in claimSet: ClaimSet, findings: [Finding]) -> [Timeline] {
        selection(in: claimSet, findings: findings, limit: .max).timelines
    }

    /// `all`, but with at most `limit` timelines without a conflict; with `changingOnly`, only
    /// timelines whose values change or conflict (two agreeing claims tell an editor nothing).
    ///
    /// Why not build them all and cut: a million claims have some 180,000 such timelines, and
    /// drawing them decoded every claim (35 s, 3.1 GB and a 750 MB page). Which subjects have
    /// a timeline worth drawing, and how many, is read from the rows (subject, attribute,
    /// event, source as integers); only the claims of subjects drawn are decoded, and once
    /// `limit` timelines without a conflict are drawn, the rest are only counted.
    ///
    /// A timeline has a conflict when one of its claims is a side of a finding, matched by
    /// stable id or by where it stands; either way the claim has the finding claim's subject,
    /// so only the subjects of findings' claims can have one.
    public static func selection(in claimSet: ClaimSet, findings: [Finding], limit: Int,
                                 changingOnly: Bool = false) -> Selection {
        let conflicting = conflictingKeys(findings)
        let conflictSubjects = Set(findings.filter { $0.severity != .info }.flatMap { $0.claims.map(\.subject) })
        let list = claimSet.claimList
        let keys = TimelineKeys(list, withValues: changingOnly)
        var withConflict: [Timeline] = [], without: [Timeline] = []
        var omitted = 0
        let drawableCounts = keys.drawableAttributeCounts()
        func isDrawn(_ timeline: Timeline) -> Bool {
            timeline.isWorthDrawing && (!changingOnly || timeline.hasConflicts || timeline.valuesChange)
        }
        for subject in keys.inNameOrder(drawableCounts.indices.filter { drawableCounts[$0] > 0 }) {
            let drawable = drawableCounts[subject]
            let name = keys.name(ofSubject: subject)
            let hasConflict = conflictSubjects.contains(name)
            guard hasConflict || without.count < limit else {
                omitted += drawable
                continue
            }
            let claims = keys.positions(ofSubject: subject).map { list[$0] }
            let drawn = timelines(subject: name, claims: claims, in: claimSet, conflicting: conflicting).filter(isDrawn)
            // A value the rows cannot compare (an escaped open category) counts as a change there.
            assert(changingOnly ? drawn.count <= drawable : drawn.count == drawable,
                   "the rows and the claims disagree on \(name)'s timelines")
            assert(hasConflict || !drawn.contains(where: \.hasConflicts),
                   "\(name) has a conflict but is not the subject of a finding")
            for timeline in drawn {
                if timeline.hasConflicts {
                    withConflict.append(timeline)
                } else if without.count < limit {
                    without.append(timeline)
                } else {
                    omitted += 1
                }
            }
        }
        var selection = Selection(timelines: withConflict + without, omitted: omitted)
        if changingOnly {
            let worthDrawing = keys.drawableAttributeCounts(comparingValues: false).reduce(0, +)
            selection.agreeing = max(0, worthDrawing - selection.timelines.count - omitted)
        }
        return selection
    }

    /// Several claims, from several sources or about several events.
    var isWorthDrawing: Bool { entries.count > 1 && (sourceCount > 1 || eventCount > 1) }

    /// The claims give more than one value: attendance announced as remote, reported in person.
    public var valuesChange: Bool { Set(entries.map(\.claim.value)).count > 1 }

    /// Positions in `list` of the claims about `subject`, in list order: read from the
    /// list's columns, so no claim is decoded.
    static func positions(ofSubject subject: String, in list: ClaimList) -> [Int] {
        let columns = list.columns
        guard let index = columns.subjectIndex(of: subject) else { return [] }
        return columns.positions(ofSubject: index)
    }
}

/// A claim list's subjects, attributes, events and sources as small integers by position (its
/// columns, `ClaimList.columns`), and its positions grouped by subject: what it takes to know
/// which timelines a record has without decoding a claim.
struct TimelineKeys {
    private let subjectIDs: [String]
    private let attribute: [Int32]
    /// -1 when the claim names no event.
    private let event: [Int32]
    private let source: [Int32]
    /// A number per distinct value (within an attribute), when asked for: -1 for a value the
    /// rows cannot compare, which counts as different from every other.
    private let value: [Int32]
    /// The positions of subject `s` are `bySubject[start[s]..<start[s + 1]]`, in list order.
    private let start: [Int]
    private let bySubject: [Int]

    init(_ list: ClaimList, withValues: Bool = false) {
        let columns = list.columns
        value = withValues ? list.valueNumbers() : []
        subjectIDs = columns.subjectIDs
        attribute = columns.attribute
        event = columns.event
        source = columns.source
        // Positions grouped by subject, by counting: one pass to size the groups, one to fill.
        let subject = columns.subject
        let subjectCount = Int(subject.max().map { $0 + 1 } ?? 0)
        var start = [Int](repeating: 0, count: subjectCount + 1)
        for key in subject { start[Int(key) + 1] += 1 }
        for index in 0..<subjectCount { start[index + 1] += start[index] }
        var next = start
        var bySubject = [Int](repeating: 0, count: subject.count)
        for (position, key) in subject.enumerated() {
            bySubject[next[Int(key)]] = position
            next[Int(key)] += 1
        }
        self.start = start
        self.bySubject = bySubject
    }

    func name(ofSubject subject: Int) -> String { subjectIDs[subject] }

    func positions(ofSubject subject: Int) -> ArraySlice<Int> { bySubject[start[subject]..<start[subject + 1]] }

    /// The subjects ordered by id as `String` orders them.
    func inNameOrder(_ subjects: [Int]) -> [Int] {
        zip(subjects, subjects.map(name(ofSubject:))).sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// For each subject, how many of its attributes have claims from several sources or
    /// about several events (and so several claims): `Timeline.isWorthDrawing`, from the
    /// integers; with values numbered, only those whose values also change. One pass over the
    /// positions, subject by subject, with a slot per attribute
    /// (a dictionary per subject was a tenth of a second at a million claims).
    func drawableAttributeCounts(comparingValues: Bool = true) -> [Int] {
        struct Spread {
            /// The subject whose claims the slot holds; -1 for none yet.
            var subject = -1
            var source: Int32 = 0
            var event: Int32 = -1
            var severalSources = false
            var severalEvents = false
            var value: Int32 = 0
            /// True when values are not compared, or once a second value is seen.
            var changes = false
            var drawable: Bool { (severalSources || severalEvents) && changes }
        }
        let comparesValues = comparingValues && !value.isEmpty
        var spreads = [Spread](repeating: Spread(), count: Int(attribute.max().map { $0 + 1 } ?? 0))
        var counts = [Int](repeating: 0, count: start.count - 1)
        for subject in counts.indices {
            for position in positions(ofSubject: subject) {
                let slot = Int(attribute[position]), source = source[position], event = event[position]
                let value = comparesValues ? value[position] : 0
                guard spreads[slot].subject == subject else {
                    spreads[slot] = Spread(subject: subject, source: source, event: event, value: value,
                                           changes: !comparesValues || value < 0)
                    continue
                }
                let wasDrawable = spreads[slot].drawable
                if value != spreads[slot].value || value < 0 { spreads[slot].changes = true }
                if source != spreads[slot].source { spreads[slot].severalSources = true }
                if event >= 0 {
                    if spreads[slot].event < 0 {
                        spreads[slot].event = event
                    } else if event != spreads[slot].event {
                        spreads[slot].severalEvents = true
                    }
                }
                if !wasDrawable && spreads[slot].drawable { counts[subject] += 1 }
            }
        }
        return counts
    }
}
