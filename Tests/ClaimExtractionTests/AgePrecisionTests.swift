import ClaimExtraction
import ClaimModel
import Testing

/// Age, precision first (issue 12): the forms news uses for one named person's age, and the
/// numbers beside a name that are someone else's or no age at all. Invented people.
@Suite struct AgePrecisionTests {
    /// The forms news uses for a named person's age.
    @Test(arguments: ["Brana Kolar, 45, of Lisvik, opened the Harbour Forum on Tuesday.",
                      "Brana Kolar (45) opened the Harbour Forum on Tuesday.",
                      "45-year-old Brana Kolar opened the Harbour Forum on Tuesday.",
                      "Brana Kolar, a 45-year-old teacher from Lisvik, opened the Harbour Forum on Tuesday.",
                      "Brana Kolar, who is 45, opened the Harbour Forum on Tuesday.",
                      "Brana Kolar, aged 45, opened the Harbour Forum on Tuesday."])
    func aNamedPersonsAge(sentence: String) throws {
        let article = try PeopleReaders.extract(sentence)
        #expect(PeopleReaders.values(article, "age") == ["brana-kolar=\(Quantity.exactly(45))"], "\(sentence)")
    }

    @Test func twoPeopleEachWithTheirAge() throws {
        let article = try PeopleReaders.extract("Brana Kolar, 45, and Nora Vell, 38, opened the Harbour Forum.")
        #expect(PeopleReaders.values(article, "age", "brana-kolar") == ["brana-kolar=\(Quantity.exactly(45))"])
        #expect(PeopleReaders.values(article, "age", "nora-vell") == ["nora-vell=\(Quantity.exactly(38))"])
    }

    /// Numbers beside a name that are not that person's age: a group's ages, a decade, a
    /// company's or an event's age, an anniversary, a duration, a score, a year, the age of a
    /// relative or of someone the person speaks about.
    @Test(arguments: ["Brana Kolar said three fishermen, aged between 19 and 45, were hurt at the Harbour Forum.",
                      "Brana Kolar, in her 60s, opened the Harbour Forum on Tuesday.",
                      "Brana Kolar runs the 19-year-old company that built the Harbour Forum hall.",
                      "Brana Kolar, 40 years after the flood, opened the Harbour Forum on Tuesday.",
                      "Brana Kolar, 45 minutes late, opened the Harbour Forum on Tuesday.",
                      "Brana Kolar (2019) was shown at the Harbour Forum on Tuesday.",
                      "Brana Kolar's daughter, 12, was hurt at the Harbour Forum on Tuesday.",
                      "Brana Kolar's father died on Tuesday, aged 84, after the Harbour Forum.",
                      "Brana Kolar said the fisherman died on Tuesday, aged 84, near the Harbour Forum.",
                      "Brana Kolar said her mother died on Tuesday, aged 84, near the Harbour Forum.",
                      "Brana Kolar, whose sons are 19 and 23, opened the Harbour Forum on Tuesday.",
                      "Nora Vell reached the final at the Harbour Forum by beating Brana Kolar, 17-14.",
                      "Brana Kolar, 45-47 on the board, left the Harbour Forum on Tuesday."])
    func noAgeThatIsSomeoneElses(sentence: String) throws {
        let article = try PeopleReaders.extract(sentence)
        #expect(PeopleReaders.values(article, "age", "brana-kolar").isEmpty,
                "\(sentence): \(PeopleReaders.values(article, "age"))")
    }

    /// The dead person's own age after a word of death still counts.
    @Test func theDeadPersonsOwnAge() throws {
        let article = try PeopleReaders.extract("Brana Kolar died on Tuesday, aged 84, after the Harbour Forum.")
        #expect(PeopleReaders.values(article, "age", "brana-kolar") == ["brana-kolar=\(Quantity.exactly(84))"])
    }
}
