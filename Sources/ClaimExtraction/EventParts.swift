/// Which member of the article's event family (`EventFamily`) each clause is about, read in
/// article order before claims are made:
///
/// 1. the clause's own words: the member whose distinctive words it uses most ("in the
///    women's race", "the counter-protest outside the library"); words inside the name of
///    another entity ("Victoria Police") do not count;
/// 2. on a tie or without such words, the people it names: a person the article already
///    placed in a part stays there (the women's winner's age and nationality);
/// 3. still undecided, continuity: a clause about a person ("Kiplagat was second", "He is
///    39") stays in the part its paragraph is about; a tie left by the words (the bare "the
///    final" of two finals) goes to the member of the tie chosen last.
///
/// Nothing decided leaves the claim where the date window and the main event put it, and a
/// claim is never moved outside the family.
struct EventParts: Sendable {
    let family: EventFamily
    /// By the first token of a clause: the member it is about.
    private(set) var chosen: [Int: Int] = [:]
    /// By the first token of a clause naming two members or more by words only each has:
    /// where those words stand, for the member nearest a claim.
    private(set) var named: [Int: [(position: Int, member: Int)]] = [:]

    static let pronouns: Set<UInt64> = Set(["he", "she", "his", "her"].map(WordHash.of))

    /// The reading state carried from clause to clause.
    private struct Progress {
        var ties: [String: Int] = [:]
        var paragraph = -1
        var paragraphPart: Int?
        var last: Int?
    }

    init(family: EventFamily, facts: [ClaimExtractor.SentenceFacts], tokens: [Token]) {
        self.family = family
        var progress = Progress()
        for fact in facts {
            if fact.sentence.paragraph != progress.paragraph {
                progress.paragraph = fact.sentence.paragraph
                progress.paragraphPart = nil
            }
            let clauses = fact.clauses.isEmpty ? [Clause(range: fact.sentence.tokens, asides: [])] : fact.clauses
            for clause in clauses {
                read(clause, of: fact, tokens: tokens, progress: &progress)
            }
        }
    }

    private mutating func read(_ clause: Clause, of fact: ClaimExtractor.SentenceFacts, tokens: [Token],
                               progress: inout Progress) {
        let inClause = fact.mentions.filter { clause.contains($0.tokens.lowerBound) }
        // "Victoria Police", "Australia's prime minister": names of other entities name no part;
        // a name extraction meets for the first time and spelt with the words of a member's
        // record is that member's ("the Unity Walk").
        let foreign = inClause.filter { mention in
            if family.index(of: mention.entityID) != nil { return false }
            guard case .new = mention.form else { return true }
            return mention.tokens.contains { index in
                tokens[index].kind == .word && !family.members.contains { $0.words.contains(tokens[index].hash) }
            }
        }.map(\.tokens)
        let positions = clause.range.filter { index in
            tokens[index].kind == .word && clause.contains(index) && !foreign.contains { $0.contains(index) }
        }
        let scores = family.scores(tokens, at: positions)
        let best = scores.max() ?? 0
        let top = best > 0 ? scores.indices.filter { scores[$0] == best } : []
        let people = inClause.filter { $0.kind == .person }.map(\.entityID)
        var choice = top.count == 1 ? top[0] : nil
        // A competitor's age, nationality or time is the part's, however the clause names the whole.
        if choice == nil, top.isEmpty, people.isEmpty { choice = namedWhole(clause, fact: fact, mentions: inClause) }
        if choice == nil {
            let pool = top.isEmpty ? Array(family.members.indices) : top
            let placed = Set(people.compactMap { progress.ties[$0] }).filter(pool.contains)
            if placed.count == 1 {
                choice = placed.first
            } else if placed.isEmpty, top.count > 1, let last = progress.last, pool.contains(last) {
                choice = last
            } else if placed.isEmpty, let part = progress.paragraphPart,
                      !people.isEmpty || Self.pronouns.contains(tokens[clause.range.lowerBound].hash) {
                choice = part
            }
        }
        noteOwnWords(clause, positions: positions, tokens: tokens)
        guard let choice else { return }
        chosen[clause.range.lowerBound] = choice
        for person in people where top.count == 1 || progress.ties[person] == nil { progress.ties[person] = choice }
        progress.paragraphPart = choice
        progress.last = choice
    }

    /// Without any part's words: a member named by its entity's alias ("the Australian Open"),
    /// else, for a bare kind word that resolved into the family ("the championship"), the
    /// member whose words every other has, the whole the parts belong to.
    private func namedWhole(_ clause: Clause, fact: ClaimExtractor.SentenceFacts,
                            mentions: [EntityMention]) -> Int? {
        let named = Set(mentions.compactMap { family.index(of: $0.entityID) })
        if named.count == 1 { return named.first }
        let resolved = fact.events.contains { entry in
            clause.contains(entry.mention.tokens.lowerBound) && entry.id.map { family.index(of: $0) != nil } == true
        }
        return resolved ? family.whole : nil
    }

    /// Records where each member's own words stand when two members or more have them.
    private mutating func noteOwnWords(_ clause: Clause, positions: [Int], tokens: [Token]) {
        var found: [(position: Int, member: Int)] = []
        for index in positions {
            for (member, entry) in family.members.enumerated() where entry.own.contains(tokens[index].hash)
                && (entry.distinctive[tokens[index].hash]?.isProper != true || tokens[index].isCapitalized) {
                found.append((index, member))
            }
        }
        if Set(found.map(\.member)).count > 1 { named[clause.range.lowerBound] = found }
    }

    /// Points each event mention that resolved into the family at the member its clause is
    /// about: "the 17 days of the championship" in a report of the final is the championship's,
    /// "the men's race" the men's race, whichever member the date window found first.
    func retarget(_ facts: inout [ClaimExtractor.SentenceFacts]) {
        for index in facts.indices where !facts[index].events.isEmpty {
            let fact = facts[index]
            let clauses = fact.clauses.isEmpty ? [Clause(range: fact.sentence.tokens, asides: [])] : fact.clauses
            for (position, entry) in fact.events.enumerated() {
                guard let id = entry.id,
                      let clause = clauses.first(where: { $0.range.contains(entry.mention.tokens.lowerBound) }),
                      let member = member(for: clause, anchor: entry.mention.tokens, base: id) else { continue }
                facts[index].events[position].id = member
            }
        }
    }

    /// The member a claim anchored at `anchor` in `clause` is about, or nil to keep `base`.
    func member(for clause: Clause, anchor: ClosedRange<Int>, base: String) -> String? {
        guard family.index(of: base) != nil else { return nil }
        if let found = named[clause.range.lowerBound] {
            // "Kipruto won the men's race and Kebede the women's": the part named nearest.
            let nearest = found.min { ClaimExtractor.gap($0.position...$0.position, anchor)
                < ClaimExtractor.gap($1.position...$1.position, anchor) }
            return nearest.map { family.members[$0.member].id }
        }
        return chosen[clause.range.lowerBound].map { family.members[$0].id }
    }
}
