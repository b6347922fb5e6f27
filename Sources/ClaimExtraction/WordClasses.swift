/// The kinds of word the extractor's cheap sentence tests look for, in one table: "could this
/// sentence hold a number, or a date?" is asked of every token of every sentence, and one probe
/// of one table per token answers it, where a probe per word list (and a lazy-global check per
/// list) did before.
enum WordClasses {
    /// A number word or a word that reads as one: "twelve", "dozens", "hundred".
    static let number: UInt8 = 1
    /// A word that dates: a weekday, a month, "today", "yesterday", "tomorrow".
    static let date: UInt8 = 2

    /// Built from the readers' own word lists, so a word added there is found here too.
    static let table: WordMap<UInt8> = {
        var table = WordMap<UInt8>()
        func mark<S: Sequence>(_ hashes: S, _ flag: UInt8) where S.Element == UInt64 {
            for hash in hashes { table[hash] = (table[hash] ?? 0) | flag }
        }
        mark(Words.numbers.keys, number)
        mark(Words.pluralFloors.keys, number)
        mark([Words.dozen, Words.hundred], number)
        mark(DateCues.weekdays.keys, date)
        mark(DateCues.months.keys, date)
        mark(DateCues.today.keys, date)
        mark([DateCues.h.yesterday, DateCues.h.tomorrow], date)
        return table
    }()
}
