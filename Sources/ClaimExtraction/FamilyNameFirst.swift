/// Names written family name first, as English-language outlets print most Korean, Chinese
/// and Vietnamese names ("Choi Sang-mok", "Li Qiang", "Nguyen Van An"): the later "Choi said"
/// or "Mr Li" is the family name, the first word, not the last.
enum FamilyNameFirst {
    /// Common family names of those languages, written as English outlets write them. Not
    /// "Lee" or "Le": they are as often an English given name or a French article.
    static let familyNames: Set<String> = [
        "Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin", "Seo", "Kwon", "Hwang", "Ahn",
        "Yoo", "Hong", "Jeon", "Ko", "Moon", "Bae", "Baek", "Heo", "Nam", "Wang", "Li", "Zhang", "Liu", "Chen",
        "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao",
        "Xi", "Ho", "Chan", "Cheung", "Leung", "Wong", "Lau", "Ng", "Tsang", "Chow", "Lam", "Tang", "Nguyen", "Tran",
        "Pham", "Hoang", "Vo", "Dang", "Bui",
    ]

    /// The family name of `name` when it is written family name first: its first word, when
    /// the last is a hyphenated given name ("Sang-mok", "E-bae") or the first is a common family
    /// name of those languages; nil otherwise ("John Lee" is Lee).
    static func familyName(of name: String) -> String? {
        // Most names have no hyphen and no such family name first, which the bytes tell without
        // splitting the name into characters: the registry asks this of every person's name.
        if !name.utf8.contains(UInt8(ascii: "-")) && !startsWithFamilyName(name) { return nil }
        let words = name.split(separator: " ")
        guard (2...3).contains(words.count), let first = words.first, let last = words.last,
              first.first?.isUppercase == true else { return nil }
        let parts = last.split(separator: "-")
        if parts.count == 2, parts[1].first?.isLowercase == true { return String(first) }
        return familyNames.contains(String(first)) ? String(first) : nil
    }

    /// Whether the bytes before the first space (after any leading spaces) spell one of
    /// `familyNames`: true whenever the first word `familyName(of:)` splits off is one.
    static func startsWithFamilyName(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let start = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return false }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.endIndex
        return familyNames.contains(String(decoding: bytes[start..<end], as: UTF8.self))
    }
}
