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

    /// `of`, `shortened` and `surname` of one name, its words read and folded once: the
    /// registry asks all three of every name and alias of every person on record.
    static func keys(of name: String) -> (full: String?, shortened: String?, surname: String?) {
        let words = plainWords(name)
        let folded = words.map(fold)
        let full = folded.count >= 2 ? folded.joined(separator: " ") : nil
        let shortened = folded.count >= 3 ? folded[0] + " " + folded[folded.count - 1] : nil
        // Measured on the plain word, as `surname` does: folds shorten words.
        let surname = words.count == 1 && words[0].count >= 4 ? folded[0] : nil
        return (full, shortened, surname)
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
        if let words = plainWordsOfLatinScript(name) { return words }
        return plainWords(ofScalars: name.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars)
    }

    /// Each scalar below U+0250 (the Latin blocks) decomposed and lower-cased alone, as
    /// Foundation does it, computed once: at 40,000 people with accented names, decomposing
    /// every name through Foundation was a tenth of a warm desk check. Per scalar is the same
    /// as per name there: canonical decomposition maps each scalar on its own, and lower-casing
    /// of these letters depends on no context (unlike Greek's final sigma). The reordering of
    /// combining marks does not matter either, since every mark is dropped.
    static let latinScalars: [[Unicode.Scalar]] = (0..<latinLimit).map { value in
        let text = String(Character(Unicode.Scalar(UInt8(truncatingIfNeeded: value))))
        guard value >= 0x80, let scalar = Unicode.Scalar(value) else { return Array(text.lowercased().unicodeScalars) }
        return Array(String(Character(scalar)).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars)
    }
    static let latinLimit: UInt32 = 0x250

    /// What each scalar of `latinScalars` adds to a name's words, as bytes: its letters, with
    /// `wordBreak` where it ends a word (the classification of `plainWords(ofScalars:)`).
    static let latinBytes: [[Int16]] = latinScalars.map { scalars in
        var bytes: [Int16] = []
        for scalar in scalars {
            if scalar.isASCII, scalar.properties.isAlphabetic {
                bytes.append(Int16(scalar.value))
            } else if let letters = latinLetters[scalar] {
                bytes += letters.utf8.map { Int16($0) }
            } else if !(scalar == "-" || scalar == "'" || scalar == "’"
                        || scalar.properties.generalCategory == .nonspacingMark) {
                bytes.append(wordBreak)
            }
        }
        return bytes
    }
    static let wordBreak: Int16 = -1

    /// The words of a name whose scalars are all Latin (below U+0250, or the typographic
    /// apostrophe), read through `latinBytes`; nil for any other name.
    static func plainWordsOfLatinScript(_ name: String) -> [String]? {
        let apostrophe: Unicode.Scalar = "’"
        var words: [String] = []
        var current: [UInt8] = []
        for scalar in name.unicodeScalars {
            if scalar == apostrophe { continue }
            guard scalar.value < latinLimit else { return nil }
            for byte in latinBytes[Int(scalar.value)] {
                if byte != wordBreak {
                    current.append(UInt8(byte))
                } else if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// The words of decomposed, lower-cased scalars: ASCII letters kept, `latinLetters`
    /// spelled out, hyphens, apostrophes and marks dropped, anything else ends a word.
    static func plainWords(ofScalars decomposed: String.UnicodeScalarView) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in decomposed {
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
            // Most folds find nothing in a word: a scan for the first letter, not a copy.
            guard text.count >= from.count, text.contains(from[0]) else { continue }
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
