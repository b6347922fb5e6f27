import ClaimModel

/// What the entity registry says about a person's offices on one date, matched against the
/// slugs claims use for offices ("commissioner-of-police-hong-kong" for "Commissioner of
/// Police (Hong Kong)"). An office matches a role when its words (without "of", "the" and
/// the like) are all among the words of the role's title or of one of its aliases.
struct OfficeRecord {
    let roles: [Role]
    let date: Day

    init(roles: [Role], on date: Day) {
        self.roles = roles
        self.date = date
    }

    static let fillers: Set<String> = ["of", "the", "for", "in", "and", "a", "an"]

    static func words(_ text: String) -> Set<String> {
        let parts = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return Set(parts.filter { !fillers.contains($0) })
    }

    static func matches(_ office: String, _ role: Role) -> Bool {
        let wanted = words(office)
        guard !wanted.isEmpty else { return false }
        return ([role.title] + role.aliases).contains { wanted.isSubset(of: words($0)) }
    }

    /// Whether the registry has the office held on the date.
    func holds(_ office: String) -> Bool {
        roles.contains { $0.isHeld(on: date) && Self.matches(office, $0) }
    }

    /// Whether the registry knows the office for this person only at other times.
    func contradicts(_ office: String) -> Bool {
        !holds(office) && roles.contains { Self.matches(office, $0) }
    }

    /// "Commissioner of Police (Hong Kong) from 19 Nov 2019 to 25 Jun 2021; held that day: ..."
    func description(of office: String) -> String {
        let known = roles.filter { Self.matches(office, $0) }.map(Self.period)
        let held = roles.filter { $0.isHeld(on: date) }.map(\.title)
        let heldThatDay = held.isEmpty ? "" : " (held that day: \(held.joined(separator: ", ")))"
        return known.joined(separator: " and ") + heldThatDay
    }

    static func period(_ role: Role) -> String {
        let from = role.from.map { " from \($0.humanDescription)" } ?? ""
        let to = role.to.map { " to \($0.humanDescription)" } ?? ""
        return role.title + from + to
    }
}
