import ClaimExtraction
import ClaimModel
import ClaimStore
import ClaimTestSupport
import Foundation

/// `claimcheck-bench extract [--megabytes N] [--runs N] [--claims DIR]`: how many megabytes of
/// article text extraction reads per second on one core. The articles are synthetic, written
/// from templates in our own words (wire-style reports with names, roles, counts, quotes and
/// dates) mixed with background sentences at roughly the claim density of the seed articles
/// (a few claims per kilobyte), so the figure does not depend on any corpus being present.
enum ExtractionThroughput {
    static let summary = "extraction throughput on synthetic articles (MB/s, one core)"

    static func run(_ arguments: [String]) -> Int32 {
        var options = BenchmarkOptions(arguments, known: ["--megabytes", "--runs", "--claims"])
        let megabytes = Double(options.string("--megabytes", default: "16")) ?? 16
        let runs = max(1, options.int("--runs", default: 5))
        let folder = options.string("--claims", default: "claims")
        if let problem = options.problem { print("error: \(problem)"); return 64 }
        let claimSet: ClaimSet
        do {
            claimSet = try ClaimLoader().load(paths: [folder], requireClaims: false).claimSet
        } catch {
            print("error: cannot load the registry in \(folder): \(error)")
            return 2
        }
        let articles = SyntheticArticles.make(bytes: Int(megabytes * 1_000_000), registry: claimSet)
        let total = articles.reduce(0) { $0 + $1.text.original.count }
        print("extracting \(articles.count) synthetic articles, \(String(format: "%.1f", Double(total) / 1e6)) MB, " +
              "\(runs) runs")
        var rates: [Double] = []
        var claims = 0
        for run in 1...runs {
            var extractor = ClaimExtractor(registry: ExtractionRegistry(claimSet))
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = threadCPUSeconds()
            claims = 0
            for article in articles { claims += extractor.extract(article).claims.count }
            let cpu = threadCPUSeconds() - cpuStart
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            // CPU time of this one thread: the figure for one core, whatever else the machine runs.
            let rate = Double(total) / 1e6 / cpu
            rates.append(rate)
            if run == 1 { print("  (extraction created \(extractor.registry.newEvents.count) events and " +
                                "\(extractor.registry.newEntities.count) entities)") }
            print("  run \(run): \(String(format: "%.2f", cpu)) s CPU (\(String(format: "%.2f", seconds)) s wall), " +
                  "\(String(format: "%.1f", rate)) MB/s, \(claims) claims")
        }
        let median = Statistics.median(rates)
        print("claim density: \(String(format: "%.1f", Double(claims) / (Double(total) / 1000))) claims per kilobyte")
        print("median: \(String(format: "%.1f", median)) MB/s of article text per CPU second on one core (target: 20 " +
              "MB/s)")
        return 0
    }
}

/// CPU seconds used by the calling thread.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Articles generated from sentence templates filled with the registry's names and roles.
enum SyntheticArticles {
    static func make(bytes: Int, registry: ClaimSet) -> [Article] {
        texts(bytes: bytes, registry: registry).enumerated().compactMap { index, text in
            try? ArticleLoader().read(Array(text.utf8), path: "synthetic-\(index).txt")
        }
    }

    /// The articles' texts, `sentences` to an article, until they add up to `bytes`.
    static func texts(bytes: Int, registry: ClaimSet, sentences: Int = 40) -> [String] {
        let people = registry.entities.values.filter { $0.kind == .person }.map(\.name).sorted()
        let countries = registry.entities.values.filter { $0.kind == .country }.map(\.name).sorted()
        let names = people.isEmpty ? ["Ana Lopes", "Piet de Vries"] : people
        let places = countries.isEmpty ? ["Portugal", "Belgium"] : countries
        let claimTemplates = [
            "%P attended the summit in %C in person on Thursday, officials said.",
            "«More than %N countries have committed to the mission,» %P told reporters after the talks.",
            "%P is expected to join the meeting by video link, while %Q may also take part.",
            "According to diplomats, %C is not ready to send troops, but it could help monitor a ceasefire.",
            "The death toll from the fire in %C has risen to %N, the fire service said.",
            "Representatives from about %N countries, including %M heads of state and government, took part in the " +
            "consultations.",
            "The weather was mild and the streets around the venue were quiet for most of the afternoon.",
            "%P said that %C would decide on its contribution at the appropriate time once the framework is clear.",
            "Analysts in %C warned that the plan could take months to agree, and that funding remained uncertain.",
            "%Q did not sign the closing declaration and left early, according to a spokesperson.",
        ]
        // Most of a news article carries no checkable claim: background, colour, context.
        let background = [
            "The discussions covered energy prices, border controls and the long-term financing of reconstruction.",
            "Observers noted that the tone of the exchanges was calmer than at the previous gathering in the spring.",
            "%P arrived with a small delegation and spent the morning in meetings with advisers before the main " +
            "session.",
            "Critics argue that the proposals lack detail and that parliaments have not yet been consulted on the " +
            "costs.",
            "The venue, a former customs house on the waterfront, was closed to the public for the duration of the " +
            "event.",
            "Officials in %C described the atmosphere as constructive but cautioned against expecting quick results.",
            "Local businesses reported a drop in trade as roads around the conference centre were sealed off.",
            "The debate over how to share the burden among members has dominated the agenda for most of the year.",
            "Several delegations raised concerns about supply chains, while others focused on training and logistics.",
            "A final communique is being drafted, and diplomats said wording on the most sensitive points was still " +
            "open.",
            "Protesters gathered peacefully near the entrance, holding banners that called for an end to the fighting.",
            "Historians point out that similar arrangements in the past took years to negotiate and even longer to " +
            "implement.",
        ]
        var generator = SeededRandom(seed: 42)  // SplitMix64, shared with the corpus generator
        var articles: [String] = []
        var produced = 0
        var index = 0
        while produced < bytes {
            var text = "Report \(index)\n\nWire\n\n\(1 + index % 28).\(1 + index % 12).2025 - 10:00\n\n"
            for _ in 0..<sentences {
                // About three sentences in ten carry a claim, which gives the seed articles'
                // density of two to three claims per kilobyte.
                let templates = generator.next() % 10 < 3 ? claimTemplates : background
                var sentence = templates[Int(generator.next() % UInt64(templates.count))]
                sentence = sentence.replacingOccurrences(of: "%P",
                                                         with: names[Int(generator.next() % UInt64(names.count))])
                sentence = sentence.replacingOccurrences(of: "%Q",
                                                         with: names[Int(generator.next() % UInt64(names.count))])
                sentence = sentence.replacingOccurrences(of: "%C",
                                                         with: places[Int(generator.next() % UInt64(places.count))])
                sentence = sentence.replacingOccurrences(of: "%N", with: String(10 + generator.next() % 40))
                sentence = sentence.replacingOccurrences(of: "%M", with: String(5 + generator.next() % 20))
                text += sentence + (generator.next() % 3 == 0 ? "\n\n" : " ")
            }
            produced += text.utf8.count
            articles.append(text)
            index += 1
        }
        return articles
    }
}
