import ClaimModel

/// One claim of a `ClaimTable`: the integers that grouping and screening compare, and where
/// the claim stands in its file, so the full `Claim` can be built when a finding needs it.
///
/// It holds no reference-counted field: a million rows are one allocation, copied and sorted
/// without a retain.
public struct ClaimRow: Sendable {
    /// The claim's file in the table.
    let file: Int32
    /// The line the claim's object starts on in its file.
    let line: Int32
    /// Where the claim starts in its file's `PackedClaims`; for a file decoded on the plain
    /// path, the claim's index among the file's claims.
    let position: Int
    /// Index in the table's entities.
    public let subject: Int32
    /// Index in the table's attributes.
    public let attribute: Int32
    /// Index in the table's events; -1 when the claim names no event.
    public let event: Int32
    /// Index in the attribute's units; -1 when there is none.
    public let unit: Int32
    /// Where the claim's id stands in its file's `PackedClaims` (for stable ids without
    /// decoding the claim); empty for a file decoded on the plain path.
    let id: Range<Int>
    /// Whether the claim translates another (`sameQuoteAs`).
    public let translates: Bool
    /// Whether the claim states an ordinal ("the first time"): the screen keeps its series,
    /// which the firsts rule compares with earlier events. (Fits in the padding after
    /// `translates`: the row stays the same size.)
    public let statesOrdinal: Bool
    /// Open categories arrive as `.text` and are interned by the loader.
    var value: RowValue

    init(file: Int32, line: Int, position: Int, id: Range<Int>, subject: Int, attribute: Int, event: Int?, unit: Int?,
         translates: Bool, statesOrdinal: Bool = false, value: RowValue) {
        self.file = file
        self.line = Int32(clamping: line)
        self.position = position
        self.id = id
        self.subject = Int32(subject)
        self.attribute = Int32(attribute)
        self.event = Self.index(event)
        self.unit = Self.index(unit)
        self.translates = translates
        self.statesOrdinal = statesOrdinal
        self.value = value
    }

    /// The row of a claim packed at `place`; its texts' ranges are the packed ones.
    init(file: Int32, line: Int, _ place: PackedClaims.Place, _ scanned: ScannedClaim) {
        let value: RowValue
        switch (scanned.value, place.text) {
        case (.quantity(let quantity), _): value = .quantity(quantity)
        case (.category(let index), _): value = .category(Int32(index))
        case (.flag(let flag), _): value = .flag(flag)
        case (.text(.raw), .some(let range)): value = .text(range)
        case (.text, _): value = .inClaim
        }
        self.init(file: file, line: line, position: place.offset, id: place.id, subject: scanned.subject,
                  attribute: scanned.attribute, event: scanned.event, unit: scanned.unit,
                  translates: scanned.sameQuoteAs != nil, statesOrdinal: scanned.ordinal != nil, value: value)
    }

    private static func index(_ index: Int?) -> Int32 {
        switch index {
        case .some(let index): return Int32(index)
        case .none: return -1
        }
    }
}

/// A row's value, without strings: category ids as indices into the attribute's values, an
/// open category as its bytes in the file.
enum RowValue: Sendable {
    case quantity(Quantity)
    case category(Int32)
    case flag(Bool)
    /// Unescaped UTF-8 in the file's bytes, as the decoder leaves it.
    case text(Range<Int>)
    /// The loader's replacement for `text`: an index into the table's texts, so equal texts
    /// compare as integers.
    case interned(Int32)
    /// Only the decoded claim has it (an escaped string, or a file decoded on the plain path).
    case inClaim
}
