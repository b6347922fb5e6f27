import ClaimExtraction
import ClaimModel
import ClaimRules

/// Scores extraction on a news corpus half: extracts every article with the given registry and
/// the built-in vocabulary, aligns created events and entities with the gold ones, and measures
/// claims (recall and precision per attribute) and findings (the rules run on the extracted
/// claims, against `expected.json`). Each measure is a section of its own, so more can be added.
public struct NewsEvaluation: Sendable {
    public var articleCount: Int
    public var extracted: [ExtractedArticle]
    /// Extracted claims in gold ids.
    public var alignedClaims: [Claim]
    public var alignment: IDAlignment
    public var claims: ExtractionScore
    /// Why each missed gold claim was missed (nothing read, or read and filed wrongly).
    public var missCauses: MissCauses
    /// The rules on the extracted claims, measured against the expectations.
    public var findings: ExpectationScore
    /// The rules on the gold claims: what the corpus itself promises (a check on the data).
    public var goldFindings: ExpectationScore
    /// Event clustering and entity linking against the gold events and entities (issue 13).
    public var resolution: ResolutionEvaluation

    /// The targets for a corpus half.
    public struct Targets: Sendable {
        public var recall = 0.75
        public var precision = 0.90
        public var contradictions = 0.80
        /// Unexpected errors and warnings allowed per article.
        public var unexpectedPerArticle = 0.1
        public init() {}
    }

    public struct Verdict: Sendable {
        public var checks: [(name: String, met: Bool)]
        public var met: Bool { checks.allSatisfy(\.met) }
    }

    public init(corpus: NewsCorpus) throws(InputError) {
        let registry = ExtractionRegistry(corpus.given)
        var extractor = ClaimExtractor(registry: registry)
        extractor.recordsResolution = true
        let loader = ArticleLoader(knownOutlets: registry.outletNames)
        var articles: [ExtractedArticle] = []
        for path in corpus.articles {
            articles.append(extractor.extract(try loader.load(path)))
        }
        articleCount = corpus.articles.count
        extracted = articles
        let raw = articles.flatMap(\.claims)
        alignment = IDAlignment(extracted: raw, gold: corpus.gold.claims, given: corpus.given)
        alignedClaims = raw.map(alignment.map)
        claims = ExtractionScore(curated: corpus.gold.claims, extracted: alignedClaims,
                                 attributes: corpus.gold.attributes)
        missCauses = MissCauses(missed: claims.missed, unmatched: claims.unmatched, attributes: corpus.gold.attributes)

        let final = extractor.registry
        let extractedSet = ClaimSet(entities: Array(final.entities.values), events: final.events,
                                    attributes: Array(corpus.gold.attributes.values), sources: articles.map(\.source),
                                        claims: raw)
        let alignment = self.alignment
        findings = ExpectationScore(expectations: corpus.expectations, findings: RulesEngine().check(extractedSet),
                                    mapID: { alignment.map($0) })
        goldFindings = ExpectationScore(expectations: corpus.expectations, findings: RulesEngine().check(corpus.gold))
        resolution = ResolutionEvaluation(gold: corpus.gold, extracted: articles, registry: final)
    }

    public func verdict(_ targets: Targets = Targets()) -> Verdict {
        let allowed = Int((Double(articleCount) * targets.unexpectedPerArticle).rounded(.down))
        return Verdict(checks: [
            ("claim recall >= \(ResolutionEvaluation.ratio(targets.recall))", claims.total.recall >= targets.recall),
            ("claim precision >= \(ResolutionEvaluation.ratio(targets.precision))",
             claims.total.precision >= targets.precision),
            ("contradictions reproduced >= \(Int(targets.contradictions * 100))%",
             findings.rate(.contradiction) >= targets.contradictions),
            ("no trap raised as an error or warning", findings.rate(.trap) == 1),
            ("unexpected errors and warnings <= \(allowed) (one per ten articles)",
             findings.unexpected.count <= allowed),
            ("event clustering F1 >= 0.90 and every article with its event", resolution.eventTargetsMet),
            ("entity linking precision >= 0.95 and recall >= 0.90", resolution.entityTargetsMet),
        ])
    }
}
