import ClaimModel

/// Event clustering and entity linking of a batch, scored against a gold claims folder, with
/// the targets the news corpus sets: B-cubed F1 of events at least 0.90, no article about a
/// gold event left without it, entity linking precision at least 0.95 and recall 0.90.
public struct ResolutionEvaluation: Sendable {
    public static let targetF1 = 0.90, targetPrecision = 0.95, targetRecall = 0.90

    public var events: EventClusterScore
    public var entities: EntityLinkScore
    /// What resolution gave each article: its main event and the event of each line.
    public var articles: [(file: String, resolution: ArticleResolution)]

    /// `registry`: what extraction knew and created, for the kinds of the entities it linked.
    public init(gold: ClaimSet, extracted: [ExtractedArticle], registry: ExtractionRegistry? = nil) {
        let files = Set(extracted.compactMap(\.source.file))
        articles = extracted.map { ($0.source.file ?? $0.source.id, $0.resolution) }
        let claims = gold.claims.filter { files.contains($0.evidence.file) }.sorted { $0.stableID < $1.stableID }
        events = EventClusterScore(items: EventClusterScore.items(gold: claims, extracted: extracted))
        let eventIDs = Set(gold.events.keys)
        var kinds: [String: Entity.Kind] = [:]
        for entity in registry?.entities.values.map({ $0 }) ?? [] { kinds[entity.id] = entity.kind }
        for link in extracted.flatMap(\.resolution.links) { if let kind = link.kind { kinds[link.entityID] = kind } }
        for entity in gold.entities.values { kinds[entity.id] = entity.kind }
        entities = EntityLinkScore(lines: EntityLinkScore.lines(gold: claims, events: eventIDs, extracted: extracted),
                                   goldEntities: Set(gold.entities.keys).subtracting(eventIDs), kinds: kinds)
    }

    public var eventTargetsMet: Bool { events.f1 >= Self.targetF1 && events.orphans.isEmpty }
    public var entityTargetsMet: Bool {
        entities.precision >= Self.targetPrecision && entities.recall >= Self.targetRecall
    }

    /// The two sections `evaluate` prints, with what was missed when `verbose`.
    /// A score with two decimals ("0.94", "1.00"), the way every evaluate section prints one.
    public static func ratio(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    public func report(verbose: Bool) -> String {
        let ratio = Self.ratio
        var text = "Event clustering (B-cubed over \(events.items.count) gold claims): "
        text += "precision \(ratio(events.precision)), "
        text += "recall \(ratio(events.recall)), F1 \(ratio(events.f1)); "
        text += "articles left without their event: \(events.orphans.count)\n"
        for orphan in events.orphans { text += "  no event     \(orphan.file): \(orphan.goldEvent)\n" }
        if verbose {
            for item in events.items where item.extracted != events.bestMatch[item.gold] {
                text += "  elsewhere    \(item.file):\(item.line) \(item.gold) -> \(item.extracted ?? "-")\n"
            }
            let owners = events.owner
            for item in events.items {
                guard let extracted = item.extracted, let owner = owners[extracted],
                      owner != item.gold else { continue }
                text += "  merged       \(item.file):\(item.line) \(item.gold) -> \(extracted) "
                text += "(the event of \(owner))\n"
            }
        }
        if verbose {
            for (file, resolution) in articles {
                let lines = resolution.lineEvents.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                text += "  article      \(file): main \(resolution.mainEvent ?? "-"); "
                text += "lines \(lines.joined(separator: ", "))\n"
            }
        }
        text += "Entity linking (\(entities.goldCount) gold subjects and speakers): "
        text += "precision \(ratio(entities.precision)), "
        text += "recall \(ratio(entities.recall)); correct \(entities.correct), wrong \(entities.wrong)\n"
        if verbose {
            for miss in entities.misses {
                text += "  missed       \(miss.file):\(miss.line) \(miss.gold)"
                text += miss.instead.isEmpty ? "\n" : " (linked instead: \(miss.instead.joined(separator: ", ")))\n"
            }
        }
        return text
    }
}
