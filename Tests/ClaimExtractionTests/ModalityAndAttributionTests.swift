import ClaimModel
import Testing
@testable import ClaimExtraction

/// How sure, and whose words.
struct ModalityAndAttributionTests {
    @Test(arguments: [
        ("Tomas Lind attended the Bergen summit in person.", Modality.asserted),
        ("Tomas Lind is expected to attend the Bergen summit in person.", .expected),
        ("Tomas Lind will attend the Bergen summit in person.", .expected),
        ("Tomas Lind plans to attend the Bergen summit in person.", .expected),
        ("Tomas Lind is scheduled to attend the Bergen summit in person.", .expected),
        ("Tomas Lind wants to attend the Bergen summit in person.", .expected),
        ("Tomas Lind may attend the Bergen summit in person.", .hedged),
        ("Tomas Lind will probably attend the Bergen summit in person.", .hedged),
        ("Tomas Lind reportedly attended the Bergen summit in person.", .hedged),
    ])
    func modality(_ text: String, _ expected: Modality) throws {
        let claims = try Fixture.extract(text).claims("attendance-mode", "tomas-lind")
        #expect(claims.map(\.modality) == [expected], "\(text)")
    }

    @Test func anAdverbQualifiesTheNameAfterIt() throws {
        let result = try Fixture.extract("Tomas Lind and probably also the Norwegian premier want to join the "
                                             + "summit virtually.")
        #expect(result.claims("attendance-mode", "tomas-lind").map(\.modality) == [.expected])
        #expect(result.claims("attendance-mode", "ingrid-halvorsen").map(\.modality) == [.hedged])
    }

    @Test func negationIsAValueNotAModality() throws {
        let result = try Fixture.extract("Denmark did not sign the declaration and will decide later.")
        #expect(result.claims("signed", "denmark").map(\.value) == [.flag(false)])
        #expect(result.claims("signed", "denmark").map(\.modality) == [.asserted])
    }

    @Test(arguments: [
        ("«Norway is ready to send troops to the mission,» Halvorsen told reporters.", Attribution.directQuote),
        ("“Norway is ready to send troops to the mission,” said Ingrid Halvorsen.", .directQuote),
        ("\"Norway is ready to send troops to the mission,\" Halvorsen added.", .directQuote),
        ("Halvorsen said that Norway is ready to send troops.", .reportedSpeech),
        ("Halvorsen announced Norway is ready to send troops.", .reportedSpeech),
    ])
    func speakerVerbsAndQuotes(_ text: String, _ expected: Attribution) throws {
        let claims = try Fixture.extract(text).claims("troop-deployment-stance", "norway")
        #expect(claims.map(\.attribution) == [expected], "\(text)")
        #expect(claims.map(\.speaker) == [.entity("ingrid-halvorsen")], "\(text)")
    }

    @Test func narratorVoiceAndPronouns() throws {
        let narrator = try Fixture.extract("Norway is ready to send troops.")
        #expect(narrator.claims.map(\.speaker) == [.narrator])
        let pronoun = try Fixture.extract("Tomas Lind spoke in Bergen. Norway is ready to send troops, he said.")
        #expect(pronoun.claims("troop-deployment-stance").map(\.speaker) == [.entity("tomas-lind")])
    }

    @Test func scareQuotesStayInTheOutletsVoice() throws {
        let result = try Fixture.extract("Norway is ready to send a «reassurance force» of troops.")
        #expect(result.claims.map(\.attribution) == [.narrator])
    }
}
