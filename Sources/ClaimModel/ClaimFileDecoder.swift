/// Decodes one source file (an article's metadata and its claims), checking every reference
/// against the registries so that a typo in an id is an error at its line, not a silent miss.
package struct ClaimFileDecoder: Sendable {
    package let entities: [String: Entity]
    package let events: [String: Event]
    package let attributes: [String: Attribute]

    package init(entities: [String: Entity], events: [String: Event], attributes: [String: Attribute]) {
        self.entities = entities
        self.events = events
        self.attributes = attributes
    }

    /// Counts above this are not news about countries or people: they are typing mistakes.
    package static let absurdCount = 10_000_000_000.0

    package struct Decoded {
        package var source: Source
        package var sourceLine: Int
        package var claims: [Claim]
        /// Line of each claim's `sameQuoteAs`, to report a dangling reference where it stands.
        package var sameQuoteLines: [String: Int]
    }

    package func decode(_ document: JSONValue, file: String, into diagnostics: inout [Diagnostic]) -> Decoded? {
        guard var root = ObjectReader(document, file: file, context: "a claims file",
                                      diagnostics: &diagnostics) else { return nil }
        _ = root.string("format"); _ = root.value("version")
        guard let sourceValue = root.value("source", required: true),
              let source = decodeSource(sourceValue, file: file, into: &diagnostics) else {
            diagnostics += root.finish()
            return nil
        }
        var claims: [Claim] = []
        var seen: [String: Int] = [:]
        var sameQuoteLines: [String: Int] = [:]
        for element in root.array("claims", required: true) {
            guard let (claim, sameQuoteLine) = decodeClaim(element, source: source, file: file,
                                                           into: &diagnostics) else { continue }
            if let firstLine = seen[claim.id] {
                diagnostics.append(Diagnostic(.error, file: file, line: element.line,
                    "duplicate claim id \"\(claim.id)\" (first used at line \(firstLine)); "
                    + "ids must be unique within a file"))
                continue
            }
            seen[claim.id] = element.line
            if let sameQuoteLine { sameQuoteLines[claim.id] = sameQuoteLine }
            claims.append(claim)
        }
        diagnostics += root.finish()
        return Decoded(source: source, sourceLine: sourceValue.line, claims: claims, sameQuoteLines: sameQuoteLines)
    }

    private func decodeSource(_ value: JSONValue, file: String, into diagnostics: inout [Diagnostic]) -> Source? {
        guard var reader = ObjectReader(value, file: file, context: "the source",
                                        diagnostics: &diagnostics) else { return nil }
        let id = reader.identifier("id", required: true)
        let outlet = reader.string("outlet", required: true)
        let source = Source(id: id ?? "", outlet: outlet ?? "", title: reader.string("title"),
                            published: reader.day("published"), language: reader.string("language"),
                            translatedFrom: reader.string("translatedFrom"), file: reader.string("file"),
                            url: reader.string("url"), note: reader.string("note"))
        if source.file == "", let member = reader.member("file") {
            reader.error(member.value.line, Self.emptyFile("the source"))
        }
        let problems = reader.finish()
        diagnostics += problems
        guard id != nil, outlet != nil else { return nil }
        return source
    }

    private func decodeClaim(_ value: JSONValue, source: Source, file: String,
                             into diagnostics: inout [Diagnostic]) -> (Claim, Int?)? {
        guard var reader = ObjectReader(value, file: file, context: "a claim",
                                        diagnostics: &diagnostics) else { return nil }
        defer { diagnostics += reader.finish() }
        let id = reader.identifier("id", required: true)

        let subject = reader.identifier("subject", required: true)
        if let subject, entities[subject] == nil {
            reader.error(reader.member("subject")!.value.line,
                         "unknown entity \"\(subject)\" in \"subject\"; add it to entities.json or correct the id")
        }

        let attributeID = reader.identifier("attribute", required: true)
        let attribute = attributeID.flatMap { attributes[$0] }
        if let attributeID, attribute == nil {
            reader.error(reader.member("attribute")!.value.line,
                         "unknown attribute \"\(attributeID)\"; add it to attributes.json or correct the id")
        }

        let valueMember = reader.value("value", required: true)
        var claimValue: ClaimValue?
        if let valueMember, let attribute {
            claimValue = decodeValue(valueMember, attribute: attribute, reader: &reader)
        }

        var unit = reader.string("unit")
        if let attribute {
            if let given = unit {
                if !attribute.units.contains(given) {
                    let quoted = attribute.units.map { "\"\($0)\"" }.joined(separator: ", ")
                    let allowed = attribute.units.isEmpty ? "no units" : "units \(quoted)"
                    reader.error(reader.member("unit")!.value.line,
                                 "unit \"\(given)\" is not allowed for \"\(attribute.id)\", which takes \(allowed)")
                }
            } else if attribute.units.count == 1 {
                unit = attribute.units[0]
            } else if attribute.units.count > 1 {
                reader.error(reader.line,
                             "claim \"\(id ?? "?")\" needs a \"unit\": \"\(attribute.id)\" is counted in "
                             + "\(attribute.units.joined(separator: " or "))")
            }
        }

        let speakerText = reader.string("speaker") ?? "narrator"
        let speaker = Speaker(speakerText)
        if case .entity(let speakerID) = speaker, entities[speakerID] == nil {
            reader.error(reader.member("speaker")?.value.line ?? reader.line,
                         "unknown entity \"\(speakerID)\" in \"speaker\"; use an entity id, \"narrator\" or "
                         + "\"anonymous\"")
        }

        var attribution = speaker == .narrator ? Attribution.narrator : .reportedSpeech
        if let text = reader.string("attribution") {
            if let parsed = Attribution(rawValue: text) { attribution = parsed } else {
                reader.error(reader.member("attribution")!.value.line,
                             "attribution \"\(text)\" is not one of "
                             + "\(Attribution.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        if (speaker == .narrator) != (attribution == .narrator) {
            reader.error(reader.member("attribution")?.value.line ?? reader.line,
                         "speaker \"\(speaker.id)\" does not fit attribution \"\(attribution.rawValue)\": the outlet's "
                         + "own voice is speaker \"narrator\" with attribution \"narrator\"")
        }

        var modality = Modality.asserted
        if let text = reader.string("modality") {
            if let parsed = Modality(rawValue: text) { modality = parsed } else {
                reader.error(reader.member("modality")!.value.line,
                             "modality \"\(text)\" is not one of "
                             + "\(Modality.allCases.map(\.rawValue).joined(separator: ", ")); "
                             + "negation belongs in the value")
            }
        }

        let event = reader.identifier("event")
        if let event, events[event] == nil {
            reader.error(reader.member("event")!.value.line,
                         "unknown event \"\(event)\"; add it to events.json or correct the id")
        }
        let said = reader.day("said") ?? source.published
        let statement = reader.string("statement") ?? ""

        var evidence: Evidence?
        var alsoAt: [ClaimOccurrence] = []
        if let evidenceValue = reader.value("evidence", required: true),
           var evidenceReader = ObjectReader(evidenceValue, file: file, context: "the evidence",
                                             diagnostics: &diagnostics) {
            let evidenceFile = evidenceReader.string("file") ?? source.file
            let line = evidenceReader.integer("line", required: true, minimum: 1)
            if evidenceFile == "", let member = evidenceReader.member("file") {
                evidenceReader.error(member.value.line, Self.emptyFile("the evidence"))
            } else if evidenceFile == nil {
                evidenceReader.error(evidenceValue.line, "the evidence names no \"file\" and the source has none")
            }
            var span: Range<Int>?
            if let spanValue = evidenceReader.value("span"),
               var spanReader = ObjectReader(spanValue, file: file, context: "the span", diagnostics: &diagnostics) {
                if let start = spanReader.integer("start", required: true, minimum: 0),
                   let end = spanReader.integer("end", required: true, minimum: 0) {
                    if end >= start {
                        span = start..<end
                    } else {
                        spanReader.error(spanValue.line, "span ends before it starts")
                    }
                }
                diagnostics += spanReader.finish()
            }
            for lineValue in evidenceReader.array("alsoAt") {
                if let number = lineValue.numberValue, number == number.rounded(), number >= 1, number < 1e9,
                   let evidenceFile {
                    alsoAt.append(ClaimOccurrence(sourceID: source.id,
                                                  evidence: Evidence(file: evidenceFile, line: Int(number))))
                } else {
                    evidenceReader.error(lineValue.line, "\"alsoAt\" must list line numbers (whole numbers from 1)")
                }
            }
            if let evidenceFile, let line { evidence = Evidence(file: evidenceFile, line: line, span: span) }
            diagnostics += evidenceReader.finish()
        }

        let sameQuoteMember = reader.member("sameQuoteAs")
        let sameQuoteAs = reader.string("sameQuoteAs")
        if let sameQuoteAs, !sameQuoteAs.contains("#") {
            reader.error(sameQuoteMember!.value.line,
                         "\"sameQuoteAs\" must name a claim as \"source-id#claim-id\", found \"\(sameQuoteAs)\"")
        }

        // Optional since the rules issue; a version 1 file without them reads as before.
        let correction = reader.bool("correction") ?? false
        let ordinal = reader.integer("ordinal", minimum: 1)

        guard let id, let subject, let attributeID, let claimValue, let evidence else { return nil }
        let claim = Claim(id: id, sourceID: source.id, subject: subject, attribute: attributeID, value: claimValue,
                          unit: unit, speaker: speaker, attribution: attribution, modality: modality, event: event,
                          said: said, statement: statement, evidence: evidence, alsoAt: alsoAt,
                          sameQuoteAs: sameQuoteAs,
                          correction: correction, ordinal: ordinal)
        return (claim, sameQuoteMember?.value.line)
    }

    private func decodeValue(_ value: JSONValue, attribute: Attribute, reader: inout ObjectReader) -> ClaimValue? {
        switch attribute.kind {
        case .count, .number:
            guard let quantity = decodeQuantity(value, attribute: attribute, reader: &reader) else { return nil }
            return .quantity(quantity)
        case .category:
            guard let text = value.stringValue else {
                reader.error(value.line,
                             "\"\(attribute.id)\" is a category: the value must be a string, found "
                             + "\(value.typeDescription)")
                return nil
            }
            if !attribute.values.isEmpty && attribute.categoryValue(text) == nil {
                reader.error(value.line,
                             "\"\(text)\" is not a value of \"\(attribute.id)\"; expected one of "
                             + "\(attribute.values.map(\.id).joined(separator: ", "))")
                return nil
            }
            return .category(text)
        case .flag:
            guard let flag = value.boolValue else {
                reader.error(value.line,
                             "\"\(attribute.id)\" is a flag: the value must be true or false, found "
                             + "\(value.typeDescription)")
                return nil
            }
            return .flag(flag)
        }
    }

    private func decodeQuantity(_ value: JSONValue, attribute: Attribute, reader: inout ObjectReader) -> Quantity? {
        let what = attribute.kind == .count ? "a count" : "a number"
        func check(_ number: Double, line: Int) -> Bool {
            guard attribute.kind == .count else { return true }
            if number < 0 {
                reader.error(line,
                             "\"\(attribute.id)\" is a count and cannot be negative "
                             + "(\(JSONWriter.formatNumber(number)))")
                return false
            }
            if number != number.rounded() {
                reader.error(line,
                             "\"\(attribute.id)\" is a count and must be a whole number, found "
                             + "\(JSONWriter.formatNumber(number))")
                return false
            }
            if number > Self.absurdCount {
                reader.error(line,
                             "\(JSONWriter.formatNumber(number)) is not a plausible count for \"\(attribute.id)\"")
                return false
            }
            return true
        }
        if let number = value.numberValue {
            return check(number, line: value.line) ? .exactly(number) : nil
        }
        guard let members = value.objectMembers else {
            reader.error(value.line,
                         "\"\(attribute.id)\" is \(what): the value must be a number or "
                         + "{\"exactly\"|\"about\"|\"min\"/\"max\": n}, found \(value.typeDescription)")
            return nil
        }
        let keys = Set(members.map(\.key))
        func number(_ key: String) -> (Double?, Bool) {
            guard let member = members.first(where: { $0.key == key }) else { return (nil, true) }
            if member.value.isNull { return (nil, true) }
            guard let number = member.value.numberValue else {
                reader.error(member.value.line,
                             "\"\(key)\" in a value must be a number, found \(member.value.typeDescription)")
                return (nil, false)
            }
            return check(number, line: member.value.line) ? (number, true) : (nil, false)
        }
        if keys == ["exactly"] {
            let (exact, ok) = number("exactly")
            guard ok, let exact else { return nil }
            return .exactly(exact)
        }
        if keys == ["about"] {
            let (about, ok) = number("about")
            guard ok, let about else { return nil }
            return .about(about)
        }
        if !keys.isEmpty, keys.isSubset(of: ["min", "max"]) {
            let (minimum, minOK) = number("min")
            let (maximum, maxOK) = number("max")
            guard minOK, maxOK else { return nil }
            if minimum == nil && maximum == nil {
                reader.error(value.line, "a range needs \"min\" or \"max\"")
                return nil
            }
            if let minimum, let maximum, minimum > maximum {
                reader.error(value.line,
                             "the range's \"min\" (\(JSONWriter.formatNumber(minimum))) is above its \"max\" "
                             + "(\(JSONWriter.formatNumber(maximum)))")
                return nil
            }
            return .range(min: minimum, max: maximum)
        }
        reader.error(value.line,
                     "a value object holds {\"exactly\": n}, {\"about\": n} or {\"min\": a, \"max\": b}; found keys "
                     + "\(keys.sorted().joined(separator: ", "))")
        return nil
    }

    /// An empty file name points nowhere: SARIF would carry `"uri": ""` and no reader could
    /// find the evidence. (A missing one means the source's article.)
    static func emptyFile(_ place: String) -> String {
        "\"file\" in \(place) is empty; name the article file, or leave \"file\" out"
    }
}
