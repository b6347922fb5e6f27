import Foundation
import ClaimModel
import ClaimStore
import ClaimExtraction

// libFuzzer target: an article's bytes through ArticleLoader and the claim extractor, against
// the small registry of the extraction fixtures ($FUZZ_REGISTRY). The first byte picks the
// file kind (text, Markdown or HTML), since the loader reads each differently. Bad bytes must
// end in an InputError naming the file; whatever is extracted must point inside the article
// and be written as JSON our own reader accepts.
let registry: ExtractionRegistry = {
    let folder = ProcessInfo.processInfo.environment["FUZZ_REGISTRY"] ?? "Tests/ClaimExtractionTests/Fixtures/claims"
    return ExtractionRegistry(try! ClaimLoader().load(paths: [folder], requireClaims: false).claimSet)
}()
let loader = ArticleLoader(knownOutlets: registry.outletNames)
let kinds = ["fuzz.txt", "fuzz.md", "fuzz.html"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtraction(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let name = kinds[Int(data[0]) % kinds.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let article: Article
    do throws(InputError) {
        article = try loader.read(bytes, path: name, overrides: ArticleMetadata(published: Day(iso: "2025-03-12")))
    } catch {
        precondition(error.diagnostics.allSatisfy { $0.file == name }, "an InputError that does not name the article")
        return 0
    }
    var extractor = ClaimExtractor(registry: registry)
    let extracted = extractor.extract(article)
    let lines = article.text.lineStarts.count
    for claim in extracted.claims + extracted.superseded {
        precondition((1...lines).contains(claim.evidence.line),
                     "evidence line \(claim.evidence.line) outside 1...\(lines)")
        if let span = claim.evidence.span { precondition(span.lowerBound >= 0, "a negative span") }
    }
    let written = JSONWriter.write(ClaimFileEncoder.claimsDocument(extracted))
    precondition((try? JSONParser.parse(written)) != nil, "the claims document does not parse")
    return 0
}
