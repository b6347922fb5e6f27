import Testing
@testable import ClaimExtraction

/// The one table the cheap sentence tests probe must hold every word of the lists it stands for.
struct WordClassesTests {
    static func flags(_ word: String) -> UInt8 { WordClasses.table[WordHash.of(word)] ?? 0 }

    @Test func numberWordsAreNumbers() {
        for word in ["seven", "nineteen", "ninety", "dozens", "thousands", "dozen", "hundred"] {
            #expect(Self.flags(word) & WordClasses.number != 0, "\(word)")
        }
        for hash in Words.numbers.keys + Words.pluralFloors.keys {
            #expect((WordClasses.table[hash] ?? 0) & WordClasses.number != 0)
        }
    }

    @Test func datingWordsAreDates() {
        for word in ["Thursday", "september", "sept", "today", "tonight", "yesterday", "tomorrow"] {
            #expect(Self.flags(word) & WordClasses.date != 0, "\(word)")
        }
        for hash in DateCues.weekdays.keys + DateCues.months.keys + DateCues.today.keys {
            #expect((WordClasses.table[hash] ?? 0) & WordClasses.date != 0)
        }
    }

    @Test func otherWordsAreNeither() {
        for word in ["summit", "troops", "said", "week", "thousand", "sep"] {
            #expect(Self.flags(word) == 0, "\(word)")
        }
        #expect(Self.flags("twelve") & WordClasses.date == 0)
        #expect(Self.flags("monday") & WordClasses.number == 0)
    }
}
