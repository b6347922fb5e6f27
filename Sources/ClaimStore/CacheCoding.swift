import ClaimModel

/// The binary encoding of the index (`ClaimIndex`, `.claimcheck-cache/index.bin`): little-endian integers,
/// length-prefixed UTF-8 strings, one tag byte per optional or enum.
///
/// Why a hand-written encoding: reading it back is a bounds-checked walk over bytes with no
/// parser and no intermediate tree, and it is what makes a desk check cheap. Reading checks
/// every length and count against the bytes left, so a damaged file is an error
/// (`CacheDamaged`), never a crash and never a huge allocation; checksums (`ContentHash`)
/// around every part of the file are what catches damage that still reads.
struct CacheWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 } }
    mutating func uint64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func double(_ value: Double) { uint64(value.bitPattern) }
    mutating func byte(_ value: UInt8) { bytes.append(value) }
    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in int(utf8.count); bytes += utf8 }
    }
    mutating func optionalString(_ value: String?) {
        if let value { byte(1); string(value) } else { byte(0) }
    }
    mutating func day(_ value: Day?) {
        if let value { byte(1); int(value.year); int(value.month); int(value.day) } else { byte(0) }
    }
    mutating func optionalDouble(_ value: Double?) {
        if let value { byte(1); double(value) } else { byte(0) }
    }

    mutating func source(_ source: Source) {
        string(source.id); string(source.outlet); optionalString(source.title); day(source.published)
        optionalString(source.language); optionalString(source.translatedFrom); optionalString(source.file)
        optionalString(source.url); optionalString(source.note)
    }

    mutating func claim(_ claim: Claim) {
        string(claim.id); string(claim.subject); string(claim.attribute)
        switch claim.value {
        case .quantity(.exactly(let value)): byte(0); double(value)
        case .quantity(.about(let value)): byte(1); double(value)
        case .quantity(.range(let min, let max)): byte(2); optionalDouble(min); optionalDouble(max)
        case .category(let value): byte(3); string(value)
        case .flag(let value): byte(value ? 5 : 4)
        }
        optionalString(claim.unit)
        switch claim.speaker {
        case .narrator: byte(0)
        case .anonymous: byte(1)
        case .entity(let id): byte(2); string(id)
        }
        byte(UInt8(Attribution.allCases.firstIndex(of: claim.attribution)!))
        byte(UInt8(Modality.allCases.firstIndex(of: claim.modality)!))
        optionalString(claim.event); day(claim.said); string(claim.statement)
        string(claim.evidence.file); int(claim.evidence.line)
        if let span = claim.evidence.span { byte(1); int(span.lowerBound); int(span.upperBound) } else { byte(0) }
        int(claim.alsoAt.count)
        for occurrence in claim.alsoAt {
            string(occurrence.sourceID); string(occurrence.evidence.file); int(occurrence.evidence.line)
            if let span = occurrence.evidence.span {
                byte(1); int(span.lowerBound); int(span.upperBound)
            } else {
                byte(0)
            }
        }
        optionalString(claim.sameQuoteAs)
        byte(claim.correction ? 1 : 0)
        int(claim.ordinal ?? 0)
    }
}

/// What reading a damaged or truncated index throws: the file is then not used.
struct CacheDamaged: Error {}

/// Reads what `CacheWriter` wrote, checking every length against the bytes left.
struct CacheReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) throws(CacheDamaged) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw CacheDamaged() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    mutating func uint64() throws(CacheDamaged) -> UInt64 {
        UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self))
    }
    mutating func int() throws(CacheDamaged) -> Int { Int(Int64(bitPattern: try uint64())) }
    mutating func double() throws(CacheDamaged) -> Double { Double(bitPattern: try uint64()) }
    /// A count of items that take at least a byte each: never more than the bytes left.
    mutating func count() throws(CacheDamaged) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw CacheDamaged() }
        return count
    }
    mutating func byte() throws(CacheDamaged) -> UInt8 { try take(1)[0] }
    mutating func flag() throws(CacheDamaged) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw CacheDamaged()
        }
    }

    mutating func stringBytes() throws(CacheDamaged) -> UnsafeBufferPointer<UInt8> {
        let raw = try take(try int())
        return raw.bindMemory(to: UInt8.self)
    }

    mutating func string() throws(CacheDamaged) -> String {
        let utf8 = try stringBytes()
        guard let string = String(validating: utf8, as: UTF8.self) else { throw CacheDamaged() }
        return string
    }

    mutating func optionalString() throws(CacheDamaged) -> String? { try flag() ? string() : nil }
    mutating func optionalDouble() throws(CacheDamaged) -> Double? { try flag() ? double() : nil }
    mutating func day() throws(CacheDamaged) -> Day? {
        guard try flag() else { return nil }
        guard let day = Day(year: try int(), month: try int(), day: try int()) else { throw CacheDamaged() }
        return day
    }

    mutating func span() throws(CacheDamaged) -> Range<Int>? {
        guard try flag() else { return nil }
        let lower = try int(), upper = try int()
        guard lower <= upper else { throw CacheDamaged() }
        return lower..<upper
    }

    mutating func source() throws(CacheDamaged) -> Source {
        Source(id: try string(), outlet: try string(), title: try optionalString(), published: try day(),
               language: try optionalString(), translatedFrom: try optionalString(), file: try optionalString(),
               url: try optionalString(), note: try optionalString())
    }

    /// A claim of `source` (its file string is shared by the claims that name it).
    mutating func claim(source: Source) throws(CacheDamaged) -> Claim {
        let id = try string()
        let subject = try string()
        let attribute = try string()
        let value: ClaimValue
        switch try byte() {
        case 0: value = .quantity(.exactly(try double()))
        case 1: value = .quantity(.about(try double()))
        case 2: value = .quantity(.range(min: try optionalDouble(), max: try optionalDouble()))
        case 3: value = .category(try string())
        case 4: value = .flag(false)
        case 5: value = .flag(true)
        default: throw CacheDamaged()
        }
        let unit = try optionalString()
        let speaker: Speaker
        switch try byte() {
        case 0: speaker = .narrator
        case 1: speaker = .anonymous
        case 2: speaker = .entity(try string())
        default: throw CacheDamaged()
        }
        let attributionIndex = Int(try byte()), modalityIndex = Int(try byte())
        guard attributionIndex < Attribution.allCases.count, modalityIndex < Modality.allCases.count else {
            throw CacheDamaged()
        }
        let event = try optionalString()
        let said = try day()
        let statement = try string()
        var file = try string()
        if file == source.file { file = source.file! }
        let evidence = Evidence(file: file, line: try int(), span: try span())
        let occurrenceCount = try count()
        var alsoAt: [ClaimOccurrence] = []
        for _ in 0..<occurrenceCount {
            var sourceID = try string()
            if sourceID == source.id { sourceID = source.id }
            var occurrenceFile = try string()
            if occurrenceFile == file { occurrenceFile = file }
            let evidence = Evidence(file: occurrenceFile, line: try int(), span: try span())
            alsoAt.append(ClaimOccurrence(sourceID: sourceID, evidence: evidence))
        }
        let sameQuoteAs = try optionalString()
        let correction = try byte() == 1, ordinal = try int()
        return Claim(id: id, sourceID: source.id, subject: subject, attribute: attribute, value: value, unit: unit,
                     speaker: speaker, attribution: Attribution.allCases[attributionIndex],
                     modality: Modality.allCases[modalityIndex], event: event, said: said, statement: statement,
                     evidence: evidence, alsoAt: alsoAt, sameQuoteAs: sameQuoteAs,
                     correction: correction, ordinal: ordinal > 0 ? ordinal : nil)
    }
}
