/// The name after "<participle> by" is that participle's agent: in "110,000 people took part in
/// the march led by Tommy Robinson" or "joined the rally organised by the activist Ada Quill",
/// the leader and the organiser are not who took part or joined; the cue's subjects are the
/// people before it. The cue's own participle ("attended by", "hosted by") is not another verb.
enum ParticipleAgent {
    static let by = WordHash.of("by")
    /// Past participles that do not end in "-ed".
    static let irregular: WordSet = WordSet(["led", "run", "held", "made", "set", "built", "written", "drawn",
                                             "brought", "won", "given", "taken", "chosen", "sent", "paid"]
        .map(WordHash.of))

    /// Whether the name starting at `start` follows "<participle> by" (with at most a few
    /// lower-case words of description between: "organised by the anti-immigration activist
    /// Tommy Robinson"), the participle outside every cue in `cues`.
    static func isAgent(at start: Int, cues: [AttributeCues.Match], tokens: [Token], text: [UInt8]) -> Bool {
        guard !text.isEmpty else { return false }
        var index = start - 1
        let floor = max(1, start - 6)
        while index >= floor, tokens[index].hash != by {
            let token = tokens[index]
            // Lower-case words and the hyphens of "anti-immigration"; a comma or a name ends the look.
            let isWord = token.kind == .word && !token.isCapitalized
            guard isWord || (token.kind == .punctuation && token.length == 1 && text[token.start] == UInt8(ascii: "-"))
            else { return false }
            index -= 1
        }
        guard index >= floor, tokens[index].hash == by else { return false }
        let verb = index - 1
        guard tokens[verb].kind == .word, !cues.contains(where: { $0.tokens.contains(verb) }) else { return false }
        return irregular.contains(tokens[verb].hash) || endsInEd(tokens[verb], text: text)
    }

    static func endsInEd(_ token: Token, text: [UInt8]) -> Bool {
        guard token.length > 3, token.end <= text.count else { return false }
        return text[token.end - 2] == UInt8(ascii: "e") && text[token.end - 1] == UInt8(ascii: "d")
    }
}
