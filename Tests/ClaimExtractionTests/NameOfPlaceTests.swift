import ClaimModel
import Testing
@testable import ClaimExtraction

/// "Edda Brask of Tarnby": the person is Edda Brask; "of Tarnby" is where she is from, never
/// part of her name. A body's name keeps its "of" ("Bank of Tarnby"). Invented names.
@Suite struct NameOfPlaceTests {
    static func found(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        return NewName.find(tokens, at: 2, limit: tokens.count, text: bytes, sentenceStart: false)?.entity.name
    }

    @Test func aPersonOfAPlaceIsThePerson() {
        #expect(Self.found("He beat Edda Brask of Tarnby in the final.") == "Edda Brask")
        #expect(Self.found("He beat Edda Brask in the final.") == "Edda Brask")
    }

    @Test func aBodyOfAPlaceKeepsItsName() {
        #expect(Self.found("He joined Bank of Tarnby in May.") == "Bank of Tarnby")
    }
}
