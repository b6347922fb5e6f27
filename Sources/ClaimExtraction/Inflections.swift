/// The forms English gives a cue word, so a cue written once matches how people write it:
/// "sign" matches "signs", "signed" and "signing"; "injury" matches "injuries"; "took part"
/// matches "take part". Generated when the cue table is built, never per token: over-generated
/// forms that are not words ("signeding") cost a table entry and never match anything.
enum Inflections {
    /// Words that never inflect in a cue: negation, auxiliaries and small words keep their form,
    /// so "did not sign" does not become "does noted sign".
    static let fixed: Set<String> = [
        "not", "no", "never", "nor", "did", "does", "do", "to", "the", "a", "an", "of", "in", "on", "at", "by", "for",
        "with", "from", "as", "and", "or", "but", "his", "her", "their", "its", "is", "are", "was", "were", "be",
        "been", "has", "have", "had", "will", "would", "who", "that", "this", "than", "up", "out", "off", "into", "all",
        "only", "instead", "place", "screen", "news", "us", "aboard", "dead", "number", "after", "later", "within",
        "long",
    ]

    /// Irregular verbs the news uses, base form first.
    static let irregular: [[String]] = [
        ["take", "took", "taken", "takes", "taking"], ["lose", "lost", "loses", "losing"],
        ["leave", "left", "leaves", "leaving"], ["hold", "held", "holds", "holding"],
        ["send", "sent", "sends", "sending"], ["meet", "met", "meets", "meeting"], ["win", "won", "wins", "winning"],
        ["lead", "led", "leads", "leading"], ["fall", "fell", "fallen", "falls", "falling"],
        ["rise", "rose", "risen", "rises", "rising"], ["give", "gave", "given", "gives", "giving"],
        ["fly", "flew", "flown", "flies"], ["flee", "fled", "flees", "fleeing"], ["die", "died", "dies", "dying"],
        ["stand", "stood", "stands", "standing"], ["come", "came", "comes", "coming"],
        ["go", "went", "gone", "goes", "going"], ["sit", "sat", "sits", "sitting"], ["quit", "quits", "quitting"],
        ["withdraw", "withdrew", "withdrawn", "withdraws", "withdrawing"], ["strike", "struck", "strikes", "striking"],
        ["speak", "spoke", "spoken", "speaks", "speaking"], ["stay", "stayed", "stays", "staying"],
        ["pay", "paid", "pays", "paying"], ["bring", "brought", "brings", "bringing"],
        ["drive", "drove", "driven", "drives", "driving"], ["hurt", "hurts", "hurting"], ["put", "puts", "putting"],
        ["shut", "shuts"], ["seek", "sought", "seeks"], ["begin", "began", "begun", "begins"],
        ["run", "ran", "runs", "running"], ["travel", "travelled", "traveled", "travels", "travelling", "traveling"],
        ["cancel", "cancelled", "canceled", "cancels"], ["dial", "dialled", "dialed"],
        ["sink", "sank", "sunk", "sinks"], ["catch", "caught", "catches"], ["find", "found", "finds"],
        ["step", "stepped", "steps", "stepping"], ["stop", "stopped", "stops"],
        ["plan", "planned", "plans", "planning"],
    ]

    static let irregularForms: [String: [String]] = {
        var forms: [String: [String]] = [:]
        for group in irregular { for word in group { forms[word, default: []] += group } }
        return forms
    }()

    /// Every form of `word` (itself included), lower-cased.
    static func forms(of word: String) -> [String] {
        let word = word.lowercased()
        guard word.count >= 3, !fixed.contains(word),
              word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return [word] }
        // Forms are made from the word as written, never back to a base: "visited" stays a
        // verb (the noun "visit" is not its form), while "visit" reads "visited" too. A cue
        // meant to inflect is written in its base form.
        if let group = irregularForms[word] { return group.first == word ? group : [word] }
        if word.hasSuffix("ed") || word.hasSuffix("ing")
           || (word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")) {
            return [word]
        }
        let bases: [String] = [word]
        var result: [String] = []
        var seen: Set<String> = []
        func add(_ form: String) { if seen.insert(form).inserted { result.append(form) } }
        add(word)
        for base in bases where base.count >= 2 {
            if let group = irregularForms[base] { group.forEach(add); continue }
            add(base)
            if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) {
                add(String(base.dropLast()) + "ies"); add(String(base.dropLast()) + "ied"); add(base + "ing")
            } else if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("sh") || base.hasSuffix("ch") {
                add(base + "es")
            } else {
                add(base + "s")
            }
            // "skip" -> "skipped": a short word ending consonant, vowel, consonant doubles.
            let letters = Array(base)
            if letters.count >= 3, letters.count <= 5, !"aeiouwxy".contains(letters[letters.count - 1]),
               "aeiou".contains(letters[letters.count - 2]), !"aeiou".contains(letters[letters.count - 3]) {
                add(base + String(letters[letters.count - 1]) + "ed")
                add(base + String(letters[letters.count - 1]) + "ing")
            }
            if base.hasSuffix("e") {
                add(base + "d"); add(String(base.dropLast()) + "ing")
            } else if !base.hasSuffix("y") || !(base.dropLast().last.map { !"aeiou".contains($0) } ?? false) {
                add(base + "ed"); add(base + "ing")
            }
        }
        return result
    }
}
