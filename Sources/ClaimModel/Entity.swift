/// A person, country, organisation or group that claims are about or that makes them.
public struct Entity: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case person, country, organisation, group
    }

    public var id: String
    public var name: String
    public var kind: Kind
    /// Other spellings, including machine-translation drift ("Selenskyj", "Keir Stranders").
    public var aliases: [String]
    public var roles: [Role]

    public init(id: String, name: String, kind: Kind, aliases: [String] = [], roles: [Role] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
    }

    /// The roles this entity held on a day, so "the British premier" resolves to whoever held
    /// the office when the article was written.
    public func roles(on day: Day) -> [Role] { roles.filter { $0.isHeld(on: day) } }
}

/// An office held for a period: "Prime Minister of the United Kingdom from 2024-07-05".
public struct Role: Sendable, Equatable {
    public var title: String
    /// Ways articles refer to the office: "the British premier", "U.K. premier".
    public var aliases: [String]
    public var from: Day?
    public var to: Day?

    public init(title: String, aliases: [String] = [], from: Day? = nil, to: Day? = nil) {
        self.title = title
        self.aliases = aliases
        self.from = from
        self.to = to
    }

    public func isHeld(on day: Day) -> Bool {
        if let from, day < from { return false }
        if let to, to < day { return false }
        return true
    }
}
