import ClaimModel

/// A small scenario a rule must (or must not) fire on. The examples document each rule in
/// `claimcheck rules` and the README, and one parameterised test runs every rule on its own
/// examples, so the documentation cannot drift from the behaviour.
public struct RuleExample: Sendable {
    public var summary: String
    public var claims: [ExampleClaim]

    public init(_ summary: String, _ claims: [ExampleClaim]) {
        self.summary = summary
        self.claims = claims
    }

    /// The example as a claim set over the shared example catalog.
    public var claimSet: ClaimSet { ExampleCatalog.claimSet(for: claims) }
}

/// One claim of an example, with the catalog's defaults for everything it does not say.
public struct ExampleClaim: Sendable {
    public var source: String
    public var subject: String
    public var attribute: String
    public var value: ClaimValue
    public var unit: String?
    public var speaker: String
    public var modality: Modality
    public var event: String?
    public var correction = false
    public var ordinal: Int?

    /// The same claim stated as an explicit correction ("revised down to 31").
    public func corrected() -> ExampleClaim {
        var claim = self
        claim.correction = true
        return claim
    }

    /// The same claim stated as the n-th time ("for the first time").
    public func stated(asTime ordinal: Int) -> ExampleClaim {
        var claim = self
        claim.ordinal = ordinal
        return claim
    }

    /// A fire's death toll, a figure that only grows.
    public static func toll(_ quantity: Quantity, by speaker: String = "narrator",
        in source: String = "outlet-b") -> ExampleClaim {
        ExampleClaim(source: source, subject: "harbour-fire", attribute: "death-toll", value: .quantity(quantity),
                     unit: "people", speaker: speaker, modality: .asserted, event: "harbour-fire")
    }

    /// People aboard the burning ferry: fixed once known.
    public static func aboard(_ quantity: Quantity, by speaker: String = "narrator",
        in source: String = "outlet-b") -> ExampleClaim {
        ExampleClaim(source: source, subject: "harbour-fire", attribute: "people-on-board", value: .quantity(quantity),
                     unit: "people", speaker: speaker, modality: .asserted, event: "harbour-fire")
    }

    /// The size of a march, a figure that may move either way.
    public static func crowd(_ quantity: Quantity, by speaker: String = "narrator",
        in source: String = "outlet-b") -> ExampleClaim {
        ExampleClaim(source: source, subject: "harbour-march", attribute: "crowd-size", value: .quantity(quantity),
                     unit: "people", speaker: speaker, modality: .asserted, event: "harbour-march")
    }

    /// What a dock strike lasting several days has cost so far: a running estimate that may
    /// move either way.
    public static func strikeCost(_ quantity: Quantity, by speaker: String = "narrator",
        in source: String = "outlet-b") -> ExampleClaim {
        ExampleClaim(source: source, subject: "dock-strike", attribute: "strike-cost", value: .quantity(quantity),
                     unit: "euros", speaker: speaker, modality: .asserted, event: "dock-strike")
    }

    /// A person's office on the source's date.
    public static func office(_ slug: String, of subject: String = "alvarez",
        in source: String = "outlet-b") -> ExampleClaim {
        ExampleClaim(source: source, subject: subject, attribute: "office", value: .category(slug),
                     unit: nil, speaker: "narrator", modality: .asserted, event: nil)
    }

    /// A count of countries pledging troops to the coalition.
    public static func pledge(_ quantity: Quantity, by speaker: String = "narrator", in source: String = "outlet-b",
                              _ modality: Modality = .asserted, event: String? = "summit-sep") -> ExampleClaim {
        ExampleClaim(source: source, subject: "coalition", attribute: "troop-pledge-countries",
                     value: .quantity(quantity), unit: "countries", speaker: speaker, modality: modality,
                     event: event)
    }

    /// How someone attended an event.
    public static func attendance(_ mode: String, of subject: String = "merz", by speaker: String = "narrator",
                                  in source: String = "outlet-b", _ modality: Modality = .asserted,
                                  event: String? = "summit-sep") -> ExampleClaim {
        ExampleClaim(source: source, subject: subject, attribute: "attendance-mode", value: .category(mode),
                     unit: nil, speaker: speaker, modality: modality, event: event)
    }

    /// Whether a country signed the declaration.
    public static func signed(_ flag: Bool, of subject: String = "italy", by speaker: String = "narrator",
                              in source: String = "outlet-b", _ modality: Modality = .asserted,
                              event: String? = "summit-sep") -> ExampleClaim {
        ExampleClaim(source: source, subject: subject, attribute: "signed-declaration", value: .flag(flag),
                     unit: nil, speaker: speaker, modality: modality, event: event)
    }

    /// A topic discussed: a non-exclusive category, where different values all hold.
    public static func topic(_ topic: String, in source: String = "outlet-b") -> ExampleClaim {
        ExampleClaim(source: source, subject: "coalition", attribute: "topic-discussed", value: .category(topic),
                     unit: nil, speaker: "narrator", modality: .asserted, event: "summit-sep")
    }
}

/// The small world the rule examples live in: a coalition, three leaders, two summits of one
/// series and a call, a ferry fire and a march with the police, a hospital and organisers
/// giving figures, a dock strike running for days with economists estimating its cost, a
/// politician with dated offices, and five outlets publishing before, on (two of them), after
/// the first summit and at the second.
public enum ExampleCatalog {
    public static let entities = [
        Entity(id: "coalition", name: "Coalition of the willing", kind: .group),
        Entity(id: "macron", name: "Emmanuel Macron", kind: .person),
        Entity(id: "merz", name: "Friedrich Merz", kind: .person),
        Entity(id: "rutte", name: "Mark Rutte", kind: .person),
        Entity(id: "italy", name: "Italy", kind: .country),
        Entity(id: "harbour-fire", name: "Harbour ferry fire", kind: .group),
        Entity(id: "harbour-march", name: "Harbour march", kind: .group),
        Entity(id: "city-police", name: "City police", kind: .organisation),
        Entity(id: "city-hospital", name: "City hospital", kind: .organisation),
        Entity(id: "march-organisers", name: "March organisers", kind: .organisation),
        Entity(id: "dock-strike", name: "Dock strike", kind: .group),
        Entity(id: "port-economists", name: "Port economists", kind: .organisation),
        Entity(id: "alvarez", name: "Marta Alvarez", kind: .person, roles: [
            Role(title: "Senator", from: Day(year: 2019, month: 1, day: 3), to: Day(year: 2025, month: 1, day: 20)),
            Role(title: "Secretary of State", aliases: ["foreign secretary"], from: Day(year: 2025, month: 1, day: 21)),
        ]),
    ]
    public static let events = [
        Event(id: "summit-sep", name: "Paris summit", start: Day(year: 2025, month: 9, day: 4)!, series: "summits"),
        Event(id: "summit-jan", name: "Paris summit", start: Day(year: 2026, month: 1, day: 6)!, series: "summits"),
        Event(id: "call-sep", name: "Call with the US president", start: Day(year: 2025, month: 9, day: 4)!),
        Event(id: "harbour-fire", name: "Harbour ferry fire", start: Day(year: 2025, month: 9, day: 3)!),
        Event(id: "harbour-march", name: "Harbour march", start: Day(year: 2025, month: 9, day: 3)!),
        Event(id: "dock-strike", name: "Dock strike", start: Day(year: 2025, month: 9, day: 2)!,
              end: Day(year: 2025, month: 9, day: 8)),
    ]
    public static let attributes = [
        Attribute(id: "troop-pledge-countries", name: "Countries pledging troops", kind: .count, units: ["countries"]),
        Attribute(id: "attendance-mode", name: "Attendance", kind: .category, values: [
            CategoryValue(id: "present"), CategoryValue(id: "in-person", broader: "present"),
            CategoryValue(id: "remote", broader: "present"), CategoryValue(id: "video-link", broader: "remote"),
            CategoryValue(id: "phone", broader: "remote"), CategoryValue(id: "absent"),
        ]),
        Attribute(id: "signed-declaration", name: "Signed the declaration", kind: .flag),
        Attribute(id: "topic-discussed", name: "Topic discussed", kind: .category, exclusive: false),
        Attribute(id: "death-toll", name: "Death toll", kind: .count, units: ["people"], evolution: .grows),
        Attribute(id: "people-on-board", name: "People on board", kind: .count, units: ["people"], evolution: .fixed),
        Attribute(id: "crowd-size", name: "Crowd size", kind: .count, units: ["people"], evolution: .changes),
        Attribute(id: "strike-cost", name: "Cost of the strike", kind: .number, units: ["euros"], evolution: .changes),
        Attribute(id: "office", name: "Office", kind: .category),
    ]
    public static let sources = [
        Source(id: "outlet-a", outlet: "Outlet A", published: Day(year: 2025, month: 9, day: 3)),
        Source(id: "outlet-b", outlet: "Outlet B", published: Day(year: 2025, month: 9, day: 4)),
        Source(id: "outlet-c", outlet: "Outlet C", published: Day(year: 2025, month: 9, day: 5)),
        Source(id: "outlet-d", outlet: "Outlet D", published: Day(year: 2026, month: 1, day: 6)),
        Source(id: "outlet-e", outlet: "Outlet E", published: Day(year: 2025, month: 9, day: 4)),
    ]

    public static func claimSet(for examples: [ExampleClaim]) -> ClaimSet {
        let claims = examples.enumerated().map { index, example in
            let source = sources.first { $0.id == example.source }
            return Claim(id: "claim-\(index + 1)", sourceID: example.source, subject: example.subject,
                         attribute: example.attribute, value: example.value, unit: example.unit,
                         speaker: Speaker(example.speaker),
                         attribution: example.speaker == "narrator" ? .narrator : .reportedSpeech,
                         modality: example.modality, event: example.event, said: source?.published,
                         statement: "example claim \(index + 1)",
                         evidence: Evidence(file: "\(example.source).txt", line: index + 1),
                         correction: example.correction, ordinal: example.ordinal)
        }
        return ClaimSet(entities: entities, events: events, attributes: attributes, sources: sources, claims: claims)
    }
}
