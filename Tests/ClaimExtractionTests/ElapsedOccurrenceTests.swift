import Testing
@testable import ClaimExtraction

/// An occurrence cue that an elapsed time points back to ("30 days after the walkout began"):
/// the clause's date outside that phrase is the later moment's. Invented sentences.
@Suite struct ElapsedOccurrenceTests {
    /// The phrase pointing back to `cue`, as (first word, last word), and the tokens' words.
    static func phrase(_ text: String, cue: String) -> (first: String, last: String)? {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        let index = tokens.lastIndex { $0.hash == WordHash.of(cue) }!
        guard let found = ElapsedOccurrence.phrase(pointingBackTo: index...index, tokens: tokens,
                                                   clause: 0..<tokens.count) else { return nil }
        func word(_ position: Int) -> String {
            String(decoding: bytes[tokens[position].start..<tokens[position].end], as: UTF8.self)
        }
        return (word(found.lowerBound), word(found.upperBound))
    }

    @Test func aSpanAfterTheCuePointsBackToIt() {
        let found = Self.phrase("Crews could return from Wednesday, 30 days after the walkout began.", cue: "began")
        #expect(found?.first == "after" && found?.last == "began")
        let since = Self.phrase("The plant reopened on Monday, six weeks since the strike started.", cue: "started")
        #expect(since?.first == "since")
    }

    @Test func noSpanOrAnElapsedTimeAfterTheCuePointsBackToNothing() {
        #expect(Self.phrase("The strike began on 2 March, hours after the talks failed.", cue: "began") == nil)
        #expect(Self.phrase("Crews returned on Wednesday after the walkout began.", cue: "began") == nil)
    }
}
