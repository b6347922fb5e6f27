import Testing
@testable import ClaimExtraction

/// Columns count Unicode scalars from the start of the line, whatever the line's length and
/// wherever the counting checkpoints fall.
struct ArticleTextTests {
    /// The reference: count the scalars of the line up to the offset one by one.
    static func naiveColumn(_ bytes: [UInt8], lineStart: Int, offset: Int) -> Int {
        bytes[lineStart..<min(offset, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count
    }

    @Test func columnsOnALongMixedLineMatchCountingByHand() {
        // About 40 kB on line 2, with two- and three-byte characters straddling 4 kB boundaries.
        let text = "headline\n" + String(repeating: "Zürich – 26 pays, ", count: 2000) + "\nlast"
        let bytes = Array(text.utf8)
        let article = ArticleText(original: bytes)
        let lineStart = article.lineStarts[1]
        for offset in stride(from: lineStart, through: article.lineEnd(2) + 3, by: 997)
                + [lineStart + 4095, lineStart + 4096, bytes.count] {
            #expect(article.column(of: offset, line: 2)
                        == Self.naiveColumn(bytes, lineStart: lineStart, offset: offset), "offset \(offset)")
        }
        #expect(article.column(of: 4, line: 1) == 4)
        #expect(article.column(of: lineStart - 1, line: 2) == 0)
    }
}
