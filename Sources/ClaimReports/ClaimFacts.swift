import ClaimModel
import ClaimRules

/// A claim in words, as every human-readable report shows it: the value, who said it in
/// which voice, the outlet and date, and where it stands. Built in one place so the text,
/// Markdown and HTML reports describe a claim the same way. Raw text: each format escapes.
public struct ClaimFacts: Sendable {
    /// "26 countries"
    public var value: String
    /// "Emmanuel Macron", or the outlet for its own voice.
    public var speaker: String
    /// "narrator, asserted" or "Emmanuel Macron, direct quote, asserted"
    public var voice: String
    public var outlet: String
    /// "4 Sep 2025" or "undated"
    public var date: String
    /// "002_795e1964be4e6087.txt:4"
    public var evidence: String
    /// The other places the claim stands: "line 22", "003_bc2e8d4b7debda9d.txt:10".
    public var alsoAt: [String]
    /// The claim's `statement`: never the article's words, so never shown in quote marks.
    public var statement: String
    public var modality: Modality
    /// The article's own words, when the article is at hand.
    public var quote: EvidenceQuote?
    /// Extraction wrote the statement (a draft, or a source `claimcheck extract` made): a
    /// description, not a person's paraphrase.
    public var statementIsGenerated = false

    public init(_ claim: Claim, names: ClaimNames) {
        value = names.value(claim)
        speaker = names.speaker(claim)
        voice = claim.speaker == .narrator
            ? "narrator, \(claim.modality.rawValue)"
            : "\(speaker), \(claim.attribution.label), \(claim.modality.rawValue)"
        outlet = names.outlet(ofSource: claim.sourceID)
        date = names.date(of: claim)
        evidence = claim.evidence.location
        alsoAt = claim.alsoAt.map {
            $0.evidence.file == claim.evidence.file ? "line \($0.evidence.line)" : $0.evidence.location
        }
        statement = claim.statement
        modality = claim.modality
    }

    /// As a report shows it: evidence paths as the report names articles, the article's words
    /// where they are at hand, and whether the statement is a paraphrase or generated.
    /// A claim as one finding shows it: a figure the finding's update supersedes says so in
    /// its value, in every format, so nobody repeats a toll a later report replaced.
    public init(_ claim: Claim, of finding: Finding, in report: Report) {
        self.init(claim, in: report)
        if finding.superseded.contains(claim.stableID) { value += " (superseded)" }
    }

    public init(_ claim: Claim, in report: Report) {
        self.init(claim, names: report.names)
        let articles = report.articles
        evidence = articles.location(of: claim.evidence)
        alsoAt = claim.alsoAt.map {
            $0.evidence.file == claim.evidence.file ? "line \($0.evidence.line)" : articles.location(of: $0.evidence)
        }
        quote = report.quotes.quote(for: claim.evidence, articles: articles)
        statementIsGenerated = Self.isGenerated(claim, in: report)
    }

    /// Whether the claim's statement was written by extraction (a draft's, or an extracted
    /// source's), not by a curator.
    public static func isGenerated(_ claim: Claim, in report: Report) -> Bool {
        report.draftSources.contains(claim.sourceID)
            || report.claimSet.sources[claim.sourceID]?.note?.hasPrefix("Extracted by claimcheck") == true
    }

    /// The statement as a report shows it, with what it is, never in quote marks:
    /// "paraphrase: …" (the curator's words) or "extracted as: …" (a generated description,
    /// left out when the article's own words are there to read). Nil when there is nothing.
    public var labelledStatement: (label: String, text: String)? {
        guard !statement.isEmpty else { return nil }
        if statementIsGenerated { return quote == nil ? ("extracted as", statement) : nil }
        return ("paraphrase", statement)
    }

    /// The evidence with its other places: "003_x.txt:5 (also line 22)".
    public var evidenceWithRepeats: String {
        alsoAt.isEmpty ? evidence : evidence + " (also " + alsoAt.joined(separator: ", ") + ")"
    }
}
