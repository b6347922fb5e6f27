import Testing
@testable import ClaimExtraction

/// The phrase and word tables every cue, name and role is looked up in: which phrase wins at a
/// word, in which order all of them come, and the tolerances (forms, insertions, gaps, case).
struct PhraseTableTests {
    static func tokens(_ text: String) -> [Token] { Tokenizer.tokens(in: Array(text.utf8)) }

    static func table(_ phrases: [(String, String)], inflect: Bool = false,
                      insertable: WordSet? = nil) -> PhraseTable<String> {
        var table = insertable.map { PhraseTable<String>(insertable: $0) } ?? PhraseTable<String>()
        for (phrase, value) in phrases { table.add(phrase, value: value, inflect: inflect) }
        return table
    }

    @Test func theLongestPhraseWinsWhateverTheOrderItWasAddedIn() {
        let text = Self.tokens("they sign the harbour accord today")
        let phrases = [("sign", "short"), ("sign the harbour accord", "long"), ("sign the", "middle")]
        for order in [phrases, phrases.reversed(), [phrases[1], phrases[0], phrases[2]]] {
            let match = Self.table(order).match(text, at: 1)
            #expect(match?.value == "long")
            #expect(match?.tokens == 1...4)
        }
    }

    @Test func allMatchesComeLongestFirstAndEqualLengthsInTheOrderAdded() {
        let text = Self.tokens("they sign the harbour accord today")
        let table = Self.table([("sign", "a"), ("sign the", "b"), ("sign the harbour accord", "c"), ("sign", "d"),
                                ("sign the", "e"), ("sign a treaty", "f")])
        #expect(table.allMatches(text, at: 1).map(\.value) == ["c", "b", "e", "a", "d"])
        #expect(table.allMatches(text, at: 0).isEmpty)
        #expect(Self.table([("sign the", "first"), ("sign the", "second")]).match(text, at: 1)?.value == "first")
        // A limit keeps a phrase from reaching past it.
        #expect(table.match(text, at: 1, limit: 4)?.value == "b")
    }

    @Test func inflectedFormsMatchEveryWordOnlyWhenAsked() {
        let text = Self.tokens("the ministers signed the accords")
        #expect(Self.table([("sign the accord", "x")], inflect: true).match(text, at: 2)?.tokens == 2...4)
        #expect(Self.table([("sign the accord", "x")]).match(text, at: 2) == nil)
        // A word that is no form of the phrase's word stays a mismatch.
        #expect(Self.table([("sign the accord", "x")], inflect: true)
            .match(Self.tokens("signed the acorn"), at: 0) == nil)
    }

    @Test func upToTwoInsertableWordsMayStandBetweenWords() {
        let insertable = WordSet(["not", "formally", "never"].map(WordHash.of))
        let table = Self.table([("did attend", "x")], insertable: insertable)
        #expect(table.match(Self.tokens("she did not formally attend"), at: 1)?.tokens == 1...4)
        #expect(table.match(Self.tokens("she did not never formally attend"), at: 1) == nil)
        #expect(table.match(Self.tokens("she did gladly attend"), at: 1) == nil)
        // Not before the first word: the phrase starts where its first word is.
        #expect(table.match(Self.tokens("not did attend"), at: 0) == nil)
        #expect(Self.table([("did attend", "x")]).match(Self.tokens("she did not attend"), at: 1) == nil)
    }

    @Test func aGapSpansWordsButNotASentenceEnd() {
        let table = Self.table([("pledged ... troops", "x")])
        #expect(table.match(Self.tokens("they pledged 400 more troops"), at: 1)?.tokens == 1...4)
        #expect(table.match(Self.tokens("they pledged money. More troops"), at: 1) == nil)
    }

    @Test func namesKeepTheirCase() {
        var table = PhraseTable<String>()
        table.add("US", value: "us-country", case: .name)
        table.add("Costa", value: "costa", case: .name)
        #expect(table.match(Self.tokens("US troops"), at: 0)?.value == "us-country")
        #expect(table.match(Self.tokens("us"), at: 0) == nil)
        #expect(table.match(Self.tokens("costa"), at: 0) == nil)
        #expect(table.match(Self.tokens("Costa"), at: 0)?.value == "costa")
    }

    @Test func wordMapsKeepEveryKeyAcrossGrowth() {
        var map = WordMap<Int>()
        let keys = (0..<1_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for (value, key) in keys.enumerated() { map[key] = value }
        #expect(map.count == 1_000)
        #expect(keys.enumerated().allSatisfy { map[$0.element] == $0.offset })
        #expect(map[12_345] == nil)
        map[keys[3]] = nil
        #expect(map[keys[3]] == nil && map[keys[4]] == 4)
        // Key 0 is the empty mark inside; it is still a key like any other.
        map[0] = 7
        #expect(map[0] == 7)
    }
}
