import ClaimModel

/// Writes reports and baselines through `AtomicFile`: a temporary file beside the target,
/// flushed and renamed over it, so a process killed midway leaves the previous file intact,
/// never a half-written one; never through a link, never where `guard` says the run reads.
public enum ReportFile {
    public static func write(_ text: String, to path: String, guard writeGuard: WriteGuard? = nil) throws(InputError) {
        try write(bytes: Array(text.utf8), to: path, guard: writeGuard)
    }

    public static func write(bytes: [UInt8], to path: String, guard writeGuard: WriteGuard? = nil) throws(InputError) {
        try AtomicFile.write(bytes, to: path, guard: writeGuard)
    }
}
