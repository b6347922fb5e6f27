import Foundation
import ClaimModel
import ClaimRules
import ClaimReports

// libFuzzer target: the whole check of one claim file. The input is written as a source file
// beside the shipped registries (copied once from $FUZZ_CLAIMS, default claims/), loaded,
// checked, and rendered in every format; the JSON report must parse back. Bad input must end
// in an InputError, never a trap.
let workspace: String = {
    let folder = NSTemporaryDirectory() + "claimcheck-fuzz-\(getpid())"
    let registries = ProcessInfo.processInfo.environment["FUZZ_CLAIMS"] ?? "claims"
    try! FileManager.default.createDirectory(atPath: folder + "/sources", withIntermediateDirectories: true)
    for name in ClaimLoader.registryFileNames {
        try! FileManager.default.copyItem(atPath: registries + "/" + name, toPath: folder + "/" + name)
    }
    atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "claimcheck-fuzz-\(getpid())") }
    return folder
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = workspace + "/sources/fuzz.json"
    precondition(FileManager.default.createFile(atPath: file, contents: Data(bytes: data, count: size)))
    let loaded: ClaimLoader.Result
    do throws(InputError) {
        loaded = try ClaimLoader().load(paths: [workspace])
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
