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
        // Most names on record are ASCII, which decomposing and lower-casing through
        // Foundation leave as they are: the same words, read from the bytes.
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return plainWordsOfAnyScript(name) }
        var words: [String] = []
        var current: [UInt8] = []
        for byte in name.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            if (0x61...0x7A).contains(lower) {
                current.append(lower)
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") {
                continue
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Lower-case letters with no canonical decomposition, as outlets write them in ASCII:
    /// "Jarosław" is "Jaroslaw", "Søren" "Soren", "Großmann" "Grossmann".
    static let latinLetters: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
    ]

    static func plainWordsOfAnyScript(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in name.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic {
                current.unicodeScalars.append(scalar)
            } else if let letters = latinLetters[scalar] {
                current += letters
            } else if scalar == "-" || scalar == "'" || scalar == "’"
                        || scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Each fold replaces every occurrence, left to right, in the text the folds before it
    /// left, as `replacingOccurrences` would, then doubled letters are dropped. Words are
    /// lower-case ASCII, so this works on bytes: through Foundation, folding the names of a
    /// record of 40,000 people was most of a warm desk check.
    static func fold(_ word: String) -> String {
        var text = Array(word.utf8)
        var next: [UInt8] = []
        for (from, to) in foldBytes {
            guard text.count >= from.count else { continue }
            next.removeAll(keepingCapacity: true)
            var position = 0
            while position < text.count {
                if text[position] == from[0], position + from.count <= text.count,
                   text[position..<(position + from.count)].elementsEqual(from) {
                    next.append(contentsOf: to)
                    position += from.count
                } else {
                    next.append(text[position])
                    position += 1
                }
            }
            swap(&text, &next)
        }
        var folded: [UInt8] = []
        folded.reserveCapacity(text.count)
        for byte in text where byte != folded.last { folded.append(byte) }
        return String(decoding: folded, as: UTF8.self)
    }

    static let foldBytes: [(from: [UInt8], to: [UInt8])] = folds.map { (Array($0.0.utf8), Array($0.1.utf8)) }
}
