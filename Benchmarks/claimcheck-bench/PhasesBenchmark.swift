import Foundation
import ClaimModel
import ClaimStore
import ClaimRules

/// `claimcheck-bench phases --corpus DIR`: where the time of one check goes (load, screen,
/// decoding the candidates, fold, group, then the whole check again), in this process; for
/// finding the next thing to optimise.
enum PhasesBenchmark {
    static let summary = "time the phases of one check of a corpus"

    static func run(_ arguments: [String]) -> Int32 {
        let options = BenchmarkOptions(arguments, known: ["--corpus"])
        let folder = options.string("--corpus", default: "claims")
        if let problem = options.problem { print("error: \(problem)"); return 64 }
        var clock = PhaseClock()
        guard let loaded = try? ClaimLoader().load(paths: [folder]) else {
            print("error: cannot load \(folder)"); return 2 }
        clock.lap("load (\(loaded.claimSet.claimCount) claims)")
        let positions = ConflictScreen.candidates(in: loaded.claimSet)
        clock.lap("screen (\(positions.count) candidates)")
        let candidates = positions.map { loaded.claimSet.claimList[$0] }
        clock.lap("decode the candidates")
        let folded = DuplicateClaims.fold(candidates)
        clock.lap("fold (\(folded.count) left)")
        let groups = RulesEngine.groups(of: folded, attributes: loaded.claimSet.attributes,
                                        events: loaded.claimSet.events)
        clock.lap("group (\(groups.comparison.count) + \(groups.series.count) groups)")
        let findings = RulesEngine().check(loaded.claimSet)
        clock.lap("whole check again (\(findings.count) findings)")
        return 0
    }
}

/// Wall-clock laps, printed as they happen.
struct PhaseClock {
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap(_ label: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        print(String(format: "%8.3f s  %@", Double(now - last) / 1e9, label))
        last = DispatchTime.now().uptimeNanoseconds
    }
}
