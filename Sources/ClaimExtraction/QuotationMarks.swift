/// Which tokens stand inside a quotation: «…», “…” and "…" (straight quotes pair up within a
/// paragraph). Quotations of a few words are scare quotes ("a «reassurance force»"), the
/// outlet's own voice, and do not count.
public enum QuotationMarks {
    /// Shorter quotations are scare quotes or titles, not somebody's words.
    public static let minimumWords = 5

    static let opening: WordSet = WordSet(["«", "“", "„"].map(WordHash.of))
    static let closing: WordSet = WordSet(["»", "”"].map(WordHash.of))
    static let straight = WordHash.of("\"")

    static func isMark(_ hash: UInt64) -> Bool { opening.contains(hash) || closing.contains(hash) || hash == straight }

    /// For each token, the index of the quotation it stands in (0 = none); quotations are
    /// numbered from 1 in text order.
    public static func regions(_ tokens: [Token]) -> [Int] {
        var region = [Int](repeating: 0, count: tokens.count)
        var openAt: Int?
        var number = 0
        func close(_ end: Int) {
            guard let start = openAt else { return }
            openAt = nil
            let words = tokens[(start + 1)..<end].lazy.filter { $0.kind != .punctuation }.count
            guard words >= minimumWords else { return }
            number += 1
            for index in (start + 1)..<end { region[index] = number }
        }
        for (index, token) in tokens.enumerated() {
            if token.startsParagraph { openAt = nil }
            guard token.kind == .punctuation else { continue }
            if opening.contains(token.hash) {
                openAt = index
            } else if closing.contains(token.hash) {
                close(index)
            } else if token.hash == straight {
                if openAt == nil { openAt = index } else { close(index) }
            }
        }
        return region
    }
}
