import Testing
import ClaimModel

/// The names every message and report shows, and what stands in when the registry lacks one.
@Suite("Claim names")
struct ClaimNamesTests {
    static let summit = Event(id: "summit", name: "Lakeside summit", start: Day(iso: "2031-03-02")!)
    static let turnout = Attribute(id: "turnout", name: "Turnout", kind: .count,
                                   values: [CategoryValue(id: "video-link", label: "by video")])
    static let claimSet = ClaimSet(
        entities: [Entity(id: "vell", name: "Ada Vell", kind: .person)],
        events: [summit],
        attributes: [turnout],
        sources: [Source(id: "s1", outlet: "Harbour Post", published: Day(iso: "2031-03-03"))])
    let names = ClaimNames(claimSet)

    func claim(source: String = "s1", subject: String = "vell", attribute: String = "turnout",
               value: ClaimValue = .quantity(.exactly(26)), speaker: Speaker = .narrator) -> Claim {
        Claim(id: "c1", sourceID: source, subject: subject, attribute: attribute, value: value,
              unit: "countries", speaker: speaker, evidence: Evidence(file: "a.txt", line: 1))
    }

    @Test func anEntityWithoutANameGoesByItsID() {
        #expect(names.entity("vell") == "Ada Vell")
        #expect(names.entity("orrin") == "orrin")
        #expect(names.speaker(claim(speaker: .entity("orrin"))) == "orrin")
        #expect(names.topic(subject: "orrin", attribute: "turnout", event: "summit")
                == "orrin · turnout · Lakeside summit (2 Mar 2031)")
    }

    @Test func aSourceWithoutAnOutletGoesByItsID() {
        #expect(names.outlet(ofSource: "s1") == "Harbour Post")
        #expect(names.outlet(ofSource: "s9") == "s9")
        #expect(names.speaker(claim(source: "s9")) == "s9")
        #expect(names.attributed(claim(source: "s9")) == "s9")
        #expect(names.attributed(claim(source: "s9", speaker: .entity("vell"))) == "Ada Vell (s9)")
        #expect(names.date(of: claim(source: "s9")) == "undated")
        #expect(names.date(of: claim()) == "3 Mar 2031")
    }

    @Test func anAttributeOutsideTheVocabularyGoesByItsID() {
        #expect(names.attribute("turnout") == "Turnout")
        #expect(names.attributeInMessage("turnout") == "turnout")
        #expect(names.attribute("Crowd-Size") == "Crowd-Size")
        #expect(names.attributeInMessage("Crowd-Size") == "crowd-size")
        #expect(names.heading(subject: "vell", attribute: "Crowd-Size") == "Ada Vell · Crowd-Size")
        // A category value of an unknown attribute has no label: its id in words.
        #expect(names.value(claim(attribute: "mode", value: .category("video-link"))) == "video link")
    }

    @Test func valuesEventsAndSpeakersReadAsWords() {
        #expect(names.value(claim()) == "26 countries")
        #expect(names.value(claim(value: .category("video-link"))) == "by video")
        #expect(names.event(id: nil) == "no particular event")
        #expect(names.event(id: "summit") == "Lakeside summit (2 Mar 2031)")
        #expect(names.event(id: "gala") == "gala")
        #expect(names.speaker(claim(speaker: .anonymous)) == "an anonymous source")
        #expect(names.attributed(claim(speaker: .entity("vell"))) == "Ada Vell (Harbour Post)")
        #expect(names.attributed(claim()) == "Harbour Post")
    }
}
