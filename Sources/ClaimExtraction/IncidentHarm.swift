/// Kind words that also serve figuratively ("shares sank", "an outbreak of optimism", "a
/// drought of goals", "held hostage by its results", "a massacre in chip stocks") name an
/// incident only in a sentence that tells of harm: someone killed, injured, missing, evacuated
/// or rescued, or something destroyed. A lede reporting the incident itself does ("a ferry
/// sank off Tarn, killing 12"; "a cholera outbreak has killed 40"); a business, politics or
/// sports story using the word figuratively does not, and its own event stays its event (last
/// session's kind words, ungated, took a company-results story's event; issue 13). A standoff
/// or siege needs someone held against (police, troops, a gunman, hostages), and an outage or
/// blackout a supply cut (power, water, homes without it), or harm.
enum IncidentHarm {
    /// First words of the kind phrases this gate holds: every word that came with the verbs of
    /// the lede, the attacks named by their means, outbreaks, leaks and weather that kills.
    static let gatedStarts: WordSet = WordSet([
        "sank", "ran", "skidded", "gave", "gives", "giving", "give", "caved", "opened", "shot", "gun", "emergency",
        "heatwave", "heat",
        "drought", "drone", "air", "airstrike", "airstrikes", "missile", "rocket", "bomb", "terror", "terrorist",
        "hostage", "hostage-taking", "massacre", "ambush", "outbreak", "epidemic", "cholera", "gas",
        "chemical", "toxic", "oil",
    ].map(WordHash.of))

    /// Words that tell of harm to people or property.
    static let harm: WordSet = WordSet([
        "killed", "killing", "kills", "dead", "died", "dies", "dying", "death", "deaths", "toll", "injured",
        "injuring", "injuries", "wounded", "hurt", "missing", "evacuated", "evacuation", "evacuate", "rescued",
        "rescuers", "rescue", "victims", "bodies", "casualties", "survivors", "hospitalised", "hospitalized",
        "destroyed", "damaged", "infected", "cases", "sickened", "poisoned", "drowned", "trapped",
    ].map(WordHash.of))

    /// Words that tell of a standoff held against someone: "a gunman barricaded himself", "police
    /// surrounded the house", "students occupying the hall". Not in "a standoff over the budget".
    static let heldAgainst: WordSet = WordSet([
        "police", "officers", "troops", "soldiers", "gunman", "gunmen", "armed", "barricaded", "hostage",
        "hostages", "surrendered", "surrender", "besieged", "negotiators", "swat", "protesters", "students",
        "occupying", "occupied", "militants", "fighters",
    ].map(WordHash.of))

    /// Words that tell of a supply cut off: "left 150,000 homes without power", "electricity was
    /// restored". Not in "a media blackout", "blackout dates" or "an outage of talent".
    static let supplyCut: WordSet = WordSet([
        "power", "electricity", "water", "customers", "homes", "households", "residents", "restored", "lights",
        "grid", "supply", "substation", "generators", "outages", "utility", "taps",
    ].map(WordHash.of))

    /// Whether the kind phrase at `span`, of `kind`, may name an incident in the sentence `range`.
    static func admits(_ span: ClosedRange<Int>, kind: EventKind, in tokens: [Token], range: Range<Int>) -> Bool {
        switch kind {
        case .standoff:
            return range.contains { heldAgainst.contains(tokens[$0].hash) || harm.contains(tokens[$0].hash) }
        case .outage:
            return range.contains { !span.contains($0) && supplyCut.contains(tokens[$0].hash) }
                || range.contains { harm.contains(tokens[$0].hash) }
        default:
            guard gatedStarts.contains(tokens[span.lowerBound].hash) else { return true }
            return range.contains { harm.contains(tokens[$0].hash) }
        }
    }
}
