import ClaimModel
import Testing
@testable import ClaimExtraction

/// Registry names that join two names with "/" ("Alliance 7/The Velm Greens"), carry an acronym
/// in brackets ("Lisvik Left (LL)") or end with their country ("Labour Party of Norway") are
/// written in the text by one side, the acronym or the name without the country, and a name's
/// own "The" in lower case mid-sentence (issue 12). Invented parties.
struct JoinedNameFormsTests {
    static let entities = [
        Entity(id: "velm-greens", name: "Alliance 7/The Velm Greens", kind: .organisation),
        Entity(id: "lisvik-left", name: "Lisvik Left (LL)", kind: .organisation),
        Entity(id: "port-media", name: "24/7 Port Media", kind: .organisation),
        Entity(id: "tarn-office", name: "Tarn Statistics Office (Norland)", kind: .organisation),
        Entity(id: "the-left", name: "The Left (Die Linke)", kind: .organisation),
        Entity(id: "norland-labour", name: "Labour Party of Norway", kind: .organisation),
        Entity(id: "norland-bank", name: "Bank of Norway", kind: .organisation),
        Entity(id: "norland-league", name: "Lisvik League of Cities", kind: .organisation),
        Entity(id: "kivu-bank", name: "Kivu Savings Bank of the Democratic Republic of the Congo", kind: .organisation),
    ]

    @Test(arguments: [
        ("Alliance 7/The Velm Greens", ["Alliance 7", "The Velm Greens", "the Velm Greens"]),
        ("Lisvik Left (LL)", ["Lisvik Left", "LL"]),
        ("24/7 Port Media", []),
        // A place in brackets is no acronym and no name of the body.
        ("Tarn Statistics Office (Norland)", ["Tarn Statistics Office"]),
        ("The Left (Die Linke)", ["The Left", "the Left"]),
        // A body's name without its country, not when one word is left or the tail is no country.
        ("Labour Party of Norway", ["Labour Party"]),
        ("Bank of Norway", []),
        ("Lisvik League of Cities", []),
        // Two country endings close the name ("of the Congo" too): the whole country goes.
        ("Kivu Savings Bank of the Democratic Republic of the Congo", ["Kivu Savings Bank"]),
    ])
    func derivedForms(name: String, expected: [String]) throws {
        let entity = try #require(Self.entities.first { $0.name == name })
        #expect(ExtractionRegistry.derivedNames(entity) == expected)
    }

    @Test func seatsOfEachSideAndOfTheAcronym() throws {
        let events = [Event(id: "lisvik-council-election-2025-05-04", name: "Lisvik council election",
                            start: Day(iso: "2025-05-04")!, place: "Lisvik")]
        let greens = try Fixture.extract(
            story: "In the Lisvik council election on Sunday, the Velm Greens won 12 seats.",
            published: "2025-05-05", entities: Self.entities, events: events)
        #expect(greens.claims("seats-won").map(\.subject) == ["velm-greens"])
        let left = try Fixture.extract(story: "In the Lisvik council election on Sunday, the LL won 5 seats.",
                                       published: "2025-05-05", entities: Self.entities, events: events)
        #expect(left.claims("seats-won").map(\.subject) == ["lisvik-left"])
    }
}
