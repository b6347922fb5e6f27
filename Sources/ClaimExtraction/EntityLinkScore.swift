import ClaimModel

/// How well extraction links names to entities, against the entities gold claims name.
///
/// On every line holding gold claims, the gold entities are their subjects and speakers
/// (entities standing for an event, and the narrator, left out); the extracted entities are
/// those resolution linked on the line. An extracted id counts as the gold id it equals, or,
/// for an entity extraction created (ids need not agree), as the one gold entity it shares
/// most lines with, each at most once, so two extracted entities for one person cannot both
/// be right. A gold entity found is correct; a gold entity missed while an extracted entity on
/// the same line matches nothing is a wrong link (someone else was read in its place).
/// Precision is correct over correct plus wrong; recall is correct over gold.
public struct EntityLinkScore: Sendable {
    public struct Line: Sendable, Equatable {
        public var file: String
        public var line: Int
        public var gold: Set<String>
        public var extracted: Set<String>

        public init(file: String, line: Int, gold: Set<String>, extracted: Set<String>) {
            self.file = file
            self.line = line
            self.gold = gold
            self.extracted = extracted
        }
    }

    /// A gold entity not linked on a line, and what was linked there instead.
    public struct Miss: Sendable, Equatable {
        public var file: String
        public var line: Int
        public var gold: String
        public var instead: [String]
    }

    public private(set) var correct = 0
    public private(set) var wrong = 0
    public private(set) var goldCount = 0
    public private(set) var misses: [Miss] = []
    /// Extracted ids counted as another gold id (created entities matched by their lines).
    public private(set) var mapping: [String: String] = [:]

    public var precision: Double { correct + wrong == 0 ? 1 : Double(correct) / Double(correct + wrong) }
    public var recall: Double { goldCount == 0 ? 1 : Double(correct) / Double(goldCount) }

    /// `kinds`: the kind of every gold and extracted entity (an id missing counts as any kind).
    public init(lines: [Line], goldEntities: Set<String>, kinds: [String: Entity.Kind] = [:]) {
        func sameKind(_ a: String, _ b: String) -> Bool { kinds[a] == nil || kinds[b] == nil || kinds[a] == kinds[b] }
        mapping = Self.mapping(lines, goldEntities: goldEntities, sameKind: sameKind)
        for line in lines {
            var original: [String: String] = [:]
            for id in line.extracted { original[goldEntities.contains(id) ? id : mapping[id] ?? "?" + id] = id }
            let extracted = Set(original.keys)
            let found = line.gold.intersection(extracted)
            let missed = line.gold.subtracting(extracted).sorted()
            let spare = extracted.subtracting(line.gold).sorted()
            goldCount += line.gold.count
            correct += found.count
            // Pair each missed gold entity with an unmatched link of its kind, at most once each.
            var unpaired = spare.map { original[$0]! }
            for gold in missed {
                if let index = unpaired.firstIndex(where: { sameKind($0, gold) }) {
                    wrong += 1
                    unpaired.remove(at: index)
                }
                misses.append(Miss(file: line.file, line: line.line, gold: gold, instead: spare.map { original[$0]! }))
            }
        }
    }

    /// One-to-one: each created id to the gold id it shares most lines with, most shared first.
    static func mapping(_ lines: [Line], goldEntities: Set<String>,
                        sameKind: (String, String) -> Bool) -> [String: String] {
        var shared: [String: [String: Int]] = [:]
        for line in lines {
            for id in line.extracted where !goldEntities.contains(id) {
                for gold in line.gold where !line.extracted.contains(gold) && sameKind(id, gold) {
                    shared[id, default: [:]][gold, default: 0] += 1
                }
            }
        }
        let pairs = shared.flatMap { id, counts in counts.map { (id: id, gold: $0.key, count: $0.value) } }
            .sorted { ($1.count, $0.id, $0.gold) < ($0.count, $1.id, $1.gold) }
        var mapping: [String: String] = [:], taken: Set<String> = []
        for pair in pairs where mapping[pair.id] == nil && !taken.contains(pair.gold) {
            mapping[pair.id] = pair.gold
            taken.insert(pair.gold)
        }
        return mapping
    }

    /// Lines from gold claims (subjects and speakers that are not events) and the links
    /// resolution made in the same articles.
    public static func lines(gold: [Claim], events: Set<String>, extracted: [ExtractedArticle]) -> [Line] {
        var goldAt: [String: Set<String>] = [:]
        var order: [(String, Int)] = []
        for claim in gold {
            let key = "\(claim.evidence.file)|\(claim.evidence.line)"
            if goldAt[key] == nil { order.append((claim.evidence.file, claim.evidence.line)); goldAt[key] = [] }
            var ids = [claim.subject]
            if case .entity(let speaker) = claim.speaker { ids.append(speaker) }
            for id in ids where !events.contains(id) { goldAt[key]!.insert(id) }
        }
        var linkedAt: [String: Set<String>] = [:]
        for article in extracted {
            guard let file = article.source.file else { continue }
            for link in article.resolution.links { linkedAt["\(file)|\(link.line)", default: []].insert(link.entityID) }
        }
        return order.compactMap { file, line in
            let key = "\(file)|\(line)"
            guard let ids = goldAt[key], !ids.isEmpty else { return nil }
            return Line(file: file, line: line, gold: ids, extracted: linkedAt[key] ?? [])
        }
    }
}
