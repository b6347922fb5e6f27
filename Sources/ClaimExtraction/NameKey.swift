import Foundation

/// A spelling-insensitive key for a person's name, so the variants outlets print of one name
/// meet: diacritics ("Éric" / "Eric"), doubled letters ("Zelenskyy" / "Zelensky"), and the
/// schemes used to write Cyrillic and other scripts in Latin letters ("Selenskyj", "Zelenskiy",
/// "Lawrow", "Chodorkowski" / "Khodorkovsky"). Letters that the schemes swap for one sound fold
/// to one letter; the key is compared whole, first name included, so a folded surname alone
/// never joins two people.
enum NameKey {
    /// Longer spellings first: "shch" before "sh" before "h".
    static let folds: [(String, String)] = [
        ("shch", "s"), ("sch", "s"), ("tsch", "c"), ("tch", "c"), ("sh", "s"), ("sz", "s"), ("zh", "s"), ("kh", "h"),
        ("ch", "h"), ("ts", "c"), ("tz", "c"), ("cz", "c"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("ou", "u"),
        ("w", "v"), ("z", "s"), ("j", "i"), ("y", "i"), ("q", "k"), ("x", "ks"), ("c", "k"),
    ]

    /// The key of `name`, or nil for a name of one word (too little to join people by).
    static func of(_ name: String) -> String? {
        let words = plainWords(name)
        guard words.count >= 2 else { return nil }
        return words.map(fold).joined(separator: " ")
    }

    /// The key of a name of three words or more without its middle ones ("Luiz Inácio Lula" ->
    /// "Luiz Lula"), so an article that drops a middle or second given name still meets it.
    static func shortened(_ name: String) -> String? {
        let words = plainWords(name)
        guard words.count >= 3, let first = words.first, let last = words.last else { return nil }
        return fold(first) + " " + fold(last)
    }

    /// The key of one word, a surname ("Zelenskiy" and "Selenskyj" meet), or nil when it is
    /// too short to tell people apart.
    static func surname(_ word: String) -> String? {
        let words = plainWords(word)
        guard words.count == 1, let only = words.first, only.count >= 4 else { return nil }
        return fold(only)
    }

    /// Lower-case ASCII words: accents dropped, hyphens and apostrophes inside a word removed.
    static func plainWords(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in name.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic {
                current.unicodeScalars.append(scalar)
            } else if scalar == "-" || scalar == "'" || scalar == "’" || scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func fold(_ word: String) -> String {
        var text = word
        for (from, to) in folds { text = text.replacingOccurrences(of: from, with: to) }
        var folded = ""
        for character in text where character != folded.last { folded.append(character) }
        return folded
    }
}
