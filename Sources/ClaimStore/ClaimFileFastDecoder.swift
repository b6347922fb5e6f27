import Foundation
import ClaimModel

/// Decodes a claims file straight from its bytes into `ClaimTable` rows, without building a
/// `JSONValue` tree, for files that are entirely valid and free of warnings: the everyday case
/// of a curated archive. A row's `Claim` is decoded again from the same bytes, by the same
/// code, when something reads it.
///
/// It never reports a problem. Anything it does not fully understand (an unknown or repeated
/// field, a bad or unknown id, an escape inside an id, a value out of range) makes it give up on
/// the file, and the loader decodes that file again on the plain path, which explains the
/// problem with its line. So the fast path only has to agree with the plain one on success,
/// which a test checks on a generated corpus.
final class ClaimFileFastDecoder: Sendable {
    let entities: IdentifierTable
    let events: IdentifierTable
    let attributeIDs: IdentifierTable
    /// In the order of `attributeIDs.ids`.
    let attributes: [Attribute]
    /// Each attribute's units and category value ids as bytes, compared without allocating.
    let unitBytes: [[[UInt8]]]
    let categoryBytes: [[[UInt8]]]
    /// What scanning a claim asks of its attribute, without copying the `Attribute` (a dozen
    /// reference-counted fields) for every claim.
    let shapes: [AttributeShape]

    init(entities: [String: Entity], events: [String: Event], attributes: [String: Attribute]) {
        self.entities = IdentifierTable(unique: entities.keys)
        self.events = IdentifierTable(unique: events.keys)
        self.attributeIDs = IdentifierTable(unique: attributes.keys)
        self.attributes = attributeIDs.ids.map { attributes[$0]! }
        self.unitBytes = self.attributes.map { $0.units.map { Array($0.utf8) } }
        self.categoryBytes = self.attributes.map { $0.values.map { Array($0.id.utf8) } }
        self.shapes = self.attributes.map {
            AttributeShape(kind: $0.kind, unitCount: $0.units.count, isOpen: $0.values.isEmpty)
        }
    }

    /// The file's source, its claims as table rows sorted by claim id, and the claims packed
    /// (`PackedClaims`, which the rows point into); nil when the plain path must look at the
    /// file (a repeated claim id included, which it reports).
    func decodeRows(_ bytes: UnsafeBufferPointer<UInt8>,
                    file: Int32) -> (source: Source, sourceLine: Int, rows: [ClaimRow], packed: [UInt8])? {
        var reader = FastClaimReader(cursor: JSONCursor(bytes: bytes), registry: self)
        var packed = PackedClaims(reservingFor: bytes.count)
        guard var decoded = try? reader.file({ reader, source throws(FastPathDeclined) in
            try reader.rows(file: file, into: &packed)
        }) else {
            return nil
        }
        let claims = packed.trimmed()
        let sorted = claims.withUnsafeBufferPointer { claims in
            // Ids are lowercase ASCII, so byte order is the order of their strings.
            func order(_ a: Range<Int>, _ b: Range<Int>) -> Int32 {
                let common = memcmp(claims.baseAddress! + a.lowerBound, claims.baseAddress! + b.lowerBound,
                                    min(a.count, b.count))
                return common != 0 ? common : Int32(a.count - b.count)
            }
            // Files written by tools are often in id order already.
            if zip(decoded.claims, decoded.claims.dropFirst()).contains(where: { order($0.id, $1.id) > 0 }) {
                decoded.claims.sort { order($0.id, $1.id) < 0 }
            }
            return !zip(decoded.claims, decoded.claims.dropFirst()).contains { order($0.id, $1.id) == 0 }
        }
        guard sorted else { return nil }
        return (decoded.source, decoded.sourceLine, decoded.claims, claims)
    }

    /// The claim packed at `offset` of a file's `PackedClaims` (`decodeRows`).
    func claim(packed bytes: UnsafeBufferPointer<UInt8>, at offset: Int, of source: Source) -> Claim {
        let reader = FastClaimReader(cursor: JSONCursor(bytes: bytes), registry: self)
        return reader.claim(PackedClaims.scanned(in: bytes, at: offset), of: source)
    }

    private static let empty = ClaimFileFastDecoder(entities: [:], events: [:], attributes: [:])

    /// Whether the file opens with `{"format": "claimcheck-claims"`, as every claims file the
    /// tools write does: such files are decoded after the registries, on the fast path.
    static func declaresClaims(_ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        var reader = FastClaimReader(cursor: JSONCursor(bytes: prefix), registry: empty)
        return (try? reader.leadingFormatIsClaims()) ?? false
    }
}

/// The fast path gave up; the plain path will say why.
struct FastPathDeclined: Error {}

private struct FastClaimReader {
    var cursor: JSONCursor
    /// A class reference: readers are copied into helpers, and copying one pointer is cheaper
    /// than retaining every table.
    let registry: ClaimFileFastDecoder
    /// The source's file name, and its bytes, so evidence naming it shares the source's string.
    var sourceFile: String? { didSet { hasSourceFile = sourceFile != nil } }
    var sourceFileBytes: [UInt8] = []
    /// `sourceFile != nil`, asked once per claim without copying the string.
    var hasSourceFile = false

    var bytes: UnsafeBufferPointer<UInt8> { cursor.bytes }

    // MARK: JSON structure

    mutating func peek() throws(FastPathDeclined) -> UInt8 {
        cursor.skipWhitespace()
        guard cursor.index < bytes.count else { throw FastPathDeclined() }
        return bytes[cursor.index]
    }

    mutating func expect(_ byte: UInt8) throws(FastPathDeclined) {
        guard try peek() == byte else { throw FastPathDeclined() }
        cursor.index += 1
    }

    /// The next member's key of an object opened with `expect("{")`; nil at its end.
    mutating func nextKey(_ first: inout Bool) throws(FastPathDeclined) -> Range<Int>? {
        var byte = try peek()
        if byte == UInt8(ascii: "}") { cursor.index += 1; return nil }
        if !first {
            guard byte == UInt8(ascii: ",") else { throw FastPathDeclined() }
            cursor.index += 1
            byte = try peek()
        }
        first = false
        guard byte == UInt8(ascii: "\""), let key = cursor.rawString() else { throw FastPathDeclined() }
        try expect(UInt8(ascii: ":"))
        cursor.skipWhitespace()
        return key
    }

    /// Whether another element follows in an array opened with `expect("[")`.
    mutating func nextElement(_ first: inout Bool) throws(FastPathDeclined) -> Bool {
        let byte = try peek()
        if byte == UInt8(ascii: "]") { cursor.index += 1; return false }
        if !first {
            guard byte == UInt8(ascii: ",") else { throw FastPathDeclined() }
            cursor.index += 1
        }
        first = false
        return true
    }

    func matches(_ range: Range<Int>, _ literal: StaticString) -> Bool { Self.matches(bytes, range, literal) }

    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        return Bytes.equal(bytes.baseAddress! + range.lowerBound, literal.utf8Start, count: range.count)
    }

    func matches(_ range: Range<Int>, _ text: [UInt8]) -> Bool {
        guard range.count == text.count else { return false }
        guard !text.isEmpty else { return true }
        return text.withUnsafeBufferPointer {
            Bytes.equal(bytes.baseAddress! + range.lowerBound, $0.baseAddress!, count: range.count)
        }
    }

    func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }

    /// Consumes `null` if it comes next.
    mutating func null() throws(FastPathDeclined) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    mutating func literal(_ text: StaticString) throws(FastPathDeclined) {
        let count = text.utf8CodeUnitCount
        guard cursor.index + count <= bytes.count, matches(cursor.index..<(cursor.index + count), text) else {
            throw FastPathDeclined()
        }
        cursor.index += count
    }

    mutating func bool() throws(FastPathDeclined) -> Bool {
        switch try peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: throw FastPathDeclined()
        }
    }

    /// A number, read by the same code as the plain parser so both agree to the last bit.
    mutating func number() throws(FastPathDeclined) -> Double {
        let byte = try peek()
        guard byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else {
            throw FastPathDeclined()
        }
        do throws(JSONParseError) { return try cursor.parseNumber() } catch { throw FastPathDeclined() }
    }

    /// A string without escapes, as raw bytes.
    mutating func rawString() throws(FastPathDeclined) -> Range<Int> {
        guard try peek() == UInt8(ascii: "\""), let range = cursor.rawString() else { throw FastPathDeclined() }
        return range
    }

    /// Any string, escapes decoded and UTF-8 validated.
    mutating func text() throws(FastPathDeclined) -> String {
        guard try peek() == UInt8(ascii: "\"") else { throw FastPathDeclined() }
        if let range = cursor.rawString() {
            let text = slice(range)
            if UTF8Check.isASCII(text) { return String(decoding: text, as: UTF8.self) }
            guard let string = String(validating: text, as: UTF8.self) else { throw FastPathDeclined() }
            return string
        }
        do throws(JSONParseError) { return try cursor.parseString() } catch { throw FastPathDeclined() }
    }

    mutating func optionalText() throws(FastPathDeclined) -> String? { try null() ? nil : text() }

    mutating func optionalDay() throws(FastPathDeclined) -> Day? {
        if try null() { return nil }
        guard let day = Day(isoUTF8: slice(try rawString())) else { throw FastPathDeclined() }
        return day
    }

    /// `ObjectReader.integer`: a whole number below 1e15 and at least `minimum`.
    mutating func integer(minimum: Int) throws(FastPathDeclined) -> Int {
        let number = try number()
        guard number == number.rounded(), abs(number) < 1e15, Int(number) >= minimum else { throw FastPathDeclined() }
        return Int(number)
    }

    // MARK: claims file

    mutating func leadingFormatIsClaims() throws(FastPathDeclined) -> Bool {
        cursor.skipByteOrderMark()
        try expect(UInt8(ascii: "{"))
        var first = true
        guard let key = try nextKey(&first), matches(key, "format") else { return false }
        return matches(try rawString(), "claimcheck-claims")
    }

    /// The file's source and what `readClaims` makes of its claims array.
    mutating func file<Claims>(_ readClaims: (inout FastClaimReader, Source) throws(FastPathDeclined) -> Claims)
        throws(FastPathDeclined) -> (source: Source, sourceLine: Int, claims: Claims) {
        cursor.skipByteOrderMark()
        try expect(UInt8(ascii: "{"))
        var first = true
        var sawFormat = false, sawVersion = false
        var source: Source?
        var sourceLine = 0
        var claims: Claims?
        while let key = try nextKey(&first) {
            if matches(key, "format"), !sawFormat {
                guard matches(try rawString(), "claimcheck-claims") else { throw FastPathDeclined() }
                sawFormat = true
            } else if matches(key, "version"), !sawVersion {
                guard try number() == Double(DocumentKind.supportedVersion) else { throw FastPathDeclined() }
                sawVersion = true
            } else if matches(key, "source"), source == nil {
                sourceLine = cursor.line
                source = try self.source()
            } else if matches(key, "claims"), claims == nil, let source {
                claims = try readClaims(&self, source)
            } else {
                throw FastPathDeclined()
            }
        }
        cursor.skipWhitespace()
        guard cursor.atEnd, sawFormat, let source, let claims else { throw FastPathDeclined() }
        return (source, sourceLine, claims)
    }

    mutating func source() throws(FastPathDeclined) -> Source {
        try expect(UInt8(ascii: "{"))
        var first = true
        var seen = Set<String>()
        var id: String?, outlet: String?, title: String?, published: Day?, language: String?
        var translatedFrom: String?, file: String?, url: String?, note: String?
        while let key = try nextKey(&first) {
            guard let name = String(validating: slice(key), as: UTF8.self), seen.insert(name).inserted else {
                throw FastPathDeclined()
            }
            switch name {
            case "id":
                let range = try rawString()
                guard Identifier.isValid(utf8: slice(range)) else { throw FastPathDeclined() }
                id = String(decoding: slice(range), as: UTF8.self)
            case "outlet":
                // Required, so it must not be blank; a name with some ASCII letter surely is not.
                let text = try text()
                guard text.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) else { throw FastPathDeclined() }
                outlet = text
            case "title": title = try optionalText()
            case "published": published = try optionalDay()
            case "language": language = try optionalText()
            case "translatedFrom": translatedFrom = try optionalText()
            case "file":
                file = try optionalText()
                if file?.isEmpty == true { throw FastPathDeclined() }
            case "url": url = try optionalText()
            case "note": note = try optionalText()
            default: throw FastPathDeclined()
            }
        }
        guard let id, let outlet else { throw FastPathDeclined() }
        sourceFile = file
        sourceFileBytes = file.map { Array($0.utf8) } ?? []
        return Source(id: id, outlet: outlet, title: title, published: published, language: language,
                      translatedFrom: translatedFrom, file: file, url: url, note: note)
    }

    /// The claims as table rows, what a check compares, each claim packed for decoding later.
    mutating func rows(file: Int32, into packed: inout PackedClaims) throws(FastPathDeclined) -> [ClaimRow] {
        try expect(UInt8(ascii: "["))
        var rows: [ClaimRow] = []
        var first = true
        while try nextElement(&first) {
            cursor.skipWhitespace()
            let line = cursor.line
            let scanned = try scanClaim()
            let place = packed.append(scanned, from: bytes)
            rows.append(ClaimRow(file: file, line: line, place, scanned))
        }
        return rows
    }

    // MARK: one claim

    /// A claim's value before its attribute (which may come later in the object) says how to
    /// read it.
    enum RawValue {
        case number(Double)
        case string(Range<Int>)
        case escapedString(String)
        case bool(Bool)
        /// `{"exactly"|"about"|"min"|"max": number or null}`: which keys were given (one bit
        /// each, in `BoundKey` order) and their numbers.
        case bounds(keys: UInt8, numbers: BoundNumbers)
    }

    /// The keys of an interval object, as bits.
    enum BoundKey: UInt8 {
        case exactly = 1, about = 2, min = 4, max = 8
    }

    /// The numbers of an interval object, by key; nil for a missing key or `null`.
    struct BoundNumbers {
        var exactly: Double?, about: Double?, min: Double?, max: Double?
    }

    mutating func rawValue() throws(FastPathDeclined) -> RawValue {
        switch try peek() {
        case UInt8(ascii: "\""):
            if let range = cursor.rawString() { return .string(range) }
            return .escapedString(try text())
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            return .bool(try bool())
        case UInt8(ascii: "{"):
            cursor.index += 1
            var first = true
            var keys: UInt8 = 0
            var numbers = BoundNumbers()
            while let key = try nextKey(&first) {
                let name: BoundKey
                if matches(key, "exactly") { name = .exactly } else if matches(key, "about") { name = .about }
                else if matches(key, "min") { name = .min } else if matches(key, "max") { name = .max }
                else { throw FastPathDeclined() }
                guard keys & name.rawValue == 0 else { throw FastPathDeclined() }
                keys |= name.rawValue
                let number = try null() ? nil : number()
                switch name {
                case .exactly: numbers.exactly = number
                case .about: numbers.about = number
                case .min: numbers.min = number
                case .max: numbers.max = number
                }
            }
            return .bounds(keys: keys, numbers: numbers)
        default:
            return .number(try number())
        }
    }

    /// A string that is valid UTF-8, left in place when it has no escapes.
    mutating func scanText() throws(FastPathDeclined) -> ScannedText {
        guard try peek() == UInt8(ascii: "\"") else { throw FastPathDeclined() }
        if let range = cursor.rawString() {
            guard UTF8Check.isValid(slice(range)) else { throw FastPathDeclined() }
            return .raw(range)
        }
        do throws(JSONParseError) { return .decoded(try cursor.parseString()) } catch { throw FastPathDeclined() }
    }

    func string(_ text: ScannedText) -> String {
        switch text {
        case .raw(let range): return String(decoding: slice(range), as: UTF8.self)
        case .decoded(let string): return string
        }
    }

    /// Reads one claim object and checks everything the plain decoder would, keeping positions
    /// and registry indices rather than strings.
    mutating func scanClaim() throws(FastPathDeclined) -> ScannedClaim {
        try expect(UInt8(ascii: "{"))
        var first = true
        var seen: UInt16 = 0
        var id: Range<Int>?, subjectID: Range<Int>?, attributeIndex: Int?, value: RawValue?, unit: Range<Int>?
        var speaker = ScannedClaim.narrator, attribution: Attribution?, modality = Modality.asserted
        var eventID: Range<Int>?, speakerID: Range<Int>?, said: Day?, statement: ScannedText?
        var sameQuoteAs: String?, correction = false, ordinal: Int?
        var evidenceFile: ScannedText?, evidenceLine: Int?, span: Range<Int>?, alsoAtLines: [Int]?
        while let key = try nextKey(&first) {
            guard let field = ClaimField(key, in: bytes), seen & field.bit == 0 else { throw FastPathDeclined() }
            seen |= field.bit
            switch field {
            case .id:
                let range = try rawString()
                guard Identifier.isValid(utf8: slice(range)) else { throw FastPathDeclined() }
                id = range
            case .subject:
                subjectID = try rawString()
            case .attribute:
                guard let index = registry.attributeIDs.index(of: bytes, try rawString()) else {
                    throw FastPathDeclined()
                }
                attributeIndex = index
            case .value:
                guard try !null() else { throw FastPathDeclined() }
                value = try rawValue()
            case .unit:
                unit = try null() ? nil : rawString()
            case .speaker:
                if try !null() {
                    let range = try rawString()
                    if matches(range, "narrator") {
                        speaker = ScannedClaim.narrator
                    } else if matches(range, "anonymous") {
                        speaker = ScannedClaim.anonymous
                    }
                    else { speakerID = range }
                }
            case .attribution:
                if try !null() {
                    let range = try rawString()
                    if matches(range, "narrator") { attribution = .narrator }
                    else if matches(range, "direct-quote") { attribution = .directQuote }
                    else if matches(range, "reported-speech") { attribution = .reportedSpeech }
                    else if matches(range, "anonymous-source") { attribution = .anonymousSource }
                    else { throw FastPathDeclined() }
                }
            case .modality:
                if try !null() {
                    let range = try rawString()
                    if matches(range, "asserted") { modality = .asserted }
                    else if matches(range, "expected") { modality = .expected }
                    else if matches(range, "hedged") { modality = .hedged } else { throw FastPathDeclined() }
                }
            case .event:
                if try !null() { eventID = try rawString() }
            case .said:
                said = try optionalDay()
            case .statement:
                statement = try null() ? nil : scanText()
            case .evidence:
                try self.evidence(file: &evidenceFile, line: &evidenceLine, span: &span, alsoAt: &alsoAtLines)
            case .sameQuoteAs:
                sameQuoteAs = try optionalText()
                if let sameQuoteAs, !sameQuoteAs.contains("#") { throw FastPathDeclined() }
            case .correction:
                correction = try bool()
            case .ordinal:
                ordinal = try integer(minimum: 1)
            }
        }
        // The registry lookups, one after the other once the object is read: each is a cache
        // miss in a table of 45,000 entities, and back to back the processor waits for them
        // together instead of one at a time between fields.
        guard let subjectID, let subject = registry.entities.index(of: bytes, subjectID) else {
            throw FastPathDeclined()
        }
        var event: Int?
        if let eventID {
            guard let known = registry.events.index(of: bytes, eventID) else { throw FastPathDeclined() }
            event = known
        }
        if let speakerID {
            guard let entity = registry.entities.index(of: bytes, speakerID) else { throw FastPathDeclined() }
            speaker = entity
        }
        guard let id, let attributeIndex, let value, let evidenceLine else { throw FastPathDeclined() }
        let attribute = registry.shapes[attributeIndex]

        var unitIndex: Int?
        if let unit {
            guard let known = registry.unitBytes[attributeIndex].firstIndex(where: { matches(unit, $0) }) else {
                throw FastPathDeclined()
            }
            unitIndex = known
        } else if attribute.unitCount == 1 {
            unitIndex = 0
        } else if attribute.unitCount > 1 {
            throw FastPathDeclined()
        }
        let resolvedAttribution = attribution ?? (speaker == ScannedClaim.narrator ? .narrator : .reportedSpeech)
        guard (speaker == ScannedClaim.narrator) == (resolvedAttribution == .narrator) else { throw FastPathDeclined() }
        guard evidenceFile != nil || hasSourceFile else { throw FastPathDeclined() }
        return ScannedClaim(
            id: id, subject: subject, attribute: attributeIndex, unit: unitIndex,
            value: try scannedValue(value, attribute: attributeIndex),
            speaker: speaker, attribution: resolvedAttribution, modality: modality, event: event, said: said,
            statement: statement, evidenceFile: evidenceFile, evidenceLine: evidenceLine, span: span,
            alsoAt: alsoAtLines,
            sameQuoteAs: sameQuoteAs, correction: correction, ordinal: ordinal)
    }

    /// The claim a scan found, with the registry's own strings for its ids.
    func claim(_ scanned: ScannedClaim, of source: Source) -> Claim {
        let attribute = registry.attributes[scanned.attribute]
        let file = evidenceFileName(scanned.evidenceFile, of: source)
        return Claim(id: String(decoding: slice(scanned.id), as: UTF8.self), sourceID: source.id,
                     subject: registry.entities[scanned.subject], attribute: attribute.id,
                     value: claimValue(scanned.value, attribute: attribute),
                     unit: unitName(scanned.unit, of: attribute),
                     speaker: speaker(scanned.speaker), attribution: scanned.attribution, modality: scanned.modality,
                     event: eventName(scanned.event), said: scanned.said ?? source.published,
                     statement: statementText(scanned.statement),
                     evidence: Evidence(file: file, line: scanned.evidenceLine, span: scanned.span),
                     alsoAt: occurrences(scanned.alsoAt, file: file, of: source),
                     sameQuoteAs: scanned.sameQuoteAs, correction: scanned.correction, ordinal: scanned.ordinal)
    }

    // Plain switches rather than Optional.map closures: the release optimiser of Swift 6.3
    // has crashed on the latter in this kind of code (see FormatVersion.problem).
    func occurrences(_ lines: [Int]?, file: String, of source: Source) -> [ClaimOccurrence] {
        switch lines {
        case .some(let lines):
            return lines.map { ClaimOccurrence(sourceID: source.id, evidence: Evidence(file: file, line: $0)) }
        case .none: return []
        }
    }

    func evidenceFileName(_ text: ScannedText?, of source: Source) -> String {
        switch text {
        case .some(let text): return string(text)
        case .none: return source.file ?? ""
        }
    }

    func unitName(_ index: Int?, of attribute: Attribute) -> String? {
        switch index {
        case .some(let index): return attribute.units[index]
        case .none: return nil
        }
    }

    func eventName(_ index: Int?) -> String? {
        switch index {
        case .some(let index): return registry.events[index]
        case .none: return nil
        }
    }

    func statementText(_ text: ScannedText?) -> String {
        switch text {
        case .some(let text): return string(text)
        case .none: return ""
        }
    }

    func speaker(_ index: Int) -> Speaker {
        switch index {
        case ScannedClaim.narrator: return .narrator
        case ScannedClaim.anonymous: return .anonymous
        default: return .entity(registry.entities[index])
        }
    }

    mutating func evidence(file: inout ScannedText?, line: inout Int?, span: inout Range<Int>?,
                           alsoAt: inout [Int]?) throws(FastPathDeclined) {
        try expect(UInt8(ascii: "{"))
        var first = true
        var seen = 0
        while let key = try nextKey(&first) {
            let bit: Int
            if matches(key, "file") {
                bit = 1
                if try !null() {
                    let text = try scanText()
                    // An empty name is refused, with its line, on the plain path.
                    if case .raw(let range) = text, range.isEmpty { throw FastPathDeclined() }
                    // Evidence nearly always names the source's own article: nil stands for it.
                    if case .raw(let range) = text, hasSourceFile, matches(range, sourceFileBytes) {
                        file = nil
                    } else {
                        file = text
                    }
                }
            } else if matches(key, "line") {
                bit = 2
                line = try integer(minimum: 1)
            } else if matches(key, "span") {
                bit = 4
                if try !null() {
                    try expect(UInt8(ascii: "{"))
                    var spanFirst = true
                    var start: Int?, end: Int?
                    while let spanKey = try nextKey(&spanFirst) {
                        if matches(spanKey, "start"), start == nil { start = try integer(minimum: 0) }
                        else if matches(spanKey, "end"), end == nil { end = try integer(minimum: 0) }
                        else { throw FastPathDeclined() }
                    }
                    guard let start, let end, end >= start else { throw FastPathDeclined() }
                    span = start..<end
                }
            } else if matches(key, "alsoAt") {
                bit = 8
                if try !null() {
                    try expect(UInt8(ascii: "["))
                    var elementFirst = true
                    while try nextElement(&elementFirst) {
                        let number = try number()
                        guard number == number.rounded(), number >= 1, number < 1e9 else { throw FastPathDeclined() }
                        if alsoAt == nil { alsoAt = [] }
                        alsoAt!.append(Int(number))
                    }
                }
            } else {
                throw FastPathDeclined()
            }
            guard seen & bit == 0 else { throw FastPathDeclined() }
            seen |= bit
        }
        guard line != nil else { throw FastPathDeclined() }
    }

    func scannedValue(_ value: RawValue, attribute index: Int) throws(FastPathDeclined) -> ScannedValue {
        let shape = registry.shapes[index]
        switch (shape.kind, value) {
        case (.count, _), (.number, _):
            return .quantity(try quantity(value, isCount: shape.kind == .count))
        case (.category, .string(let range)):
            if shape.isOpen {
                guard UTF8Check.isValid(slice(range)) else { throw FastPathDeclined() }
                return .text(.raw(range))
            }
            guard let known = registry.categoryBytes[index].firstIndex(where: { matches(range, $0) }) else {
                throw FastPathDeclined()
            }
            return .category(known)
        case (.category, .escapedString(let text)):
            guard shape.isOpen || registry.attributes[index].categoryValue(text) != nil else {
                throw FastPathDeclined()
            }
            return .text(.decoded(text))
        case (.flag, .bool(let flag)):
            return .flag(flag)
        default:
            throw FastPathDeclined()
        }
    }

    func claimValue(_ value: ScannedValue, attribute: Attribute) -> ClaimValue {
        switch value {
        case .quantity(let quantity): return .quantity(quantity)
        case .category(let index): return .category(attribute.values[index].id)
        case .text(let text): return .category(string(text))
        case .flag(let flag): return .flag(flag)
        }
    }

    /// `ClaimFileDecoder.decodeQuantity`, on success only.
    func quantity(_ value: RawValue, isCount: Bool) throws(FastPathDeclined) -> Quantity {
        func checked(_ number: Double?) throws(FastPathDeclined) -> Double? {
            guard let number, isCount else { return number }
            guard number >= 0, number == number.rounded(), number <= ClaimFileDecoder.absurdCount else {
                throw FastPathDeclined()
            }
            return number
        }
        switch value {
        case .number(let number):
            return .exactly(try checked(number)!)
        case .bounds(let keys, let numbers):
            if keys == BoundKey.exactly.rawValue, let exact = try checked(numbers.exactly) { return .exactly(exact) }
            if keys == BoundKey.about.rawValue, let about = try checked(numbers.about) { return .about(about) }
            guard keys != 0, keys & (BoundKey.exactly.rawValue | BoundKey.about.rawValue) == 0 else {
                throw FastPathDeclined()
            }
            let minimum = try checked(numbers.min)
            let maximum = try checked(numbers.max)
            guard minimum != nil || maximum != nil else { throw FastPathDeclined() }
            if let minimum, let maximum, minimum > maximum { throw FastPathDeclined() }
            return .range(min: minimum, max: maximum)
        default:
            throw FastPathDeclined()
        }
    }
}

/// The facts about an attribute that decide how a claim's value and unit are read.
struct AttributeShape {
    var kind: Attribute.Kind
    var unitCount: Int
    /// No closed list of category values.
    var isOpen: Bool
}

/// Text as a claim file holds it: in place when it needs no decoding, else decoded.
enum ScannedText {
    case raw(Range<Int>)
    case decoded(String)
}

/// A claim's value with category ids as indices into the attribute's values.
enum ScannedValue {
    case quantity(Quantity)
    case category(Int)
    /// A category of an open set (or one written with escapes).
    case text(ScannedText)
    case flag(Bool)
}

/// One claim object as the fast decoder read and checked it: positions in the file and
/// indices into the registry tables, so nothing is allocated until a `Claim` is wanted.
struct ScannedClaim {
    static let narrator = -1
    static let anonymous = -2

    var id: Range<Int>
    /// Indices into the decoder's entity and attribute tables, and the attribute's units.
    var subject: Int, attribute: Int, unit: Int?
    var value: ScannedValue
    /// An entity index, or `narrator` / `anonymous`.
    var speaker: Int
    var attribution: Attribution, modality: Modality
    var event: Int?
    var said: Day?
    var statement: ScannedText?
    /// Nil when the evidence is the source's own file.
    var evidenceFile: ScannedText?
    /// Nil when the claim lists no other lines: an empty array would cost every claim a
    /// retain of the shared empty-array object, contended between cores.
    var evidenceLine: Int, span: Range<Int>?, alsoAt: [Int]?
    var sameQuoteAs: String?
    var correction: Bool
    var ordinal: Int?
}

/// The fields of a claim object, each a bit so a repeated field is caught.
private enum ClaimField: UInt16 {
    case id, subject, attribute, value, unit, speaker, attribution, modality, event, said, statement, evidence,
         sameQuoteAs
    case correction, ordinal

    var bit: UInt16 { 1 << rawValue }

    init?(_ key: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        func matches(_ range: Range<Int>, _ literal: StaticString) -> Bool {
            FastClaimReader.matches(bytes, range, literal)
        }
        switch key.count {
        case 2 where matches(key, "id"): self = .id
        case 4 where matches(key, "unit"): self = .unit
        case 4 where matches(key, "said"): self = .said
        case 5 where matches(key, "value"): self = .value
        case 5 where matches(key, "event"): self = .event
        case 7 where matches(key, "subject"): self = .subject
        case 7 where matches(key, "speaker"): self = .speaker
        case 7 where matches(key, "ordinal"): self = .ordinal
        case 8 where matches(key, "modality"): self = .modality
        case 8 where matches(key, "evidence"): self = .evidence
        case 9 where matches(key, "attribute"): self = .attribute
        case 9 where matches(key, "statement"): self = .statement
        case 10 where matches(key, "correction"): self = .correction
        case 11 where matches(key, "attribution"): self = .attribution
        case 11 where matches(key, "sameQuoteAs"): self = .sameQuoteAs
        default: return nil
        }
    }
}
