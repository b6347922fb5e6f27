/// The registry's events by week, so resolving a mention compares it only with the events of
/// its own weeks instead of every event on record: with extraction creating an event per
/// story, a scan of all of them made a batch quadratic in its articles.
///
/// An event is filed under every week it spans; events longer than `longSpan` weeks (a
/// season, a war) go on a short list every query reads.
struct EventIndex: Sendable {
    static let weekDays = 7
    static let longSpan = 26

    private var weeks: [Int: [Int]] = [:]
    private var long: [Int] = []
    private(set) var count = 0

    mutating func add(_ profile: EventResolver.Profile, at index: Int) {
        count += 1
        let first = Self.week(profile.first), last = Self.week(profile.last)
        guard last - first <= Self.longSpan else { long.append(index); return }
        for week in first...last { weeks[week, default: []].append(index) }
    }

    /// Indices of the events that overlap days `from...to`, ascending, each once.
    /// Indexes the event at `index` through the new last day `last` (its days were `first...old`):
    /// a lasting incident kept open while coverage of it goes on.
    mutating func extend(at index: Int, first: Int, old: Int, to last: Int) {
        let start = Self.week(first), from = Self.week(old), through = Self.week(last)
        guard through > from, through - start > Self.longSpan else {
            if through > from { for week in (from + 1)...through { weeks[week, default: []].append(index) } }
            return
        }
        if from - start <= Self.longSpan { long.append(index) }
    }

    /// Indexes the event at `index` over its widened days `new` (they were `old`): a created
    /// event re-dated by the articles' texts (`ExtractionRegistry.voteDate`). Weeks already
    /// filed are not filed twice; `candidates` lists each event once in any case.
    mutating func widen(at index: Int, from old: (first: Int, last: Int), to new: (first: Int, last: Int)) {
        let oldWeeks = Self.week(old.first)...Self.week(old.last)
        let first = Self.week(new.first), last = Self.week(new.last)
        guard last - first <= Self.longSpan else {
            if oldWeeks.count - 1 <= Self.longSpan { long.append(index) }
            return
        }
        for week in first...last where !oldWeeks.contains(week) { weeks[week, default: []].append(index) }
    }

    func candidates(from: Int, to: Int) -> [Int] {
        var found = long
        let first = Self.week(from), last = Self.week(max(from, to))
        if last - first > Self.longSpan * 4 { return Array(0..<count) }
        for week in first...last { found += weeks[week] ?? [] }
        found.sort()
        var unique: [Int] = []
        unique.reserveCapacity(found.count)
        for index in found where unique.last != index { unique.append(index) }
        return unique
    }

    /// Floor division, so day numbers before the epoch fall in the right week.
    static func week(_ day: Int) -> Int { day >= 0 ? day / weekDays : (day - weekDays + 1) / weekDays }
}
