import Foundation

/// Finds and reads the files a check is asked to look at. Directories are walked in sorted
/// order (output must not depend on the order the file system lists them), hidden entries are
/// skipped, and a folder reached twice through symbolic links is read once.
public enum InputFiles {
    /// Every file under `path` whose name ends with one of `extensions`, sorted; `path` itself
    /// when it is a file.
    public static func collect(_ path: String, extensions: Set<String>) throws(InputError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, "no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        var files: [String] = []
        var visited: Set<String> = []
        var broken: [Diagnostic] = []
        try walk(path, extensions: extensions, visited: &visited, into: &files, broken: &broken)
        if !broken.isEmpty { throw InputError(broken) }
        return files
    }

    private static func walk(_ directory: String, extensions: Set<String>, visited: inout Set<String>,
                             into files: inout [String], broken: inout [Diagnostic]) throws(InputError) {
        let canonical = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(canonical).inserted else { return }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw InputError(file: directory, "cannot read the folder (\(describe(error)))")
        }
        for entry in entries where !entry.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + entry : directory + "/" + entry
            var isDirectory: ObjCBool = false
            let wanted = entry.lastIndex(of: ".").map {
                extensions.contains(String(entry[entry.index(after: $0)...]).lowercased())
            } ?? false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // A link that points nowhere, named like a file the walk wants, would silently
                // drop that file from the record; any other name is not ours to judge.
                if wanted, let problem = brokenLink(path) { broken.append(Diagnostic(.error, file: path, problem)) }
                continue
            }
            if isDirectory.boolValue {
                try walk(path, extensions: extensions, visited: &visited, into: &files, broken: &broken)
            } else if wanted {
                files.append(path)
            }
        }
    }

    /// The bytes of a file, or an error that says why not in words. Only regular files are
    /// read: a FIFO named like a claim file would block the check forever and a device such as
    /// /dev/zero never ends, so both are refused. Opening with O_NONBLOCK keeps the open of a
    /// FIFO from waiting for a writer.
    public static func read(_ path: String) throws(InputError) -> [UInt8] {
        try read(path, limit: nil)
    }

    /// As `read`, refusing a file larger than `limit` bytes: its size as opened (not as
    /// looked up by name first, which another process could change in between), and again
    /// while reading, should it grow. `tooLarge` words the refusal from the size found.
    public static func read(_ path: String, limit: Int?, tooLarge: (Int) -> String = { "is \($0) bytes, too large" })
        throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: throw InputError(file: path, "no such file")
            case EACCES, EPERM: throw InputError(file: path, "cannot be opened for reading (check its permissions)")
            case ELOOP: throw InputError(file: path, "is a symbolic link that loops")
            default: throw InputError(file: path, "cannot be opened (\(String(cString: strerror(errno))))")
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw InputError(file: path, "cannot be read (\(String(cString: strerror(errno))))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw InputError(file: path, "is a folder, not a file")
        default: throw InputError(file: path,
                                  "is not a regular file (a pipe, socket or device); only regular files are read")
        }
        if let limit, Int(status.st_size) > limit { throw InputError(file: path, tooLarge(Int(status.st_size))) }
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var count = 0
        while true {
            if let limit, count > limit { throw InputError(file: path, tooLarge(count)) }
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let result = bytes.withUnsafeMutableBytes {
                Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count)
            }
            if result == 0 { break }
            if result < 0 {
                if errno == EINTR { continue }
                throw InputError(file: path, "cannot be read (\(String(cString: strerror(errno))))")
            }
            count += result
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// What is wrong with a link that does not resolve, or nil when `path` is no link.
    static func brokenLink(_ path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return nil }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        var resolved = stat()
        if stat(path, &resolved) != 0 && errno == ELOOP {
            return "is a symbolic link that loops (to \(target)); replace it with the file, or remove it"
        }
        return "is a symbolic link to \(target), which does not exist; restore the file, or remove the link"
    }

    static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}

extension InputFiles {
    public static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    public static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
