import ClaimModel
import Testing
@testable import ClaimExtraction

/// A registered person's family name with another given name after it is another person:
/// "Tao Minghui" is not Tao Wenjie, whose alias "Tao" is. Invented names.
@Suite struct OtherBearerTests {
    static func people(_ sentence: String) throws -> [String] {
        let entities = [Entity(id: "tao-wenjie", name: "Tao Wenjie", kind: .person, aliases: ["Tao"])]
        let registry = ExtractionRegistry(entities: entities, events: [], attributes: BuiltInVocabulary.attributes)
        var resolver = registry
        let bytes = Array(sentence.utf8)
        let tokens = Tokenizer.tokens(in: bytes)
        return EntityResolver(registry: registry, day: nil)
            .mentions(in: tokens, range: 0..<tokens.count, text: bytes, registry: &resolver)
            .filter { $0.kind == .person }.map(\.entityID)
    }

    @Test func anotherGivenNameIsAnotherPerson() throws {
        #expect(try !Self.people("In 2016 Tao Minghui reached the final in Harnvik.").contains("tao-wenjie"))
    }

    @Test(arguments: ["In 2016 Tao reached the final in Harnvik.",
                      "In 2016 Tao Wenjie reached the final in Harnvik.", "Tao Wenjie met Tove Brandt in Harnvik.",
                      "Tao said on Tuesday that the final was over."])
    func theRegisteredPersonIsStillFound(_ sentence: String) throws {
        #expect(try Self.people(sentence).first == "tao-wenjie")
    }
}
