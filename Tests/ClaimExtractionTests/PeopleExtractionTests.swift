import ClaimExtraction
import ClaimModel
import Testing

/// The people half of extraction, on invented people and places: who an act or an attendance
/// is about within its clause, plans against what happened, ages and offices as the news
/// states them. Each rule has sentences that must give a claim and sentences that must not.
enum People {
    static let entities = [
        Entity(id: "ilse-varga", name: "Ilse Varga", kind: .person, aliases: ["Varga"],
               roles: [Role(title: "President of Norland", from: Day(iso: "2020-01-01"))]),
        Entity(id: "piet-ostrom", name: "Piet Ostrom", kind: .person, aliases: ["Ostrom"],
               roles: [Role(title: "Foreign Minister of Norland", from: Day(iso: "2021-01-01"))]),
        Entity(id: "oda-lind", name: "Oda Lind", kind: .person, aliases: ["Lind"],
               roles: [Role(title: "Commissioner of Fisheries (Norland)", from: Day(iso: "2022-01-01"))]),
        Entity(id: "norland", name: "Norland", kind: .country),
        Entity(id: "skarvik-ferries", name: "Skarvik Ferries", kind: .organisation),
        Entity(id: "norland-foreign-ministry", name: "Norland Foreign Ministry", kind: .organisation,
               aliases: ["Norland's foreign ministry"]),
    ]
    static let events = [
        Event(id: "harbour-forum-2025-05-06", name: "Harbour Forum", start: Day(iso: "2025-05-06")!, place: "Lisvik"),
    ]

    static func extract(_ body: String, published: String = "2025-05-07") throws -> ExtractedArticle {
        try Fixture.extract(story: body, published: published, entities: entities, events: events)
    }
}

@Suite struct AttendanceSubjectTests {
    @Test func aPersonAfterTheCueIsNotItsSubject() throws {
        let article = try People.extract(
            "At the Harbour Forum, Ilse Varga stayed at home, leaving Piet Ostrom to argue for Norland.")
        #expect(article.claims("attendance-mode", "ilse-varga").map(\.value) == [.category("absent")])
        #expect(article.claims("attendance-mode", "piet-ostrom").isEmpty)
    }

    @Test func peopleAfterTheCueCountWhenNothingStandsBefore() throws {
        let article = try People.extract("The Harbour Forum was attended by Ilse Varga and Piet Ostrom on Tuesday.")
        #expect(article.claims("attendance-mode", "ilse-varga").count == 1)
        #expect(article.claims("attendance-mode", "piet-ostrom").count == 1)
    }

    @Test func aPassiveAgentCountsThoughSomethingIsNamedBeforeTheCue() throws {
        // Norland is named before "attended by": the people after "by" still attended.
        let article = try People.extract(
            "The Harbour Forum of Norland in Lisvik was attended by Ilse Varga and Oda Lind on Tuesday.")
        #expect(article.claims("attendance-mode", "ilse-varga").count == 1)
        #expect(article.claims("attendance-mode", "oda-lind").count == 1)
    }

    @Test(arguments: ["alongside", "along with", "together with", "as well as"])
    func aCompanionAfterTheCueAttendsToo(_ companion: String) throws {
        let article = try People.extract(
            "Ilse Varga will attend the Harbour Forum in person, \(companion) Oda Lind and Piet Ostrom.")
        #expect(article.claims("attendance-mode", "oda-lind").count == 1)
        #expect(article.claims("attendance-mode", "piet-ostrom").count == 1)
    }

    @Test func aBareWithIsNoCompanion() throws {
        let article = try People.extract(
            "Ilse Varga stayed at home after the quarrel with Norland, leaving Piet Ostrom to argue "
                + "at the Harbour Forum.")
        #expect(article.claims("attendance-mode", "piet-ostrom").isEmpty)
    }

    @Test func aPersonWithACueOfTheirOwnAfterAnother() throws {
        let article = try People.extract(
            "Ilse Varga will take part in the Harbour Forum by video link, and Piet Ostrom will attend in her place.")
        #expect(article.claims("attendance-mode", "ilse-varga").map(\.value) == [.category("video-link")])
        #expect(article.claims("attendance-mode", "piet-ostrom").map(\.value) == [.category("in-person")])
    }

    @Test func whileBeforeANewSubjectStartsAClause() throws {
        let article = try People.extract(
            "Ilse Varga joined the Harbour Forum by video link while Piet Ostrom was in the room.")
        #expect(article.claims("attendance-mode", "ilse-varga").map(\.value) == [.category("video-link")])
        #expect(article.claims("attendance-mode", "piet-ostrom").map(\.value) == [.category("in-person")])
    }

    @Test func aPronounIsTheLastPersonNamedBeforeItInTheSentence() throws {
        let article = try People.extract("""
            Oda Lind opened the Harbour Forum in Lisvik.

            A court has a warrant for Ilse Varga's arrest; she followed the Harbour Forum by video link.
            """)
        #expect(article.claims("attendance-mode", "ilse-varga").map(\.value) == [.category("video-link")])
        #expect(article.claims("attendance-mode", "oda-lind").isEmpty)
    }

    @Test func bothIsTheTwoNamedBefore() throws {
        let article = try People.extract(
            "At the Harbour Forum neither Ilse Varga nor Piet Ostrom made the trip, and both followed the talks "
                + "by video link.")
        #expect(article.claims("attendance-mode", "ilse-varga").map(\.value) == [.category("video-link")])
        #expect(article.claims("attendance-mode", "piet-ostrom").map(\.value) == [.category("video-link")])
        let one = try People.extract(
            "At the Harbour Forum, Ilse Varga made the trip, and Piet Ostrom followed the talks by video link.")
        #expect(one.claims("attendance-mode", "ilse-varga").isEmpty)
    }

    @Test func eachRepresentativeAfterBy() throws {
        let article = try People.extract(
            "At the Harbour Forum, Norland was represented by Ilse Varga, Skarvik by Mayor Piet Ostrom.")
        #expect(article.claims("attendance-mode", "ilse-varga").map(\.value) == [.category("in-person")])
        #expect(article.claims("attendance-mode", "piet-ostrom").map(\.value) == [.category("in-person")])
        let instead = try People.extract(
            "At the Harbour Forum, Norland will be represented by Piet Ostrom rather than President Ilse Varga.")
        #expect(instead.claims("attendance-mode", "ilse-varga").map(\.value) == [.category("represented")])
        let notBy = try People.extract(
            "At the Harbour Forum, Norland was represented by Ilse Varga, and the delegation thanked Piet Ostrom.")
        #expect(notBy.claims("attendance-mode", "piet-ostrom").isEmpty)
    }

    @Test func aRelativeClauseSpeaksOfThePersonBeforeIt() throws {
        let article = try People.extract(
            "At the Harbour Forum, Ilse Varga, who joined by video link, thanked Piet Ostrom.")
        #expect(article.claims("attendance-mode", "ilse-varga").map(\.value) == [.category("video-link")])
        #expect(article.claims("attendance-mode", "piet-ostrom").isEmpty)
        let crew = try People.extract("At the Harbour Forum, Ilse Varga thanked the crew, who joined by video link.")
        #expect(crew.claims("attendance-mode").isEmpty)
        let elsewhere = try People.extract(
            "At the Harbour Forum, Ilse Varga, who hosts the Fjord Summit in November, spoke first.")
        #expect(elsewhere.claims("attendance-mode").isEmpty)
        let thing = try People.extract(
            "At the Harbour Forum, Ilse Varga praised the harbour plan, which was signed in Lisvik.")
        #expect(thing.claims("signed").isEmpty)
    }

    @Test func whileBeforeAParticipleDoesNot() {
        func clauses(_ sentence: String) -> Int {
            let tokens = Tokenizer.tokens(in: Array(sentence.utf8))
            return Clause.split(tokens, sentence: 0..<tokens.count).count
        }
        #expect(clauses("The ferry capsized while crossing the fjord on Sunday.") == 1)
        #expect(clauses("The ferry waited for a while before it sailed.") == 1)
        #expect(clauses("Varga spoke by video while Ostrom was in the room.") == 2)
    }
}

@Suite struct PlanAndActTests {
    @Test func aCueThatIsItselfAPlan() throws {
        let expected = try People.extract("Ilse Varga is also expected in Lisvik for the Harbour Forum.")
        #expect(expected.claims("attendance-mode", "ilse-varga").map(\.modality) == [.expected])
        let notTravelling = try People.extract("Ilse Varga will not travel to the Harbour Forum.")
        #expect(notTravelling.claims("attendance-mode", "ilse-varga").map(\.value) == [.category("absent")])
        #expect(notTravelling.claims("attendance-mode", "ilse-varga").map(\.modality) == [.expected])
        let arrived = try People.extract("Ilse Varga arrived in Lisvik for the Harbour Forum on Tuesday.")
        #expect(arrived.claims("attendance-mode", "ilse-varga").map(\.modality) == [.asserted])
    }

    @Test func aResignationHandedToSomeoneIsTheHandersAlone() throws {
        let article = try People.extract(
            "After the Harbour Forum, Piet Ostrom handed Ilse Varga his resignation on Tuesday.")
        #expect(article.claims("resigned", "piet-ostrom").map(\.value) == [.flag(true)])
        #expect(article.claims("resigned", "ilse-varga").isEmpty)
    }

    @Test func aReportedIntentionBelongsToThePronoun() throws {
        let article = try People.extract("""
            Piet Ostrom lost the argument at the Harbour Forum.

            A government source said he would hand his resignation to Ilse Varga on Tuesday.
            """)
        #expect(article.claims("resigned", "piet-ostrom").map(\.modality) == [.expected])
        #expect(article.claims("resigned", "ilse-varga").isEmpty)
    }

    @Test func rulingOutIsAPlanNotToAct() throws {
        let article = try People.extract("After the Harbour Forum, Ilse Varga has ruled out resigning.")
        #expect(article.claims("resigned", "ilse-varga").map(\.value) == [.flag(false)])
        #expect(article.claims("resigned", "ilse-varga").map(\.modality) == [.expected])
    }

    @Test func aMinistryReportingASigningDidNotSign() throws {
        let article = try People.extract(
            "The text of the Harbour Forum was signed by all nine delegations, Norland's foreign ministry said.")
        #expect(article.claims("signed").isEmpty)
        let signer = try People.extract("Norland said it signed the text of the Harbour Forum.")
        #expect(signer.claims("signed", "norland").map(\.value) == [.flag(true)])
    }

    @Test func aSpeakerBeforeAnAsideSpeaks() throws {
        let article = try People.extract(
            "Piet Ostrom, in Lisvik for the forum, said Norland backed the harbour plan of the Harbour Forum.")
        let endorsed = article.claims("endorsed")
        #expect(endorsed.map(\.subject) == ["norland"])
        #expect(endorsed.map(\.speaker) == [.entity("piet-ostrom")])
    }
}

@Suite struct AgeAndOfficeTests {
    @Test func agesInBracketsAndBeforeANamingWord() throws {
        let bracket = try People.extract("At the Harbour Forum, the activist Brana Kolar (42) led the march.")
        #expect(bracket.claims("age").map(\.value) == [.quantity(.exactly(42))])
        let named = try People.extract("At the Harbour Forum, a 32-year-old ferry nurse named Brana Kolar was hurt.")
        #expect(named.claims("age").map(\.value) == [.quantity(.exactly(32))])
        let surnamed = try People.extract("At the Harbour Forum, a 29-year-old steward, surnamed Kolar, was found.")
        #expect(surnamed.claims("age").map(\.value) == [.quantity(.exactly(29))])
        let year = try People.extract("At the Harbour Forum, the novelist Brana Kolar (2019) was quoted.")
        #expect(year.claims("age").isEmpty)
        let farAway = try People.extract(
            "At the Harbour Forum, a 32-year-old nurse from Skarvik Ferries named Brana Kolar spoke.")
        #expect(farAway.claims("age").isEmpty)
    }

    /// Wordings real coverage uses for a named person's age, beyond the bare "X, 37,".
    @Test func agesInTheWordingsOfNewsCoverage() throws {
        let wordings = [
            "At the Harbour Forum, Piet Ostrom, the 61-year-old envoy, spoke first.",
            "At the Harbour Forum, Piet Ostrom, now 61, spoke first.",
            "At the Harbour Forum, Piet Ostrom, who is 61, spoke first.",
            "At the Harbour Forum, Piet Ostrom, 61 years old, spoke first.",
            "At the Harbour Forum, 61-years-old Piet Ostrom spoke first.",
            "Piet Ostrom, who led Norland's delegation to the Harbour Forum, has died, aged 61, his family said.",
            "Piet Ostrom died on Sunday in Lisvik at the age of 61, a week after the Harbour Forum.",
        ]
        for wording in wordings {
            let article = try People.extract(wording)
            #expect(article.claims("age", "piet-ostrom").map(\.value) == [.quantity(.exactly(61))], "\(wording)")
        }
    }

    @Test func agesThatAreNotThePersons() throws {
        let wordings = [
            // a range, a group, someone else, another kind of number
            "Piet Ostrom said two men, aged 40 to 52, died in the fire after the Harbour Forum.",
            "Piet Ostrom said a man died, aged 70, after the Harbour Forum.",
            "Piet Ostrom retired at the age of 61, long before the Harbour Forum.",
            "At the Harbour Forum, Piet Ostrom, now 3 points ahead, spoke first.",
            "At the Harbour Forum, Piet Ostrom, a 61 metre yacht's owner, spoke first.",
            "Piet Ostrom said Ilse Varga died on Sunday, aged 70, after the Harbour Forum.",
        ]
        for wording in wordings {
            let article = try People.extract(wording)
            #expect(article.claims("age", "piet-ostrom").isEmpty, "\(wording)")
        }
        let other = try People.extract("Piet Ostrom said Ilse Varga died on Sunday, aged 70, after the Harbour Forum.")
        #expect(other.claims("age", "ilse-varga").map(\.value) == [.quantity(.exactly(70))])
    }

    /// "The 61-year-old" with no name is the person named before it: the last one of the
    /// sentences before, or of an earlier clause; never the one its own clause names.
    @Test func anAgeWithoutANameIsThePersonNamedBefore() throws {
        let wordings = [
            "Piet Ostrom arrived at the Harbour Forum on Tuesday. The 61-year-old, in his third term, spoke first.",
            "Piet Ostrom arrived at the Harbour Forum on Tuesday. Ilse Varga thanked the 61-year-old for coming.",
            "Piet Ostrom arrived at the Harbour Forum on Tuesday, and the 61-year-old said he was pleased.",
            "Piet Ostrom arrived at the Harbour Forum on Tuesday. Later the 61-year-old told reporters he was pleased.",
        ]
        for wording in wordings {
            let article = try People.extract(wording)
            #expect(article.claims("age", "piet-ostrom").map(\.value) == [.quantity(.exactly(61))], "\(wording)")
            #expect(article.claims("age", "ilse-varga").isEmpty, "\(wording)")
        }
        let quiet = [
            // a description of someone not yet named, and one the sentence names itself
            "Piet Ostrom arrived at the Harbour Forum on Tuesday. The 25-year-old woman beside him was not named.",
            "Piet Ostrom arrived at the Harbour Forum on Tuesday. A 25-year-old was hurt.",
        ]
        for wording in quiet {
            let article = try People.extract(wording)
            #expect(article.claims("age").isEmpty, "\(wording)")
        }
    }

    @Test func anOfficeStatedInApposition() throws {
        let mayor = try People.extract("Brana Kolar, the mayor of Lisvik, said the forum went well.")
        #expect(mayor.claims("office").map(\.value) == [.category("mayor-of-lisvik")])
        let deputy = try People.extract("Brana Kolar, a deputy mayor of North Lisvik and South Lisvik, spoke.")
        #expect(deputy.claims("office").map(\.value) == [.category("deputy-mayor-of-north-lisvik-and-south-lisvik")])
        let noOffice = [
            "The Norlandic politician Brana Kolar spoke in Lisvik.", "Brana Kolar, the former mayor of Lisvik, spoke.",
            "Brana Kolar, a friend of the mayor, spoke.", "Ilse Varga's envoy Brana Kolar arrived in Lisvik.",
        ]
        for sentence in noOffice {
            let others = try People.extract(sentence).claims("office").filter { $0.subject != "ilse-varga" }
            #expect(others.isEmpty, "\(sentence)")
        }
    }

    @Test func anOrganisationsOfficer() throws {
        let article = try People.extract("Skarvik Ferries chief executive Brana Kolar apologised to the families.")
        #expect(article.claims("office").map(\.value) == [.category("chief-executive-of-skarvik-ferries")])
        let former = try People.extract("Skarvik Ferries former chief executive Brana Kolar apologised.")
        #expect(former.claims("office").isEmpty)
    }

    /// The corpus contract's synonyms: one post, one slug, however the article writes it.
    @Test func oneSlugForThePostsUsualTitle() throws {
        let officer = try People.extract("Skarvik Ferries chief executive officer Brana Kolar apologised.")
        #expect(officer.claims("office").map(\.value) == [.category("chief-executive-of-skarvik-ferries")])
        #expect(try People.extract("Skarvik Ferries police officer Brana Kolar spoke.").claims("office").isEmpty)
        let minister = Entity(id: "tor-haug", name: "Tor Haug", kind: .person, aliases: ["Haug"],
                              roles: [Role(title: "Minister of the Interior (Norland)", from: Day(iso: "2022-01-01"))])
        for wording in ["Interior Minister Tor Haug said the harbour was safe.",
                        "Tor Haug, the interior minister, said the harbour was safe."] {
            let article = try Fixture.extract(story: wording, entities: People.entities + [minister],
                                              events: People.events)
            #expect(article.claims("office", "tor-haug").map(\.value) == [.category("interior-minister-of-norland")],
                    "\(wording)")
        }
    }

    /// "The president of Norland" alone names a post, not a person: which person is the
    /// registry's guess, so it is no office claim; with the holder's name in the sentence it is.
    @Test func aBareRoleIsAnOfficeOnlyBesideTheName() throws {
        for bare in ["The president of Norland opened the Harbour Forum on Tuesday.",
                     "Norland's president opened the Harbour Forum on Tuesday."] {
            #expect(try People.extract(bare).claims("office").isEmpty, "\(bare)")
        }
        for named in ["The president of Norland, Ilse Varga, opened the Harbour Forum on Tuesday.",
                      "President of Norland Ilse Varga opened the Harbour Forum on Tuesday."] {
            let article = try People.extract(named)
            #expect(article.claims("office", "ilse-varga").map(\.value) == [.category("president-of-norland")],
                    "\(named)")
        }
    }

    static let kenya = Entity(id: "kenya", name: "Kenya", kind: .country)

    static func withKenya(_ body: String) throws -> ExtractedArticle {
        let runner = Entity(id: "brana-kolar", name: "Brana Kolar", kind: .person, aliases: ["Kolar"])
        return try Fixture.extract(story: body, entities: People.entities + [kenya, runner], events: People.events)
    }

    /// Nationality as sports and wire copy write it, for people who hold no office.
    @Test(arguments: ["At the Harbour Forum race, Brana Kolar of Kenya finished first.",
                      "At the Harbour Forum race, Kenya's Brana Kolar finished first.",
                      "At the Harbour Forum race, the Kenyan Brana Kolar finished first.",
                      "At the Harbour Forum race, the Kenyan runner Brana Kolar finished first.",
                      "At the Harbour Forum race, the Kenyan Olympic champion Brana Kolar finished first."])
    func aNationalityInTheWordingsOfCoverage(sentence: String) throws {
        let article = try Self.withKenya(sentence)
        #expect(article.claims("nationality").map(\.value) == [.category("kenya")], "\(sentence)")
        // Named with the event it was reported in, like every claim but an office (SPEC.md).
        #expect(article.claims("nationality").map(\.event) == ["harbour-forum-2025-05-06"], "\(sentence)")
    }

    @Test(arguments: ["At the Harbour Forum, Norland's Ilse Varga spoke first.",
                      "At the Harbour Forum, Ilse Varga of Norland spoke first.",
                      "At the Harbour Forum, the Kenyan activist Brana Kolar spoke first.",
                      "At the Harbour Forum, Brana Kolar of Kenya's foreign ministry spoke first.",
                      "At the Harbour Forum, Kenya's Brana Kolar earthquake appeal was launched."])
    func noNationalityForALeaderOrAnotherDescription(sentence: String) throws {
        let article = try Self.withKenya(sentence)
        #expect(article.claims("nationality").isEmpty, "\(article.claims("nationality").map(\.statement))")
    }

    @Test func aRegistryTitleWithoutItsBracketedQualifier() throws {
        let article = try People.extract("Commissioner of Fisheries Oda Lind said the harbour was safe.")
        #expect(article.claims("office", "oda-lind").map(\.value) == [.category("commissioner-of-fisheries-norland")])
    }
}
