import Foundation
import ClaimModel
import ClaimReports

// libFuzzer target: the readers of claimcheck's own files, the JSON report (`diff`), the
// baseline (`--baseline`) and the configuration (`--config`). They read from a path, so the
// input is written to a temporary file first. A bad file must end in an InputError that
// names it, never a trap.
let scratch: String = {
    let path = NSTemporaryDirectory() + "claimcheck-fuzz-reports-\(getpid()).json"
    atexit { unlink(NSTemporaryDirectory() + "claimcheck-fuzz-reports-\(getpid()).json") }
    return path
}()

func expectNamed(_ error: InputError) {
    precondition(error.diagnostics.contains { $0.file == scratch }, "an InputError that does not name the file")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReports(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    precondition(FileManager.default.createFile(atPath: scratch, contents: Data(bytes: data, count: size)))
    do throws(InputError) { _ = try ReportReader.read(scratch) } catch { expectNamed(error) }
    do throws(InputError) { _ = try BaselineFile.read(scratch) } catch { expectNamed(error) }
    do throws(InputError) { _ = try ConfigurationFile.read(scratch) } catch { expectNamed(error) }
    return 0
}
