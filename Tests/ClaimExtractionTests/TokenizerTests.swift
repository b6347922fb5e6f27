import Testing
@testable import ClaimExtraction

struct TokenizerTests {
    static func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokens(in: bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func keepsAbbreviationsNumbersAndCompounds() {
        #expect(Self.words("the U.S. sent 1,200 troops, a 26-nation cease-fire") ==
                ["the", "U.S.", "sent", "1,200", "troops", ",", "a", "26-nation", "cease-fire"])
    }

    @Test func splitsPossessivesAndMissingSpaces() {
        #expect(Self.words("Ukraine’s President") == ["Ukraine", "’s", "President"])
        #expect(Self.words("is achieved.The meeting") == ["is", "achieved", ".", "The", "meeting"])
    }

    @Test func hashesIgnoreCaseAndApostropheStyle() {
        let a = Tokenizer.tokens(in: Array("Ukraine's".utf8)).map(\.hash)
        let b = Tokenizer.tokens(in: Array("UKRAINE’s".utf8)).map(\.hash)
        #expect(a == b)
    }

    @Test func sentencesEndAtStopsAndHeadings() {
        let text = "Merz joins online\nMr. Smith said the talks ended. The summit closed on Thursday.\n\n"
            + "Next paragraph here."
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        let sentences = SentenceSplitter.split(tokens).map { sentence in
            String(decoding: bytes[tokens[sentence.tokens.lowerBound].start
                                       ..< tokens[sentence.tokens.upperBound - 1].end],
                   as: UTF8.self)
        }
        #expect(sentences == ["Merz joins online", "Mr. Smith said the talks ended.", "The summit closed on Thursday.",
                              "Next paragraph here."])
    }

    @Test func enormousLinesAreCutIntoBoundedSentences() {
        let text = String(repeating: "word ", count: 100_000)
        let tokens = Tokenizer.tokens(in: Array(text.utf8))
        let sentences = SentenceSplitter.split(tokens)
        #expect(sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maximumTokens })
        #expect(sentences.reduce(0) { $0 + $1.tokens.count } == tokens.count)
    }
}
