import ClaimModel

/// The comparison groups and series of a claim list, found without hashing: positions are
/// bucketed by subject (a counting sort, since subjects are small integers), and each
/// subject's few claims are sorted by the rest of the key, so every group is one run of a
/// bucket. A hash table over a million keys cost two cache misses per claim; buckets are
/// read in order, and a subject's claims sit together.
///
/// The screen and the engine (`ClaimGrouping`) both group this way: comparison groups by
/// subject, attribute, event (only where the attribute changes across events) and unit; series by subject,
/// attribute, unit and the events' series, over the claims tied to an event of a series
/// (events in no series are never compared with each other). Only groups of two or more claims
/// are visited: no rule compares a lone claim.
struct SharedGroups {
    /// The parts of the key the groups are sorted by, by position: plain arrays, read in the
    /// sorts' comparisons without touching the rest of `ScreenKeys` (holding it here retained
    /// its tables in every comparison, a third more time in the screen).
    private let attribute: [Int32], comparisonEvent: [Int32], unit: [Int32], series: [Int32]
    /// Positions, subject by subject, ascending within a subject.
    private let positions: [Int32]
    /// Subject `s` holds `positions[starts[s]..<starts[s + 1]]`.
    private let starts: [Int]
    /// Ranges of subjects of about equal claim counts, to share out to the cores.
    let parts: [Range<Int>]

    init(_ keys: ScreenKeys) {
        attribute = keys.attribute
        comparisonEvent = keys.subject.indices.map(keys.comparisonEvent)
        unit = keys.unit
        series = keys.series
        let subjects = keys.subject
        let subjectCount = Int(subjects.max() ?? -1) + 1
        var starts = [Int](repeating: 0, count: subjectCount + 1)
        for subject in subjects { starts[Int(subject) + 1] += 1 }
        for index in 0..<subjectCount { starts[index + 1] += starts[index] }
        var next = starts
        var positions = [Int32](repeating: 0, count: subjects.count)
        for (position, subject) in subjects.enumerated() {
            positions[next[Int(subject)]] = Int32(position)
            next[Int(subject)] += 1
        }
        self.positions = positions
        self.starts = starts

        let partCount = subjects.count > 10_000 ? 64 : 1
        var parts: [Range<Int>] = []
        var first = 0
        for subject in 0..<subjectCount where starts[subject + 1] * partCount >= subjects.count * (parts.count + 1)
            || subject == subjectCount - 1 {
            parts.append(first..<(subject + 1))
            first = subject + 1
        }
        self.parts = parts
    }

    /// Calls `body` with each group of two or more claims among the subjects in `subjects`:
    /// its positions, ascending, and whether it is a series.
    func forEachGroup(in subjects: Range<Int>, _ body: (_ members: [Int], _ isSeries: Bool) -> Void) {
        var bucket: [Int] = []
        let attribute = attribute, event = comparisonEvent, unit = unit, series = series
        for subject in subjects where starts[subject + 1] - starts[subject] > 1 {
            bucket.removeAll(keepingCapacity: true)
            for index in starts[subject]..<starts[subject + 1] { bucket.append(Int(positions[index])) }
            // Comparison groups: by attribute, event, unit; position last keeps members ascending.
            let comparison = bucket.sorted {
                (attribute[$0], event[$0], unit[$0], $0) < (attribute[$1], event[$1], unit[$1], $1)
            }
            Self.runs(comparison, sameKey: {
                attribute[$0] == attribute[$1] && event[$0] == event[$1] && unit[$0] == unit[$1]
            }) { body($0, false) }
            // Series: the claims tied to an event of a series, by attribute, unit and series.
            let inSeries = bucket.filter { series[$0] >= 0 }.sorted {
                (attribute[$0], unit[$0], series[$0], $0) < (attribute[$1], unit[$1], series[$1], $1)
            }
            Self.runs(inSeries, sameKey: {
                attribute[$0] == attribute[$1] && unit[$0] == unit[$1] && series[$0] == series[$1]
            }) { body($0, true) }
        }
    }

    /// Each run of two or more consecutive positions with the same key.
    private static func runs(_ sorted: [Int], sameKey: (Int, Int) -> Bool, _ body: ([Int]) -> Void) {
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, sameKey(sorted[start], sorted[end]) { end += 1 }
            if end - start > 1 { body(Array(sorted[start..<end])) }
            start = end
        }
    }
}
