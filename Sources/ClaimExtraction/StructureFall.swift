import ClaimModel

/// "The bridge fell", "an overpass came down onto a car", "the viaduct gives way": a structure
/// falling is a collapse, and coverage of one often has no other word for it in the lede. The
/// same verbs are everyday words elsewhere ("shares fell 3 per cent", "prices came down", "he
/// fell ill"), so they name a collapse only when a structure is their subject (a structure noun
/// before the verb that no preposition introduces: "a man fell from the bridge" is not one) and
/// the sentence tells of harm (`IncidentHarm`). Before this, a probe's lede "a stretch of the
/// viaduct fell during a storm, killing 22" was filed under the storm, and a background
/// "an overpass came down in 2016, killing one man" under the article's own collapse (issue 13).
enum StructureFall {
    /// First words of the collapse verbs this gate holds.
    static let gatedStarts: WordSet = WordSet(["fell", "came", "come", "comes"].map(WordHash.of))

    /// What falls: built structures and the ground under them, and their parts.
    static let structures: WordSet = WordSet([
        "bridge", "bridges", "viaduct", "overpass", "flyover", "footbridge", "building", "buildings", "tower",
        "towers", "block", "blocks", "roof", "roofs", "ceiling", "wall", "walls", "stand", "crane", "dam", "tunnel",
        "mine", "stage", "balcony", "scaffolding", "scaffold", "span", "section", "stretch", "house", "houses",
        "hotel", "school", "church", "mosque", "temple", "factory", "warehouse", "apartment", "condominium",
        "structure", "embankment", "levee", "hillside", "slope", "cliff", "pier", "piers", "deck", "canopy",
    ].map(WordHash.of))
    /// Before a structure noun, words that make it a place rather than the subject.
    static let places: WordSet = WordSet([
        "on", "from", "off", "under", "onto", "over", "near", "across", "beside", "into", "inside", "at", "in",
        "through", "below", "beneath",
    ].map(WordHash.of))

    /// Whether the collapse verb at `span` (gated or not) may name a collapse in `range`.
    static func admits(_ span: ClosedRange<Int>, in tokens: [Token], range: Range<Int>) -> Bool {
        guard gatedStarts.contains(tokens[span.lowerBound].hash) else { return true }
        return hasStructureSubject(before: span.lowerBound, in: tokens, range: range)
            && range.contains { IncidentHarm.harm.contains(tokens[$0].hash) }
    }

    /// A structure noun before `verb` in its sentence whose nearest preceding words (up to three:
    /// its name and article) hold no place preposition.
    static func hasStructureSubject(before verb: Int, in tokens: [Token], range: Range<Int>) -> Bool {
        subject(before: verb, in: tokens, range: range) != nil
    }

    /// The structure noun that is the subject of the verb at `verb` ("bridge" in "the Varnes
    /// bridge collapsed"), nearest the verb first.
    static func subject(before verb: Int, in tokens: [Token], range: Range<Int>) -> Int? {
        var index = verb - 1
        while index >= range.lowerBound {
            if structures.contains(tokens[index].hash) {
                var probe = index - 1, isPlace = false
                while probe >= range.lowerBound, index - probe <= 3, tokens[probe].kind == .word {
                    if places.contains(tokens[probe].hash) { isPlace = true; break }
                    probe -= 1
                }
                if !isPlace { return index }
            }
            index -= 1
        }
        return nil
    }
}
