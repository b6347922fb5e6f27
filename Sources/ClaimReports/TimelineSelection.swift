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
            assert(hasConflict || !drawn.contains(where: \.hasConflicts), "\(name) has a conflict but is not the subject of a finding")
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

    /// Positions in `list` of the claims about `subject`, in list order. A table's rows are
    /// compared by entity index, each index's id looked at once, so no claim is decoded.
    static func positions(ofSubject subject: String, in list: ClaimList) -> [Int] {
        guard let table = list.table else { return list.indices.filter { list[$0].subject == subject } }
        var isSubject: [Int32: Bool] = [:]
        var positions: [Int] = []
        for (position, row) in table.rows.enumerated() {
            let matches: Bool
            if let known = isSubject[row.subject] {
                matches = known
            } else {
                matches = table.entityID(row.subject) == subject
                isSubject[row.subject] = matches
            }
            if matches { positions.append(position) }
        }
        return positions
    }
}

/// A claim list's subjects, attributes, events and sources as small integers by position, and
/// its positions grouped by subject: what it takes to know which timelines a record has
/// without decoding a claim. A table's rows hold the integers already; an array's claims are
/// numbered here (arrays are small records, drafts and tests).
struct TimelineKeys {
    private let table: ClaimTable?
    private var subjectNames: [String] = []
    private var attribute: [Int32] = []
    /// -1 when the claim names no event.
    private var event: [Int32] = []
    private var source: [Int32] = []
    /// A number per distinct value (within an attribute), when asked for: -1 for a value the
    /// rows cannot compare, which counts as different from every other.
    private var value: [Int32] = []
    /// The positions of subject `s` are `bySubject[start[s]..<start[s + 1]]`, in list order.
    private var start: [Int] = []
    private var bySubject: [Int] = []

    init(_ list: ClaimList, withValues: Bool = false) {
        table = list.table
        if withValues { value = Self.valueNumbers(list) }
        var subject: [Int32] = []
        if let table {
            let rows = table.rows
            subject = rows.map(\.subject)
            attribute = rows.map(\.attribute)
            event = rows.map(\.event)
        } else {
            var subjects = Numbering(), attributes = Numbering(), events = Numbering()
            subject = list.map { subjects.number($0.subject) }
            attribute = list.map { attributes.number($0.attribute) }
            event = list.map { claim in claim.event.map { events.number($0) } ?? -1 }
            subjectNames = subjects.names
        }
        // Claims come in stable-id order, a source's together: its id is compared with the
        // previous claim's (identical strings compare at once) and hashed only when it changes.
        var sources = Numbering()
        var previous: (id: String, number: Int32)?
        source = list.indices.map { position in
            let id = list.sourceID(at: position)
            if let previous, previous.id == id { return previous.number }
            let number = sources.number(id)
            previous = (id, number)
            return number
        }
        // Positions grouped by subject, by counting: one pass to size the groups, one to fill.
        let subjectCount = Int(subject.max().map { $0 + 1 } ?? 0)
        start = [Int](repeating: 0, count: subjectCount + 1)
        for key in subject { start[Int(key) + 1] += 1 }
        for index in 0..<subjectCount { start[index + 1] += start[index] }
        var next = start
        bySubject = [Int](repeating: 0, count: subject.count)
        for (position, key) in subject.enumerated() {
            bySubject[next[Int(key)]] = position
            next[Int(key)] += 1
        }
    }

    /// Equal values get equal numbers: from the rows' value keys on a table, from the values
    /// themselves on an array (arrays are small).
    static func valueNumbers(_ list: ClaimList) -> [Int32] {
        if list.table != nil {
            var numbers: [ValueKey: Int32] = [:]
            return list.valueKeys().map { key in
                guard let key else { return -1 }
                if let known = numbers[key] { return known }
                let number = Int32(numbers.count)
                numbers[key] = number
                return number
            }
        }
        var numbers: [ClaimValue: Int32] = [:]
        return list.map { claim in
            if let known = numbers[claim.value] { return known }
            let number = Int32(numbers.count)
            numbers[claim.value] = number
            return number
        }
    }

    func name(ofSubject subject: Int) -> String {
        table.map { $0.entityID(Int32(subject)) } ?? subjectNames[subject]
    }

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
                    if spreads[slot].event < 0 { spreads[slot].event = event } else if event != spreads[slot].event { spreads[slot].severalEvents = true }
                }
                if !wasDrawable && spreads[slot].drawable { counts[subject] += 1 }
            }
        }
        return counts
    }

    /// Strings numbered in the order first seen.
    private struct Numbering {
        var names: [String] = []
        var numbers: [String: Int32] = [:]

        mutating func number(_ name: String) -> Int32 {
            if let known = numbers[name] { return known }
            let number = Int32(names.count)
            numbers[name] = number
            names.append(name)
            return number
        }
    }
}
