import ClaimExtraction
import ClaimModel
import ClaimStore
import ClaimTestSupport
import Foundation

/// `claimcheck-bench resolve [--sizes 1000,3000,10000] [--runs N] [--claims DIR]`: batch
/// extraction of a newsroom archive in which every incident (a fire, a crash, a flood...) is
/// reported by three articles over five days, none of them in the registry, so extraction
/// must discover every event and find it again. Event resolution must keep the batch linear
/// in its articles: the figure is the median CPU time per size and the growth exponent between
/// sizes (1 is linear, 2 quadratic), with the B-cubed F1 of the events found against the
/// incidents generated.
enum ResolutionBenchmark {
    static let summary = "event resolution across a growing archive (CPU seconds, growth exponent, B-cubed F1)"

    struct Incident {
        var id: String
        var kind: (word: String, again: String, noun: String, speaker: String)
        var street: String, town: String
        var day: Day
        var toll: Int
    }

    static func run(_ arguments: [String]) -> Int32 {
        var options = BenchmarkOptions(arguments, known: ["--sizes", "--runs", "--claims"])
        let sizes = options.string("--sizes", default: "1000,3000,10000").split(separator: ",").compactMap { Int($0) }
        let runs = max(1, options.int("--runs", default: 3))
        let folder = options.string("--claims", default: "claims")
        if let problem = options.problem { print("error: \(problem)"); return 64 }
        guard !sizes.isEmpty else { print("error: --sizes needs numbers such as 1000,3000"); return 64 }
        let claimSet: ClaimSet
        do {
            claimSet = try ClaimLoader().load(paths: [folder], requireClaims: false).claimSet
        } catch {
            print("error: cannot load the registry in \(folder): \(error)")
            return 2
        }
        var medians: [(size: Int, seconds: Double)] = []
        for size in sizes {
            let (articles, truth) = archive(articles: size)
            let megabytes = Double(articles.reduce(0) { $0 + $1.text.original.count }) / 1e6
            var times: [Double] = []
            var score: EventClusterScore?
            var created = 0
            for _ in 1...runs {
                var extractor = ClaimExtractor(registry: ExtractionRegistry(claimSet))
                let start = threadCPUSeconds()
                var extracted: [ExtractedArticle] = []
                extracted.reserveCapacity(articles.count)
                for article in articles { extracted.append(extractor.extract(article)) }
                times.append(threadCPUSeconds() - start)
                created = extractor.registry.newEvents.count
                score = EventClusterScore(items: zip(extracted, truth).map { article, incident in
                    EventClusterScore.Item(file: article.source.id, line: 1, gold: incident,
                                           extracted: article.resolution.mainEvent)
                })
            }
            let median = Statistics.median(times)
            medians.append((size, median))
            let f1 = score.map { String(format: "%.3f", $0.f1) } ?? "-"
            print("\(size) articles (\(size / 3) incidents, \(String(format: "%.1f", megabytes)) MB): median " +
                  "\(String(format: "%.2f", median)) s CPU "
                  + "over \(runs) runs; \(created) events created; B-cubed F1 \(f1)")
        }
        for (first, second) in zip(medians, medians.dropFirst()) {
            let exponent = Statistics.growthExponent(size1: Double(first.size), time1: first.seconds,
                                                     size2: Double(second.size), time2: second.seconds)
            print("growth \(first.size) -> \(second.size): exponent \(String(format: "%.2f", exponent)) (1 is linear)")
        }
        return 0
    }

    static let kinds: [(word: String, again: String, noun: String, speaker: String)] = [
        ("fire", "blaze", "warehouse", "the fire service"), ("crash", "collision", "bus depot", "police"),
        ("flood", "flooding", "river", "the civil defence agency"),
            ("collapse", "collapse", "footbridge", "the city council"),
        ("explosion", "blast", "factory", "the fire service"),
    ]
    static let syllables = ["ka", "lo", "mi", "ren", "dor", "vel", "sta", "bru", "nix", "tal", "gor", "fen", "ash",
                            "ul", "ber",
                            "quin", "sor", "hald", "mar", "wick", "tor", "ely", "pen", "grave"]
    static let background = [
        "Neighbours described hearing a loud noise shortly before emergency crews arrived at the scene.",
        "Roads around the area remained closed for most of the day while investigators examined the site.",
        "A reception centre was opened in a nearby school for residents who could not return to their homes.",
        "Local officials promised a full inquiry and said it was too early to speculate about the cause.",
        "Messages of condolence arrived throughout the afternoon from across the region and abroad.",
        "Insurance experts said the damage would take months to assess and that claims were expected to be large.",
        "Volunteers handed out blankets and hot drinks to families waiting for news outside the cordon.",
        "The regional broadcaster interrupted its programmes to carry live pictures from the scene.",
    ]

    /// A name no other incident of the archive has: its index written in syllables.
    static func name(_ number: Int, length: Int) -> String {
        var value = number, text = ""
        for _ in 0..<length { text += syllables[value % syllables.count]; value /= syllables.count }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// `articles` articles, three per incident, in order of publication, with the incident
    /// each one reports.
    static func archive(articles count: Int) -> ([Article], [String]) {
        var generator = SeededRandom(seed: 7)
        let origin = Day(iso: "2020-01-06")!.dayNumber
        var dated: [(published: Int, order: Int, text: String, incident: String)] = []
        for index in 0..<(count / 3) {
            // Street and town from one stem with different endings: unique, and never another's.
            let incident = Incident(id: "incident-\(index)", kind: kinds[index % kinds.count],
                                    street: name(index, length: 3) + "gate",
                                    town: name(index, length: 3) + "holm", day: Day(dayNumber: origin + index / 4),
                                    toll: 2 + generator.below(30))
            for report in 0..<3 {
                let published = incident.day.dayNumber + [1, 2, 5][report]
                var text = lead(incident, report: report, published: Day(dayNumber: published))
                for _ in 0..<8 { text += " " + generator.pick(background) }
                dated.append((published, dated.count, text, incident.id))
            }
        }
        dated.sort { ($0.published, $0.order) < ($1.published, $1.order) }
        var articles: [Article] = [], truth: [String] = []
        for (position, entry) in dated.enumerated() {
            let metadata = ArticleMetadata(outlet: "Wire", published: Day(dayNumber: entry.published))
            guard let article = try? ArticleLoader().read(Array(entry.text.utf8), path: "report-\(position).txt",
                                                          overrides: metadata)
            else { continue }
            articles.append(article)
            truth.append(entry.incident)
        }
        return (articles, truth)
    }

    static func lead(_ incident: Incident, report: Int, published: Day) -> String {
        let weekday = MonthNamesForBench.weekdays[incident.day.weekday]
        let kind = incident.kind
        switch report {
        case 0:
            return "\(kind.word == "explosion" ? "An" : "A") \(kind.word) at the \(incident.street) \(kind.noun) in " +
                   "\(incident.town) killed \(incident.toll) people on \(weekday), "
                + "\(kind.speaker) said."
        case 1:
            return "The death toll from the \(incident.town) \(kind.word) has risen to \(incident.toll + 2), " +
                   "officials said."
        default:
            return "Investigators are still at work. The \(kind.again) in \(incident.town) killed " +
                   "\(incident.toll + 2) people, "
                + "\(kind.speaker) said."
        }
    }
}

enum MonthNamesForBench {
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
