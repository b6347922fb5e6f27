/// Decodes the three registries beside the claims: entities, events and attributes.
package enum RegistryDecoder {
    package static func entities(_ document: JSONValue, file: String,
                                 into diagnostics: inout [Diagnostic]) -> [Entity] {
        guard var root = ObjectReader(document, file: file, context: "the entities file",
                                      diagnostics: &diagnostics) else { return [] }
        _ = root.string("format"); _ = root.value("version")
        var entities: [Entity] = []
        for element in root.array("entities", required: true) {
            guard var reader = ObjectReader(element, file: file, context: "an entity",
                                            diagnostics: &diagnostics) else { continue }
            let id = reader.identifier("id", required: true)
            let name = reader.string("name", required: true)
            let kindText = reader.string("kind", required: true)
            let kind = kindText.flatMap { Entity.Kind(rawValue: $0) }
            if let kindText, kind == nil {
                reader.error(reader.member("kind")?.value.line ?? reader.line,
                             "entity kind \"\(kindText)\" is not one of "
                             + "\(Entity.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let aliases = reader.strings("aliases")
            var roles: [Role] = []
            for roleValue in reader.array("roles") {
                guard var roleReader = ObjectReader(roleValue, file: file, context: "a role",
                                                    diagnostics: &diagnostics) else { continue }
                let title = roleReader.string("title", required: true)
                let role = Role(title: title ?? "", aliases: roleReader.strings("aliases"),
                                from: roleReader.day("from"), to: roleReader.day("to"))
                if let from = role.from, let to = role.to, to < from {
                    roleReader.error(roleReader.line, "role \"\(role.title)\" ends (\(to)) before it starts (\(from))")
                }
                diagnostics += roleReader.finish()
                if title != nil { roles.append(role) }
            }
            diagnostics += reader.finish()
            if let id, let name, let kind {
                entities.append(Entity(id: id, name: name, kind: kind, aliases: aliases, roles: roles))
            }
        }
        diagnostics += root.finish()
        return entities
    }

    package static func events(_ document: JSONValue, file: String, into diagnostics: inout [Diagnostic]) -> [Event] {
        guard var root = ObjectReader(document, file: file, context: "the events file",
                                      diagnostics: &diagnostics) else { return [] }
        _ = root.string("format"); _ = root.value("version")
        var events: [Event] = []
        for element in root.array("events", required: true) {
            guard var reader = ObjectReader(element, file: file, context: "an event",
                                            diagnostics: &diagnostics) else { continue }
            let id = reader.identifier("id", required: true)
            let name = reader.string("name", required: true)
            let start = reader.day("start", required: true)
            let end = reader.day("end")
            if let start, let end, end < start {
                reader.error(reader.member("end")?.value.line ?? reader.line,
                             "event ends (\(end)) before it starts (\(start))")
            }
            let place = reader.string("place")
            let series = reader.identifier("series")
            // Where extraction read an event it proposes (extracted-events.json): for the
            // curator reviewing it, not part of the event.
            _ = reader.value("evidence")
            diagnostics += reader.finish()
            if let id, let name, let start {
                events.append(Event(id: id, name: name, start: start, end: end, place: place, series: series))
            }
        }
        diagnostics += root.finish()
        return events
    }

    package static func attributes(_ document: JSONValue, file: String,
                                   into diagnostics: inout [Diagnostic]) -> [Attribute] {
        guard var root = ObjectReader(document, file: file, context: "the attributes file",
                                      diagnostics: &diagnostics) else { return [] }
        _ = root.string("format"); _ = root.value("version")
        var attributes: [Attribute] = []
        for element in root.array("attributes", required: true) {
            guard var reader = ObjectReader(element, file: file, context: "an attribute",
                                            diagnostics: &diagnostics) else { continue }
            let id = reader.identifier("id", required: true)
            let name = reader.string("name", required: true)
            let kindText = reader.string("kind", required: true)
            let kind = kindText.flatMap { Attribute.Kind(rawValue: $0) }
            if let kindText, kind == nil {
                reader.error(reader.member("kind")?.value.line ?? reader.line,
                             "attribute kind \"\(kindText)\" is not one of "
                             + "\(Attribute.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var tolerance = Tolerance()
            if let toleranceValue = reader.value("tolerance"),
               var toleranceReader = ObjectReader(toleranceValue, file: file, context: "a tolerance",
                                                  diagnostics: &diagnostics) {
                if let about = toleranceReader.number("about") {
                    if (0...1).contains(about) { tolerance.about = about } else {
                        toleranceReader.error(toleranceValue.line,
                                              "tolerance \"about\" must be a fraction between 0 and 1, found "
                                              + "\(JSONWriter.formatNumber(about))")
                    }
                }
                if let slack = toleranceReader.number("slack") {
                    if slack >= 0 { tolerance.slack = slack } else {
                        toleranceReader.error(toleranceValue.line, "tolerance \"slack\" must not be negative")
                    }
                }
                diagnostics += toleranceReader.finish()
            }
            var evolution = Attribute.Evolution.changes
            if let text = reader.string("evolution") {
                if let parsed = Attribute.Evolution(rawValue: text) { evolution = parsed } else {
                    reader.error(reader.member("evolution")?.value.line ?? reader.line,
                                 "evolution \"\(text)\" is not one of "
                                     + "\(Attribute.Evolution.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            var values: [CategoryValue] = []
            var valueLines: [String: Int] = [:]
            for valueElement in reader.array("values") {
                guard var valueReader = ObjectReader(valueElement, file: file, context: "a category value",
                                                     diagnostics: &diagnostics) else { continue }
                if let valueID = valueReader.identifier("id", required: true) {
                    values.append(CategoryValue(id: valueID, broader: valueReader.identifier("broader"),
                                                label: valueReader.string("label")))
                    valueLines[valueID] = valueLines[valueID] ?? valueElement.line
                }
                diagnostics += valueReader.finish()
            }
            let valueIDs = Set(values.map(\.id))
            for value in values {
                if let broader = value.broader, !valueIDs.contains(broader) {
                    reader.error(reader.member("values")?.value.line ?? reader.line,
                                 "category value \"\(value.id)\" refines \"\(broader)\", which is not among the values")
                }
            }
            for problem in Self.broaderCycles(values, lines: valueLines) { reader.error(problem.line, problem.message) }
            let attribute = Attribute(
                id: id ?? "", name: name ?? "", kind: kind ?? .count,
                description: reader.string("description"),
                units: reader.strings("units"),
                tolerance: tolerance,
                exclusive: reader.bool("exclusive") ?? true,
                values: values,
                changesAcrossEvents: reader.bool("changesAcrossEvents") ?? true,
                cues: reader.strings("cues"),
                evolution: evolution)
            if kind != .category && !values.isEmpty {
                reader.error(reader.member("values")?.value.line ?? reader.line,
                             "only category attributes have \"values\"")
            }
            diagnostics += reader.finish()
            if id != nil, name != nil, kind != nil { attributes.append(attribute) }
        }
        diagnostics += root.finish()
        return attributes
    }

    /// `broader` must end at a value that refines nothing: in a cycle ("present" refines
    /// "in-person", which refines "present") no value is broadest, every value would count as
    /// broader than the others, and a real difference between two of them would go unreported.
    /// The cycle is named at its first member's line (`TranslationCycles` finds cycles of any
    /// map in which each key names at most one other).
    static func broaderCycles(_ values: [CategoryValue], lines: [String: Int]) -> [(line: Int, message: String)] {
        var refines: [String: String] = [:]
        for value in values { if let broader = value.broader, refines[value.id] == nil { refines[value.id] = broader } }
        return TranslationCycles.find(refines).map { cycle in
            let line = lines[cycle[0]] ?? 0
            if cycle.count == 1 {
                return (line, "category value \"\(cycle[0])\" refines itself; remove its \"broader\"")
            }
            return (line,
                    "category values refine each other in a cycle: \(TranslationCycles.text(cycle)); "
                    + "one of them must refine nothing")
        }
    }
}
