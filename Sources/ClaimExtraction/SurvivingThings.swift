/// "The blocks beneath the surviving piers", "the surviving section of the wall": "surviving"
/// before a noun of a structure or an object says which part still stands, not that anyone
/// survived. Read as a survivors cue there, it turns the people counted beside it ("Some 600
/// residents of the blocks beneath the surviving piers have been moved out") into survivors.
/// Only nouns of things are listed: "the surviving passengers", "surviving the crash" and
/// "the 3 surviving crew" keep the cue (issue 12).
enum SurvivingThings {
    static let surviving = WordHash.of("surviving")

    static let things: WordSet = WordSet([
        "pier", "piers", "pillar", "pillars", "pylon", "pylons", "span", "spans", "section", "sections", "part",
        "parts", "portion", "portions", "wall", "walls", "building", "buildings", "structure", "structures",
        "tower", "towers", "house", "houses", "homes", "roof", "bridge", "deck", "arch", "arches", "columns",
        "copy", "copies", "records", "documents", "footage", "engine", "engines", "wing", "wreckage", "trees",
    ].map(WordHash.of))

    /// Whether the cue at `index...last` is "surviving" followed by a noun of a thing.
    static func describesThing(_ tokens: [Token], _ index: Int, _ last: Int) -> Bool {
        index == last && tokens[index].hash == surviving && last + 1 < tokens.count
            && things.contains(tokens[last + 1].hash)
    }
}
