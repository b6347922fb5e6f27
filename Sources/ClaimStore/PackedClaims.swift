import Foundation
import ClaimModel

/// A claim file's claims as the table keeps them after loading: for each claim, what the fast
/// decoder's scan found (registry indices, numbers, flags) in a fixed header, then its other
/// evidence lines and the bytes of its texts (id, statement, open value, evidence file, the
/// claim it translates).
///
/// Why: the table kept every claim file's bytes, to decode a claim again when something read
/// it. At a million realistic claims that was 481 MB, most of a check's peak memory, and
/// every decode scanned the claim's JSON again and looked up each of its ids. Packed, a claim
/// is about a third of its JSON, and decoding it reads a header: the `Claim` is built by the
/// same code as before (`FastClaimReader.claim`) from a scan whose ranges point here instead
/// of into the file, so it is the same claim.
struct PackedClaims {
    private(set) var bytes: [UInt8] = []

    init(reservingFor fileSize: Int) { bytes.reserveCapacity(fileSize / 2) }

    /// Where a claim landed: its header, and its id and open value's text (the ranges rows keep).
    struct Place {
        var offset: Int
        var id: Range<Int>
        var text: Range<Int>?
    }

    /// Appends `scanned`, whose ranges are in `file` (the bytes it was scanned from). No
    /// allocation but the buffer's: this runs for every claim of the record.
    mutating func append(_ scanned: ScannedClaim, from file: UnsafeBufferPointer<UInt8>) -> Place {
        let offset = bytes.count
        var header = Header(scanned)
        var valueText: ScannedText?
        if case .text(let text) = scanned.value { valueText = text }
        header.statement = Self.length(scanned.statement)
        header.valueText = Self.length(valueText)
        header.evidenceFile = Self.length(scanned.evidenceFile)
        if let target = scanned.sameQuoteAs { header.sameQuoteAs = UInt32(target.utf8.count) }
        withUnsafeBytes(of: header) { bytes.append(contentsOf: $0) }
        if let span = scanned.span { appendInt(span.lowerBound); appendInt(span.upperBound) }
        if let ordinal = scanned.ordinal { appendInt(ordinal) }
        if let lines = scanned.alsoAt { for line in lines { appendInt(line) } }
        let id = append(.raw(scanned.id), from: file)
        _ = append(scanned.statement, from: file)
        let text = append(valueText, from: file)
        _ = append(scanned.evidenceFile, from: file)
        if let target = scanned.sameQuoteAs { bytes.append(contentsOf: target.utf8) }
        return Place(offset: offset, id: id!, text: text)
    }

    private mutating func appendInt(_ value: Int) { withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) } }

    /// Appends the text's bytes; where they landed, nil for no text.
    private mutating func append(_ text: ScannedText?, from file: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let start = bytes.count
        switch text {
        case .none: return nil
        case .some(.raw(let range)): bytes.append(contentsOf: UnsafeBufferPointer(rebasing: file[range]))
        case .some(.decoded(let string)): bytes.append(contentsOf: string.utf8)
        }
        return start..<bytes.count
    }

    /// The length of `text` once packed, or `Header.absent`.
    private static func length(_ text: ScannedText?) -> UInt32 {
        switch text {
        case .none: return Header.absent
        case .some(.raw(let range)): return UInt32(range.count)
        case .some(.decoded(let string)): return UInt32(string.utf8.count)
        }
    }

    /// The exact bytes, without the capacity reserved while packing.
    func trimmed() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
            bytes.withUnsafeBufferPointer { source in
                if let base = source.baseAddress { buffer.baseAddress!.initialize(from: base, count: source.count) }
            }
            initialized = bytes.count
        }
    }

    // Plain switches rather than Optional.map closures, as in the fast decoder: the release
    // optimiser of Swift 6.3 has crashed on the latter in this kind of code.
    private static func scannedText(_ range: Range<Int>?) -> ScannedText? {
        switch range {
        case .some(let range): return .raw(range)
        case .none: return nil
        }
    }

    /// The scan appended at `offset` of `bytes`, its ranges in `bytes`.
    static func scanned(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> ScannedClaim {
        let base = UnsafeRawPointer(bytes.baseAddress!)
        let header = (base + offset).loadUnaligned(as: Header.self)
        var cursor = offset + MemoryLayout<Header>.size
        func int() -> Int {
            defer { cursor += MemoryLayout<Int>.size }
            return (base + cursor).loadUnaligned(as: Int.self)
        }
        var span: Range<Int>?
        if header.bits & Header.hasSpan != 0 { let lower = int(); span = lower..<int() }
        let ordinal: Int? = header.bits & Header.hasOrdinal != 0 ? int() : nil
        var alsoAt: [Int]?
        if header.alsoAtCount != Header.absent {
            var lines: [Int] = []
            for _ in 0..<Int(header.alsoAtCount) { lines.append(int()) }
            alsoAt = lines
        }
        func text(_ length: UInt32) -> Range<Int>? {
            guard length != Header.absent else { return nil }
            defer { cursor += Int(length) }
            return cursor..<(cursor + Int(length))
        }
        let id = text(header.id)!
        let statement = scannedText(text(header.statement))
        let valueText = text(header.valueText)
        let evidenceFile = scannedText(text(header.evidenceFile))
        var target: String?
        if let range = text(header.sameQuoteAs) { target = String(decoding: bytes[range], as: UTF8.self) }
        return ScannedClaim(
            id: id, subject: Int(header.subject), attribute: Int(header.attribute), unit: header.unit.index,
            value: header.value(text: valueText), speaker: Int(header.speaker),
            attribution: header.attributionValue, modality: header.modalityValue, event: header.event.index,
            said: header.day, statement: statement, evidenceFile: evidenceFile,
            evidenceLine: header.evidenceLine, span: span, alsoAt: alsoAt, sameQuoteAs: target,
            correction: header.bits & Header.correction != 0, ordinal: ordinal)
    }

}

/// A packed claim's fixed part: plain integers, so it is copied in and out as bytes.
private struct Header {
    static let absent = UInt32.max
    static let correction: UInt8 = 1, hasSpan: UInt8 = 2, hasOrdinal: UInt8 = 4
    static let hasMinimum: UInt8 = 8, hasMaximum: UInt8 = 16, flagValue: UInt8 = 32

    var subject: Int32, attribute: Int32, unit: Int32, event: Int32, speaker: Int32
    /// year << 16 | month << 8 | day; 0 for none.
    var said: UInt32
    /// Lengths of the texts that follow, `absent` for none (the id is always there).
    var id: UInt32, statement = absent, valueText = absent, evidenceFile = absent, sameQuoteAs = absent
    var alsoAtCount: UInt32
    var evidenceLine: Int
    /// A quantity's numbers, or a closed category's index.
    var first = 0.0, second = 0.0
    var valueKind: ValueKind
    var attribution: UInt8, modality: UInt8
    var bits: UInt8 = 0

    enum ValueKind: UInt8 {
        case exactly, about, range, category, text, flag
    }

    init(_ scanned: ScannedClaim) {
        subject = Int32(scanned.subject)
        attribute = Int32(scanned.attribute)
        unit = Int32(scanned.unit ?? -1)
        event = Int32(scanned.event ?? -1)
        speaker = Int32(scanned.speaker)
        said = 0
        if let day = scanned.said { said = UInt32(day.year) << 16 | UInt32(day.month) << 8 | UInt32(day.day) }
        id = UInt32(scanned.id.count)
        alsoAtCount = Self.absent
        if let lines = scanned.alsoAt { alsoAtCount = UInt32(lines.count) }
        evidenceLine = scanned.evidenceLine
        attribution = Self.number(scanned.attribution)
        modality = Self.number(scanned.modality)
        if scanned.correction { bits |= Self.correction }
        if scanned.span != nil { bits |= Self.hasSpan }
        if scanned.ordinal != nil { bits |= Self.hasOrdinal }
        switch scanned.value {
        case .quantity(.exactly(let number)): valueKind = .exactly; first = number
        case .quantity(.about(let number)): valueKind = .about; first = number
        case .quantity(.range(let minimum, let maximum)):
            valueKind = .range
            if let minimum { first = minimum; bits |= Self.hasMinimum }
            if let maximum { second = maximum; bits |= Self.hasMaximum }
        case .category(let index): valueKind = .category; first = Double(index)
        case .text: valueKind = .text
        case .flag(let flag): valueKind = .flag; if flag { bits |= Self.flagValue }
        }
    }

    // Numbered by hand: `allCases` is an array built on every call.
    static func number(_ attribution: Attribution) -> UInt8 {
        switch attribution {
        case .narrator: return 0
        case .directQuote: return 1
        case .reportedSpeech: return 2
        case .anonymousSource: return 3
        }
    }

    static func number(_ modality: Modality) -> UInt8 {
        switch modality {
        case .asserted: return 0
        case .expected: return 1
        case .hedged: return 2
        }
    }

    var attributionValue: Attribution {
        switch attribution {
        case 0: return .narrator
        case 1: return .directQuote
        case 2: return .reportedSpeech
        default: return .anonymousSource
        }
    }

    var modalityValue: Modality {
        switch modality {
        case 0: return .asserted
        case 1: return .expected
        default: return .hedged
        }
    }

    var day: Day? { said == 0 ? nil : Day(year: Int(said >> 16), month: Int(said >> 8 & 0xFF), day: Int(said & 0xFF)) }

    func value(text: Range<Int>?) -> ScannedValue {
        switch valueKind {
        case .exactly: return .quantity(.exactly(first))
        case .about: return .quantity(.about(first))
        case .range:
            return .quantity(.range(min: bits & Self.hasMinimum != 0 ? first : nil,
                                    max: bits & Self.hasMaximum != 0 ? second : nil))
        case .category: return .category(Int(first))
        case .text: return .text(.raw(text!))
        case .flag: return .flag(bits & Self.flagValue != 0)
        }
    }
}

private extension Int32 {
    /// -1 stands for none.
    var index: Int? { self < 0 ? nil : Int(self) }
}
