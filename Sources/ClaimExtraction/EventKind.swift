import ClaimModel

/// Words that name a kind of event, grouped so that "talks in Paris" can find the "Paris
/// summit": meetings, calls, and incidents of one kind each.
public enum EventKind: String, Sendable, Hashable {
    case meeting, call, fire, crash, explosion, flood, earthquake, storm, shooting, attack, election, match, protest
    case collapse, trial, strike
    /// A prize-giving: "the 97th Academy Awards", "the Oscars", "the ceremony", "the gala".
    case awards
    /// A crowd crush: "a stampede at a religious festival", "the crush".
    case stampede
    /// "A knife attack at the station", "the stabbing": an attack that happened, not one feared.
    case stabbing
    /// A volcano's eruption.
    case eruption
    /// Company results: a results release and what it reports.
    case results
    /// A disease outbreak: "a cholera outbreak", "the epidemic".
    case outbreak
    /// A leak or spill of gas, chemicals or oil: "a gas leak at the plant", "the oil spill".
    case leak
    /// A standoff or siege: armed people holding out against police or troops, a sit-in that
    /// will not leave; it lasts hours to weeks (see `LastingIncident`).
    case standoff
    /// Power or water cut off from homes: "a blackout across the region", "the water outage".
    case outage
    /// A word for any unplanned event ("the disaster", "the tragedy"): it only refers back to
    /// the article's incident, whatever its kind.
    case incident

    static let table: PhraseTable<EventKind> = {
        var table = PhraseTable<EventKind>()
        for (kind, phrases) in words { for phrase in phrases { table.add(phrase, value: kind) } }
        return table
    }()

    /// Outlets name one kind of event many ways: nouns ("blaze", "derailment"), and verbs of
    /// the lede ("caught fire", "was found guilty") that are often the only word for it.
    static let words: [(EventKind, [String])] = [
        (.meeting, ["summit", "meeting", "meetings", "talks", "consultations", "conference", "gathering", "session",
                    "reception", "dinner", "visit", "meets", "met", "receives", "meet", "forum", "congress",
                    "convention"]),
        (.call, ["call", "phone call", "video conference", "videoconference", "video call", "conference call",
                 "telephone call"]),
        (.fire, ["fire", "blaze", "inferno", "wildfire", "wildfires", "bushfire", "forest fire", "caught fire"]),
        (.crash, ["crash", "collision", "derailment", "plane crash", "train crash", "bus crash", "accident",
                  "pile-up", "collided", "crashed", "derailed", "sinking", "capsized", "capsizing", "shipwreck",
                  "crash-landed", "sank", "ran aground", "skidded off", "ran off the tracks", "emergency landing"]),
        (.explosion, ["explosion", "blast", "exploded", "bombing", "car bombing", "suicide bombing"]),
        (.flood, ["flood", "floods", "flooding", "flash floods", "flash flooding", "deluge"]),
        // Aftershocks are the earthquake's: coverage counts one disaster, and a fact-checker
        // compares its toll as one; so is the tsunami it set off.
        (.earthquake, ["earthquake", "earthquakes", "quake", "quakes", "tremor", "aftershock", "aftershocks",
                       "tsunami"]),
        // A heatwave or a drought is reported as weather that kills, like a storm.
        (.storm, ["storm", "hurricane", "typhoon", "cyclone", "tornado", "blizzard", "hailstorm", "heatwave",
                  "heat wave", "drought"]),
        // "A gunman opened fire" is a shooting, not a blaze.
        (.shooting, ["shooting", "gunfire", "mass shooting", "opened fire", "shot dead", "gun attack"]),
        // Only attacks that happened, each named by its means ("a drone attack"): "attack"
        // alone is too often feared or threatened.
        (.attack, ["drone attack", "drone strike", "air strike", "airstrike", "air strikes", "airstrikes",
                   "missile strike", "missile attack", "rocket attack", "bomb attack", "terror attack",
                   "terrorist attack", "hostage", "hostage-taking", "massacre", "ambush"]),
        // Held out rather than struck: "the siege of the embassy", "a six-day standoff", "the
        // students' sit-in". Gated by `IncidentHarm` ("a standoff over the budget" is politics).
        (.standoff, ["standoff", "stand-off", "standoffs", "siege", "sieges", "armed standoff", "sit-in",
                     "sit-ins"]),
        // Gated by `IncidentHarm` ("a media blackout", "blackout dates" are no cut supply).
        (.outage, ["outage", "outages", "power outage", "power outages", "water outage", "blackout", "blackouts",
                   "power cut", "power cuts", "power failure", "water cut", "water cuts"]),
        // Not "pandemic": years long, and recalled as background in all kinds of coverage.
        (.outbreak, ["outbreak", "epidemic", "cholera outbreak"]),
        // Not "leak" alone: a leaked document is no incident.
        (.leak, ["gas leak", "chemical leak", "toxic leak", "oil spill", "chemical spill"]),
        (.stabbing, ["stabbing", "stabbings", "knife attack", "stabbed"]),
        // Not "crush" alone: "vowed to crush the rebellion".
        (.stampede, ["stampede", "stampedes", "crowd crush"]),
        (.eruption, ["eruption", "erupted", "volcanic eruption"]),
        (.election, ["election", "elections", "referendum", "referendums", "referenda", "vote", "polls",
                     "confidence vote", "censure motion", "no-confidence vote", "no-confidence motion",
                     "motion of censure", "motion of no confidence", "runoff", "ballot", "voted",
                     "motion of confidence", "confidence motion", "vote of confidence", "vote of no confidence",
                     "by-election", "polling day"]),
        // Not "game" alone: "a game changer"; "final" only as a noun ("the final on Sunday",
        // not "final agreements": `FinalNoun`). A song contest is a contest with a winner, like a
        // match; not "contest" alone, which election coverage uses for the vote.
        (.match, ["match", "tournament", "championship", "cup final", "grand final", "derby", "race", "marathon",
                  "grand prix", "final", "finals", "semi-final", "semi-finals", "semifinal", "semifinals",
                  "quarter-final", "quarter-finals", "song contest", "championship final", "championship finals",
                  "tournament final", "race final"]),
        // Not "march": the month. A counter-protest is its own event beside the one it answers.
        (.protest, ["protest", "protests", "demonstration", "demonstrations", "rally", "counter-protest",
                    "counter-protests", "counter-demonstration", "counter-demonstrations", "counter-rally",
                    "counter-march", "march against", "riot", "riots"]),
        // "The bridge gave way" (not "gave way to": see `EventMention.find`). "Fell" and "came
        // down" only with a structure as subject and harm told (`StructureFall`).
        (.collapse, ["collapse", "collapsed", "cave-in", "landslide", "mudslide", "avalanche", "rockfall",
                     "landslides", "gave way", "caved in", "collapses", "collapsing", "gives way", "giving way",
                     "give way", "fell", "came down", "come down", "comes down"]),
        // One court case from trial to sentence: the verdict, the ruling and the sentencing
        // hearing are its stages, and a fact-checker compares its figures together; the verbs
        // of the judgment ("convicted", "found guilty") name it in the lede.
        (.trial, ["trial", "hearing", "verdict", "sentencing", "ruling", "judgment", "judgement", "conviction",
                  "acquittal", "court case", "sentencing hearing", "convicted", "acquitted", "found guilty",
                  "sentenced"]),
        // A union's day off work is reported as a strike, a "day of action" or "industrial
        // action" as often as by its marches (see `reportsAlike`).
        // A lockout is the employer's side of the same dispute, and a hunger strike a strike of
        // its own: each lasts (see `LastingIncident`).
        (.strike, ["strike", "walkout", "stoppage", "general strike", "strike day", "day of action",
                   "days of action", "industrial action", "work stoppage", "walkouts", "walk-out", "lockout",
                   "lockouts", "hunger strike"]),
        // A prize-giving is named by its prizes' nickname ("the Oscars", "the Baftas") more
        // often than by the registry's name ("97th Academy Awards"); later just "the ceremony".
        (.awards, ["awards", "ceremony", "awards ceremony", "award ceremony", "prize-giving", "gala",
                   "awards night", "awards show", "Oscars", "Emmys", "Grammys", "Baftas", "Golden Globes"]),
        (.results, ["results", "earnings", "quarterly results", "annual results", "half-year results",
                    "full-year results", "trading update", "profit warning"]),
        (.incident, ["disaster", "tragedy", "catastrophe", "incident"]),
    ]

    /// Kinds whose first mention makes a new event when the registry has none: things that
    /// happen once, at a place and time. ("Vote" is too often hypothetical; a call is rarely
    /// the story: "the crew made a Mayday call". An attack is named by its means, and only in a
    /// sentence that tells of harm: see `IncidentHarm`.)
    var isNewsworthyOnItsOwn: Bool {
        self != .election && self != .match && self != .call && self != .incident && self != .results
            && self != .awards
    }

    /// First words of the verbs of the lede that name an event ("a ferry sank", "gunmen opened
    /// fire"): the words before them are the subject, not the event's name, and the event is
    /// named by its kind. Verbs ending in "-ed" are recognised by their ending.
    static let verbStarts: WordSet = WordSet(["sank", "ran", "skidded", "gave", "opened", "shot", "caved",
                                              "collapses", "collapsing", "gives", "giving", "give", "fell", "came",
                                              "come", "comes"].map(WordHash.of))

    /// Kinds that happen unannounced and are reported afterwards, for days: "the blaze" in
    /// a follow-up a week later is still the fire. Meetings, votes and matches are scheduled
    /// and dated by the registry instead.
    var followsCoverage: Bool {
        switch self {
        case .meeting, .call, .election, .match, .trial, .results, .awards: return false
        default: return true
        }
    }

    /// Scheduled kinds whose coverage also follows the day: "the verdict", "the vote" or "the
    /// results" in an article days later is the one just held.
    var reportedAfter: Bool {
        switch self {
        case .trial, .election, .match, .results, .awards: return true
        default: return followsCoverage
        }
    }

    /// Whether a mention of this kind may be the event of kind `other`: the same kind, or a
    /// strike and its marches, which outlets report as one day ("the strike", "the
    /// demonstrations", "the protests") and a fact-checker compares as one.
    func reportsAlike(_ other: EventKind) -> Bool {
        self == other || (self == .strike && other == .protest) || (self == .protest && other == .strike)
    }

    /// Whether one incident is often reported under both kinds: an explosion and the fire it set,
    /// a crash and the fire after it, the storm and its floods or landslides, an earthquake and the
    /// buildings it brought down, a storm and the power it cut. One outlet leads with the blast,
    /// another with the blaze; within an article "the fire" after "an explosion" is the same
    /// incident, across articles only where the names agree too (see `EventResolver`).
    /// A switch, not a list: resolution asks it of every candidate event.
    func isOneIncident(with other: EventKind) -> Bool {
        switch (self, other) {
        case (.explosion, .fire), (.fire, .explosion), (.crash, .fire), (.fire, .crash), (.flood, .storm),
             (.storm, .flood), (.flood, .collapse), (.collapse, .flood), (.storm, .collapse), (.collapse, .storm),
             (.earthquake, .collapse), (.collapse, .earthquake), (.storm, .outage), (.outage, .storm):
            return true
        default:
            return false
        }
    }

    /// The kind an event's name declares ("Putin–Trump summit in Alaska" -> meeting).
    static func of(name: String) -> EventKind? {
        let tokens = Tokenizer.tokens(in: Array(name.utf8))
        var index = 0
        var found: EventKind?
        while index < tokens.count {
            if let match = table.match(tokens, at: index) {
                // A call beats a meeting in the same name ("leaders' call after the summit").
                if found == nil || match.value == .call { found = match.value }
                index = match.tokens.upperBound + 1
            } else {
                index += 1
            }
        }
        return found
    }
}
