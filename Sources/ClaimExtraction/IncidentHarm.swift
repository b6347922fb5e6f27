/// Kind words that also serve figuratively ("shares sank", "an outbreak of optimism", "a
/// drought of goals", "held hostage by its results", "a massacre in chip stocks") name an
/// incident only in a sentence that tells of harm: someone killed, injured, missing, evacuated
/// or rescued, or something destroyed. A lede reporting the incident itself does ("a ferry
/// sank off Tarn, killing 12"; "a cholera outbreak has killed 40"); a business, politics or
/// sports story using the word figuratively does not, and its own event stays its event (last
/// session's kind words, ungated, took a company-results story's event; issue 13).
enum IncidentHarm {
    /// First words of the kind phrases this gate holds: every word that came with the verbs of
    /// the lede, the attacks named by their means, outbreaks, leaks and weather that kills.
    static let gatedStarts: WordSet = WordSet([
        "sank", "ran", "skidded", "gave", "caved", "opened", "shot", "gun", "emergency", "heatwave", "heat",
        "drought", "drone", "air", "airstrike", "airstrikes", "missile", "rocket", "bomb", "terror", "terrorist",
        "hostage", "hostage-taking", "siege", "massacre", "ambush", "outbreak", "epidemic", "cholera", "gas",
        "chemical", "toxic", "oil",
    ].map(WordHash.of))

    /// Words that tell of harm to people or property.
    static let harm: WordSet = WordSet([
        "killed", "killing", "kills", "dead", "died", "dies", "dying", "death", "deaths", "toll", "injured",
        "injuring", "injuries", "wounded", "hurt", "missing", "evacuated", "evacuation", "evacuate", "rescued",
        "rescuers", "rescue", "victims", "bodies", "casualties", "survivors", "hospitalised", "hospitalized",
        "destroyed", "damaged", "infected", "cases", "sickened", "poisoned", "drowned", "trapped",
    ].map(WordHash.of))

    /// Whether the kind phrase at `span` may name an incident in the sentence `range`.
    static func admits(_ span: ClosedRange<Int>, in tokens: [Token], range: Range<Int>) -> Bool {
        guard gatedStarts.contains(tokens[span.lowerBound].hash) else { return true }
        return range.contains { harm.contains(tokens[$0].hash) }
    }
}
