import ClaimModel

/// The binary form of the registries (entities, events, attributes) in `ClaimIndex`, in the
/// encoding of `CacheCoding`: a desk check against a big record read 40,000 entities from JSON on
/// every run, and that parse was the largest part of it.
extension CacheWriter {
    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    mutating func registries(entities: [Entity], events: [Event], attributes: [Attribute]) {
        int(entities.count)
        for entity in entities {
            string(entity.id); string(entity.name); byte(UInt8(Entity.Kind.allCases.firstIndex(of: entity.kind)!))
            strings(entity.aliases)
            int(entity.roles.count)
            for role in entity.roles { string(role.title); strings(role.aliases); day(role.from); day(role.to) }
        }
        int(events.count)
        for event in events {
            string(event.id); string(event.name); day(event.start); day(event.end)
            optionalString(event.place); optionalString(event.series)
        }
        int(attributes.count)
        for attribute in attributes {
            string(attribute.id); string(attribute.name)
            byte(UInt8(Attribute.Kind.allCases.firstIndex(of: attribute.kind)!))
            optionalString(attribute.description); strings(attribute.units)
            double(attribute.tolerance.about); double(attribute.tolerance.slack)
            byte(attribute.exclusive ? 1 : 0)
            int(attribute.values.count)
            for value in attribute.values {
                string(value.id); optionalString(value.broader); optionalString(value.label)
            }
            byte(attribute.changesAcrossEvents ? 1 : 0)
            strings(attribute.cues)
            byte(UInt8(Attribute.Evolution.allCases.firstIndex(of: attribute.evolution)!))
        }
    }
}

extension CacheReader {
    mutating func strings() throws(CacheDamaged) -> [String] {
        var values: [String] = []
        for _ in 0..<(try count()) { values.append(try string()) }
        return values
    }

    mutating func kind<Kind: CaseIterable>(_: Kind.Type) throws(CacheDamaged) -> Kind {
        let index = Int(try byte())
        guard index < Kind.allCases.count else { throw CacheDamaged() }
        return Kind.allCases[Kind.allCases.index(Kind.allCases.startIndex, offsetBy: index)]
    }

    mutating func registries() throws(CacheDamaged) -> (entities: [Entity], events: [Event], attributes: [Attribute]) {
        var entities: [Entity] = []
        for _ in 0..<(try count()) {
            let id = try string(), name = try string(), kind = try kind(Entity.Kind.self), aliases = try strings()
            var roles: [Role] = []
            for _ in 0..<(try count()) {
                roles.append(Role(title: try string(), aliases: try strings(), from: try day(), to: try day()))
            }
            entities.append(Entity(id: id, name: name, kind: kind, aliases: aliases, roles: roles))
        }
        var events: [Event] = []
        for _ in 0..<(try count()) {
            let id = try string(), name = try string()
            guard let start = try day() else { throw CacheDamaged() }
            events.append(Event(id: id, name: name, start: start, end: try day(), place: try optionalString(),
                                series: try optionalString()))
        }
        var attributes: [Attribute] = []
        for _ in 0..<(try count()) {
            let id = try string(), name = try string(), kind = try kind(Attribute.Kind.self)
            let description = try optionalString(), units = try strings()
            let tolerance = Tolerance(about: try double(), slack: try double())
            let exclusive = try flag()
            var values: [CategoryValue] = []
            for _ in 0..<(try count()) {
                values.append(CategoryValue(id: try string(), broader: try optionalString(),
                                            label: try optionalString()))
            }
            let changesAcrossEvents = try flag(), cues = try strings()
            attributes.append(Attribute(id: id, name: name, kind: kind, description: description, units: units,
                                        tolerance: tolerance, exclusive: exclusive, values: values,
                                        changesAcrossEvents: changesAcrossEvents, cues: cues,
                                        evolution: try self.kind(Attribute.Evolution.self)))
        }
        return (entities, events, attributes)
    }
}
