/// How many days an article may stand from an event's own days and still report it, when the
/// mention gives no date of its own: built from the event itself, by its kind, and from how the
/// sentence looks at it (`EventLook`).
///
/// - A scheduled event (a summit, a vote, a match, results, a prize-giving) is previewed: "the
///   summit" with a look ahead ("ahead of the summit", "leaders will meet") is the one on record
///   up to `preview` days later; without one, only within a few days, as any event.
/// - An incident is followed for weeks: "the blaze" is the fire up to `EventResolver.Window.followUp`
///   days after it, and with a look back ("a month after the fire", "since the floods") up to
///   `aftermath` days.
/// - A court case runs for months before its judgment: "the trial" that names the case (its
///   defendant, its court) is the case on record up to `trial` days before the judgment.
/// - Days inside an event's own span (a two-week conference, a war with an end on record)
///   always fit; so the window of a long event is long by itself.
///
/// Beyond `namedBefore` and `namedAfter` no mention is the event, named or not: an article
/// about next year's edition, or about another fire of the town a month later, stays apart.
struct EventWindow: Sendable, Equatable {
    /// Days before the event's first day and after its last that a mention of its kind alone reaches.
    var before: Int
    var after: Int
    /// Days a mention that shares the event's names reaches.
    var namedBefore: Int
    var namedAfter: Int

    static let preview = 10
    static let aftermath = 45
    static let scheduledAftermath = 30
    static let trial = 120
    /// The window every mention had before kinds and looks widened it: a month either way with
    /// the event's names, a few days without.
    static let named = 30

    static func of(kind: EventKind?, look: EventLook) -> EventWindow {
        let slack = EventResolver.Window.slack
        var window = EventWindow(before: slack, after: slack, namedBefore: named, namedAfter: named)
        guard let kind else { return window }
        if kind.followsCoverage {
            // An incident is not reported before it happened; afterwards for weeks.
            window.after = look == .longBack ? aftermath : EventResolver.Window.followUp
            window.namedAfter = max(named, window.after)
            return window
        }
        if kind.reportedAfter { window.after = EventResolver.Window.followUp }
        if look == .ahead { window.before = preview }
        // A plain "after the talks" is most often the same day's: only a long look back widens.
        if look == .longBack {
            window.after = max(window.after, scheduledAftermath)
            window.namedAfter = max(named, scheduledAftermath)
        }
        if kind == .trial { window.namedBefore = trial }
        return window
    }

    /// The window of an article that names no event word at all, only the event's place or
    /// names ("KORSVIK -- Security was tightened on Monday"): the kind's days alone, before an
    /// event only when the opening looks ahead, after a scheduled one only when it looks back.
    static func ofOpening(kind: EventKind?, look: EventLook) -> EventWindow {
        let slack = EventResolver.Window.slack
        var window = EventWindow(before: slack, after: slack, namedBefore: slack, namedAfter: slack)
        guard let kind else { return window }
        if kind.followsCoverage {
            window.after = look == .longBack ? aftermath : EventResolver.Window.followUp
        } else {
            if look == .ahead { window.before = preview }
            if look == .longBack { window.after = EventResolver.Window.followUp }
        }
        return window
    }

    /// The widest opening window of any kind, for looking events up by day.
    static let openingReach = (before: preview, after: aftermath)

    /// Whether an article published on `day` stands within the kind-alone days of `profile`.
    func fits(_ profile: EventResolver.Profile, day: Int) -> Bool {
        profile.first - day <= before && day - profile.last <= after
    }

    /// The days around `day` whose events a query may consider: the widest reach either way.
    func candidateDays(around day: Int) -> ClosedRange<Int> {
        (day - max(after, namedAfter))...(day + max(before, namedBefore))
    }
}
