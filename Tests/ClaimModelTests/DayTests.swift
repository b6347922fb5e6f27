import Testing
@testable import ClaimModel

@Suite("Calendar days")
struct DayTests {
    @Test(arguments: ["2025-09-04", "2024-02-29", "2000-02-29", "2026-12-31"])
    func acceptsRealDates(text: String) throws {
        let day = try #require(Day(iso: text))
        #expect(day.description == text)
    }

    @Test(arguments: ["2025-02-30", "2025-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-9-4", "04.09.2025",
                      "2025-09-04T10:00", ""])
    func rejectsDatesThatDoNotExistOrAreMalformed(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func ordersChronologically() throws {
        let dates = ["2026-01-06", "2025-09-04", "2025-12-31"].compactMap(Day.init(iso:))
        #expect(dates.sorted().map(\.description) == ["2025-09-04", "2025-12-31", "2026-01-06"])
        #expect(Day(iso: "2025-09-04")?.humanDescription == "4 Sep 2025")
    }

    @Test func rolesAreHeldBetweenTheirDates() throws {
        let role = Role(title: "Chancellor", from: Day(iso: "2025-05-06"), to: nil)
        #expect(role.isHeld(on: Day(iso: "2025-09-04")!))
        #expect(!role.isHeld(on: Day(iso: "2025-05-05")!))
    }
}
