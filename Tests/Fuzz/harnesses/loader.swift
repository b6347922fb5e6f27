import Foundation
import ClaimModel
import ClaimStore
import ClaimRules
import ClaimReports

// libFuzzer target: the whole check of one claim file. The input is loaded as a source file
// against the shipped registries ($FUZZ_CLAIMS, default claims/), decoded once at start
// (`ClaimLoader.prepareRegistries`), through the loader's fast and plain paths; then checked,
// and rendered in every format; the JSON report must parse back. Bad input must end in an
// InputError, never a trap. Nothing touches the disk per input: writing the input to a file
// and loading the folder (registries parsed again each time) held this target to ~105 inputs
// a second.
let registries: ClaimLoader.PreparedRegistries = {
    let folder = ProcessInfo.processInfo.environment["FUZZ_CLAIMS"] ?? "claims"
    do throws(InputError) { return try ClaimLoader.prepareRegistries(in: folder) } catch { fatalError("\(error)") }
}()
// One core: the fuzzer looks for inputs that break the loader, not for thread timing, and
// starting the pool for every input cost more than the work.
let loader = ClaimLoader(options: ClaimLoader.Options(parallel: false))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let loaded: ClaimLoader.Result
    do throws(InputError) {
        loaded = try loader.load(claimFiles: [("claims/sources/fuzz.json", bytes)], against: registries)
    } catch {
        precondition(!error.diagnostics.isEmpty, "an InputError without a diagnostic")
        return 0
    }
    let report = Report(findings: RulesEngine().check(loaded.claimSet), claimSet: loaded.claimSet)
    for identifier in ReporterRegistry.identifiers {
        let text = ReporterRegistry.reporter(for: identifier, colour: true)!.generateReport(report)
        if identifier == JSONReporter.identifier {
            precondition((try? JSONParser.parse(text)) != nil, "the JSON report does not parse")
        }
    }
    return 0
}
