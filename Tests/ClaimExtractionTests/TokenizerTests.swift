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

    /// Every way a word is joined, ended or cased, token by token: the word scanner's pieces
    /// (ASCII, connectors, non-ASCII) must keep reading these exactly so.
    @Test func joinsAndEndsWordsByTheirConnectors() {
        #expect(Self.words("O’Brien and O'Neil's 3.5% rise at 9 a.m. in the U.S.") ==
                ["O’Brien", "and", "O'Neil", "'s", "3.5", "%", "rise", "at", "9", "a.m.", "in", "the", "U.S."])
        #expect(Self.words("1,200,000 vs 1,2345 and 12,50 on global.espreso.tv.") ==
                ["1,200,000", "vs", "1", ",", "2345", "and", "12", ",", "50", "on", "global.espreso.tv", "."])
        #expect(Self.words("-5 a- b 26-nation x–y naïve ×3 Zoë’s") ==
                ["-", "5", "a", "-", "b", "26-nation", "x", "–", "y", "naïve", "×", "3", "Zoë", "’s"])
        #expect(Self.words("Ends.Here ends.there E.U. rules") == ["Ends", ".", "Here", "ends.there", "E.U.", "rules"])
    }

    @Test func readsCaseAndKindOfEachWord() {
        let tokens = Tokenizer.tokens(in: Array("NATO Éric ÉTÉ élan 1,200 mid-March".utf8))
        #expect(tokens.map(\.isCapitalized) == [true, true, true, false, false, false])
        #expect(tokens.map(\.isAllCaps) == [true, false, true, false, false, false])
        #expect(tokens.map(\.kind) == [.word, .word, .word, .word, .number, .word])
        // Capitals fold to small letters in the hash (Latin-1 too); the thousands comma is not hashed.
        #expect(tokens[1].hash == WordHash.of("éric") && tokens[2].hash == WordHash.of("été"))
        #expect(tokens[4].hash == WordHash.of("1200") && tokens[5].hash == WordHash.of("MID-march"))
    }
}

