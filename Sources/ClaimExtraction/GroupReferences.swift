import ClaimModel

/// "The coalition", "the bloc", "the alliance", "the Europeans": words that stand for a
/// group the article names elsewhere. Read with the whole article in view, they resolve to
/// the group (or organisation) the article is about whose name fits the word: "the
/// coalition" to the named coalition, "the bloc" to the group named most, "the Europeans"
/// to a European group. Without such a group they name nobody: a guess would link a claim
/// to the wrong side.
extension ClaimExtractor {
    enum GroupWord {
        /// The word must be in the group's name ("the coalition" -> "Coalition of the Willing").
        case named(String)
        /// Any group the article names ("the bloc" -> "BRICS").
        case anyGroup
        /// A group whose name is European ("the Europeans" -> "European leaders").
        case european
    }

    static let groupWords: WordMap<GroupWord> = {
        let words: [(String, GroupWord)] = [
            ("coalition", .named("coalition")), ("alliance", .named("alliance")), ("union", .named("union")),
            ("league", .named("league")), ("bloc", .anyGroup), ("grouping", .anyGroup), ("europeans", .european),
        ]
        return WordMap(words.map { (WordHash.of($0.0), $0.1) })
    }()

    mutating func readGroupReferences(_ facts: inout [SentenceFacts], tokens: [Token], text: [UInt8]) {
        // Cheap test first: most articles use none of the words.
        var uses: [(fact: Int, position: Int, word: GroupWord)] = []
        let the = Self.the, groupWords = Self.groupWords
        for index in facts.indices {
            let sentence = facts[index].sentence.tokens
            for position in sentence where position > sentence.lowerBound && tokens[position - 1].hash == the {
                guard let word = groupWords[tokens[position].hash],
                      !facts[index].mentions.contains(where: { $0.tokens.contains(position) }) else { continue }
                // "the coalition government", "the Union flag": a word that describes, not a reference.
                if position + 1 < sentence.upperBound, tokens[position + 1].kind == .word,
                    !tokens[position + 1].isCapitalized,
                   !DateCues.statementVerbs.contains(tokens[position + 1].hash),
                       !EntityResolver.stateVerbs.contains(tokens[position + 1].hash),
                   !EntityResolver.auxiliaries.contains(tokens[position + 1].hash) { continue }
                uses.append((index, position, word))
            }
        }
        guard !uses.isEmpty else { return }
        var counts: [String: (count: Int, first: Int)] = [:]
        var order = 0
        for fact in facts {
            for mention in fact.mentions where (mention.kind == .group || mention.kind == .organisation) &&
                mention.form == .name {
                order += 1
                counts[mention.entityID, default: (0, order)].count += 1
            }
        }
        let ranked = counts.sorted { ($0.value.count, -$0.value.first, $1.key) > ($1.value.count, -$1.value.first,
            $0.key) }.map(\.key)
        for use in uses {
            guard let id = ranked.first(where: { fits(use.word, $0) }), let kind = registry.kindOf(id) else { continue }
            let mention = EntityMention(entityID: id, kind: kind, tokens: (use.position - 1)...use.position,
                form: .name)
            facts[use.fact].mentions = (facts[use.fact].mentions + [mention])
                .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    func fits(_ word: GroupWord, _ id: String) -> Bool {
        guard let name = registry.name(of: id)?.lowercased() else { return false }
        switch word {
        case .named(let noun): return name.contains(noun)
        case .anyGroup: return registry.kindOf(id) == .group
        case .european: return registry.kindOf(id) == .group && name.contains("europe")
        }
    }
}
