import Foundation

/// A folder opened for writing without following a symbolic link on the way to it.
///
/// Why: a link committed to a repository (`reports -> ../../elsewhere`, or `.claimcheck-cache`
/// pointing into `claims/`) would steer what CI writes anywhere the runner can write, and a
/// path checked by name can be swapped for a link between the check and the write. So the path
/// is walked one component at a time with `openat(O_NOFOLLOW)`, and every later step (creating,
/// renaming, removing) is relative to the descriptor held here, never to the path again.
/// The one exception: links directly in `/` (`/tmp` and `/var` on macOS) are followed, since
/// only root can make them. Ownership alone says nothing: CI often runs as root, and then a
/// link checked out from a repository is root's too.
public final class CheckedFolder {
    /// The path as given, for messages.
    public let path: String
    public let descriptor: Int32
    public let identity: FileIdentity

    /// Why a folder could not be opened, worded for "cannot write the report: …".
    public struct Refusal: Error, Sendable {
        public var reason: String
    }

    /// Opens `path`, creating missing folders when `creating` is set (mode 0755 before umask).
    public init(_ path: String, creating: Bool = false) throws(Refusal) {
        self.path = path
        var components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var current = Foundation.open(path.hasPrefix("/") ? "/" : ".", Self.folderFlags)
        guard current >= 0 else { throw Refusal(reason: "cannot open the folder (\(Self.describeErrno()))") }
        var walked = path.hasPrefix("/") ? "" : "."
        var followed = 0
        while !components.isEmpty {
            let component = components.removeFirst()
            if component == "." { continue }
            let shown = walked == "." ? component : walked + "/" + component
            var next = openat(current, component, Self.folderFlags)
            if next < 0 && errno == ENOENT && creating {
                if mkdirat(current, component, 0o755) != 0 && errno != EEXIST {
                    let reason = Self.describeErrno()
                    close(current)
                    throw Refusal(reason: "cannot create the folder \(shown) (\(reason))")
                }
                next = openat(current, component, Self.folderFlags)
            }
            if next < 0 {
                let failure = errno
                let holder = current
                defer { close(holder) }
                guard walked.isEmpty, let target = Self.rootLink(in: holder, component), followed < 40 else {
                    throw Refusal(reason: Self.explain(failure, at: holder, component, shown: shown))
                }
                // A system link: carry on from where it points.
                followed += 1
                let rest = target.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
                components = rest + components
                if target.hasPrefix("/") {
                    next = Foundation.open("/", Self.folderFlags)
                    walked = ""
                } else {
                    next = dup(holder)
                }
                guard next >= 0 else { throw Refusal(reason: "cannot open the folder (\(Self.describeErrno()))") }
                current = next
                continue
            }
            close(current)
            current = next
            walked = shown
        }
        descriptor = current
        var status = stat()
        guard fstat(current, &status) == 0 else {
            close(current)
            throw Refusal(reason: "cannot read the folder (\(Self.describeErrno()))")
        }
        identity = FileIdentity(status)
    }

    deinit { close(descriptor) }

    static let folderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC

    /// What stands at `name` in this folder, without following a link; nil when nothing does.
    public func entry(_ name: String) -> stat? {
        var status = stat()
        return fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 ? status : nil
    }

    /// The folder's entries other than "." and "..", unsorted.
    public func names() -> [String] {
        let copy = openat(descriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard copy >= 0, let stream = fdopendir(copy) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The folders above this one, nearest first, up to the root: `..` opened from the
    /// descriptor, so no path is resolved again.
    public func ancestorIdentities() -> [FileIdentity] {
        var identities: [FileIdentity] = []
        var current = dup(descriptor)
        var previous = identity
        while current >= 0 {
            let parent = openat(current, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            close(current)
            var status = stat()
            guard parent >= 0, fstat(parent, &status) == 0 else { if parent >= 0 { close(parent) }; break }
            let id = FileIdentity(status)
            if id == previous { close(parent); break }
            identities.append(id)
            previous = id
            current = parent
        }
        return identities
    }

    /// The link's target when `name` (in `/`) is a symbolic link owned by root, else nil.
    static func rootLink(in folder: Int32, _ name: String) -> String? {
        var status = stat()
        guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0,
              (status.st_mode & S_IFMT) == S_IFLNK, status.st_uid == 0 else { return nil }
        return linkTarget(in: folder, name)
    }

    static func linkTarget(in folder: Int32, _ name: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlinkat(folder, name, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func explain(_ failure: Int32, at folder: Int32, _ name: String, shown: String) -> String {
        var status = stat()
        if fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                let target = linkTarget(in: folder, name).map { " to \($0)" } ?? ""
                return "\(shown) is a symbolic link\(target); name the folder it points to, or remove the link"
            case S_IFDIR: break
            default: return "\(shown) is not a folder"
            }
        }
        if failure == ENOENT { return "the folder \(shown) does not exist" }
        return "cannot open the folder \(shown) (\(String(cString: strerror(failure))))"
    }

    static func describeErrno() -> String { String(cString: strerror(errno)) }
}
