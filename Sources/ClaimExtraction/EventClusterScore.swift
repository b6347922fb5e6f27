import ClaimModel

/// How well extraction groups coverage into events, scored B-cubed against gold claims.
///
/// Every gold claim with an event is an item at its article and line. Its gold cluster is the
/// items of the same gold event; its extracted cluster is the items given the same extracted
/// event: the event of an extracted claim at the same line and attribute, else of any
/// extracted claim on that line, else the event resolution gave the line. An item without one
/// is a cluster of its own. B-cubed precision and recall are the averages over items of the
/// share of its extracted cluster that is in its gold cluster, and the reverse. Event ids need
/// not agree: an incident extraction discovered is matched by its members, not its name.
public struct EventClusterScore: Sendable {
    public struct Item: Sendable, Equatable {
        public var file: String
        public var line: Int
        public var gold: String
        public var extracted: String?

        public init(file: String, line: Int, gold: String, extracted: String?) {
            self.file = file
            self.line = line
            self.gold = gold
            self.extracted = extracted
        }
    }

    /// An article about a gold event (the one most of its items belong to) none of whose items
    /// was given that event's extracted counterpart.
    public struct Orphan: Sendable, Equatable {
        public var file: String
        public var goldEvent: String
    }

    public let items: [Item]
    public private(set) var precision = 1.0
    public private(set) var recall = 1.0
    public private(set) var orphans: [Orphan] = []
    /// For each gold event, the extracted event most of its items were given.
    public private(set) var bestMatch: [String: String] = [:]
    /// For each extracted event, the gold event most of its items belong to.
    public private(set) var owner: [String: String] = [:]

    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public init(items: [Item]) {
        self.items = items
        guard !items.isEmpty else { return }
        var goldSize: [String: Int] = [:], extractedSize: [String: Int] = [:], both: [Pair: Int] = [:]
        for item in items {
            goldSize[item.gold, default: 0] += 1
            if let extracted = item.extracted {
                extractedSize[extracted, default: 0] += 1
                both[Pair(gold: item.gold, extracted: extracted), default: 0] += 1
            }
        }
        var precisionSum = 0.0, recallSum = 0.0
        for item in items {
            let shared = item.extracted.map { both[Pair(gold: item.gold, extracted: $0)]! } ?? 1
            precisionSum += Double(shared) / Double(item.extracted.map { extractedSize[$0]! } ?? 1)
            recallSum += Double(shared) / Double(goldSize[item.gold]!)
        }
        precision = precisionSum / Double(items.count)
        recall = recallSum / Double(items.count)
        for (pair, count) in both.sorted(by: { ($0.key.gold, $0.key.extracted) < ($1.key.gold, $1.key.extracted) }) {
            if let current = bestMatch[pair.gold],
               both[Pair(gold: pair.gold, extracted: current)]! >= count { continue }
            bestMatch[pair.gold] = pair.extracted
        }
        for (pair, count) in both.sorted(by: { ($0.key.extracted, $0.key.gold) < ($1.key.extracted, $1.key.gold) }) {
            if let current = owner[pair.extracted],
               both[Pair(gold: current, extracted: pair.extracted)]! >= count { continue }
            owner[pair.extracted] = pair.gold
        }
        // What an article is about: the gold event most of its items belong to (all of them
        // on a tie); an earlier event recalled in one paragraph is not what it is about.
        var perArticle: [String: [String: Int]] = [:], found: Set<Pair> = []
        for item in items {
            perArticle[item.file, default: [:]][item.gold, default: 0] += 1
            if let extracted = item.extracted, bestMatch[item.gold] == extracted {
                found.insert(Pair(gold: item.gold, extracted: item.file))
            }
        }
        for (file, counts) in perArticle {
            let most = counts.values.max() ?? 0
            for (gold, count) in counts where count == most && !found.contains(Pair(gold: gold, extracted: file)) {
                orphans.append(Orphan(file: file, goldEvent: gold))
            }
        }
        orphans.sort { ($0.file, $0.goldEvent) < ($1.file, $1.goldEvent) }
    }

    private struct Pair: Hashable {
        var gold: String
        var extracted: String
    }

    /// Items from gold claims and what extraction made of the same articles (by file name).
    ///
    /// On one line, each extracted claim answers one gold claim: the one of the same attribute
    /// and value, else the first of the same attribute still unanswered. A gold claim no claim
    /// answers takes the event of a claim on its line that answers none or answers its own gold
    /// event ("killed 628 in 2004; the 1960 quake killed 12,000" read once is not both quakes);
    /// with claims on the line but all of them another event's, extraction read nothing of it.
    public static func items(gold: [Claim], extracted: [ExtractedArticle]) -> [Item] {
        var byFile: [String: ExtractedArticle] = [:]
        for article in extracted { if let file = article.source.file { byFile[file] = article } }
        var claimsAt: [String: [Claim]] = [:]
        for article in extracted {
            for claim in article.claims where claim.event != nil {
                claimsAt["\(claim.evidence.file)|\(claim.evidence.line)", default: []].append(claim)
            }
        }
        var goldAt: [String: [Int]] = [:]
        for (index, claim) in gold.enumerated() where claim.event != nil {
            goldAt["\(claim.evidence.file)|\(claim.evidence.line)", default: []].append(index)
        }
        var answer: [Int: String?] = [:]
        for (key, indices) in goldAt {
            let here = claimsAt[key] ?? []
            var takenBy: [Int: String] = [:]  // extracted claim -> the gold event it answers
            for sameValue in [true, false] {
                for index in indices where answer[index] == nil {
                    let claim = gold[index]
                    guard let found = here.indices.first(where: {
                        takenBy[$0] == nil && here[$0].attribute == claim.attribute
                            && (!sameValue || here[$0].value == claim.value)
                    }) else { continue }
                    takenBy[found] = claim.event
                    answer[index] = here[found].event
                }
            }
            for index in indices where answer[index] == nil {
                if let free = here.indices.first(where: { takenBy[$0] == nil || takenBy[$0] == gold[index].event }) {
                    answer[index] = here[free].event
                } else if !here.isEmpty {
                    answer[index] = .some(nil)
                }
            }
        }
        return gold.indices.compactMap { index in
            let claim = gold[index]
            guard let event = claim.event else { return nil }
            let extracted = answer[index] ?? byFile[claim.evidence.file]?.resolution.lineEvents[claim.evidence.line]
            return Item(file: claim.evidence.file, line: claim.evidence.line, gold: event, extracted: extracted)
        }
    }
}
