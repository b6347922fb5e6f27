import Foundation

/// Runs a program as a child process and measures it as the operating system sees it: wall
/// time, CPU time, and peak resident memory from `wait4`'s rusage (the child's own
/// `ru_maxrss`, not this process's).
struct ChildProcess {
    struct Measurement {
        var status: Int32
        var wallSeconds: Double
        var cpuSeconds: Double
        var peakMegabytes: Double
    }

    /// `executable` with `arguments`, standard output to `outputPath` (or discarded),
    /// standard error discarded.
    static func run(_ executable: String, _ arguments: [String], outputPath: String? = nil) -> Measurement? {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawnp(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Measurement(status: exitStatus, wallSeconds: wall,
                           cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
                           peakMegabytes: Double(usage.ru_maxrss) / 1024)
    }

    /// The full path of a program on PATH, if there is one.
    static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

/// Medians, because this machine is shared and noisy: one slow run says little.
enum Statistics {
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1]
                                                                   + sorted[sorted.count / 2]) / 2
    }

    /// The exponent k in time ~ size^k between two measurements.
    static func growthExponent(size1: Double, time1: Double, size2: Double, time2: Double) -> Double {
        log(time2 / time1) / log(size2 / size1)
    }
}
