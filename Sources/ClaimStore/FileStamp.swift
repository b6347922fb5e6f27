import Foundation
import ClaimModel

/// The stat fields of a file that say, without reading it, whether it is the file that was
/// hashed before: size, mtime and ctime to the nanosecond, inode and device.
///
/// Why stat, and when it is not enough: `ClaimIndex` is valid for the content of every file of
/// the record, and hashing a million claims' worth of JSON on every desk check would read the
/// whole corpus again. So when every field matches and the file was last modified well before
/// its content was hashed (`isSettled`), the recorded hash is trusted without reading. A file
/// modified within `settleSeconds` of its verification is "racily clean" (git's term): a
/// same-size edit within the same clock tick leaves every stat field unchanged, so stat
/// cannot tell the two versions apart, and such a file is always read and hashed again. Any
/// stat difference also means reading and hashing; equal content still counts as unchanged
/// (a `touch` does not retire the index).
struct FileStamp: Equatable, Sendable {
    /// Seconds between a file's last change and its verification before stat is trusted:
    /// more than the coarsest timestamp granularity of the file systems in use.
    static let settleSeconds = 2

    /// The clock that verification times are read from, in whole seconds.
    static var now: Int { Int(Date().timeIntervalSince1970) }

    var size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int, changedSeconds: Int, changedNanoseconds: Int
    var inode: UInt64, device: UInt64

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        size = Int(status.st_size)
        #if os(Linux)
        modifiedSeconds = Int(status.st_mtim.tv_sec); modifiedNanoseconds = Int(status.st_mtim.tv_nsec)
        changedSeconds = Int(status.st_ctim.tv_sec); changedNanoseconds = Int(status.st_ctim.tv_nsec)
        #else
        modifiedSeconds = Int(status.st_mtimespec.tv_sec); modifiedNanoseconds = Int(status.st_mtimespec.tv_nsec)
        changedSeconds = Int(status.st_ctimespec.tv_sec); changedNanoseconds = Int(status.st_ctimespec.tv_nsec)
        #endif
        inode = UInt64(status.st_ino)
        device = UInt64(status.st_dev)
    }

    init(size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int, changedSeconds: Int, changedNanoseconds: Int,
         inode: UInt64, device: UInt64) {
        self.size = size; self.modifiedSeconds = modifiedSeconds; self.modifiedNanoseconds = modifiedNanoseconds
        self.changedSeconds = changedSeconds; self.changedNanoseconds = changedNanoseconds
        self.inode = inode; self.device = device
    }

    /// Whether the file had stopped changing `settleSeconds` before `time`: content read at
    /// `time` or later is then what stat describes, not a racily clean look-alike.
    func settled(before time: Int) -> Bool {
        max(modifiedSeconds, changedSeconds) + Self.settleSeconds < time
    }
}

extension CacheWriter {
    mutating func stamp(_ stamp: FileStamp) {
        int(stamp.size); int(stamp.modifiedSeconds); int(stamp.modifiedNanoseconds)
        int(stamp.changedSeconds); int(stamp.changedNanoseconds); uint64(stamp.inode); uint64(stamp.device)
    }
}

extension CacheReader {
    mutating func stamp() throws(CacheDamaged) -> FileStamp {
        FileStamp(size: try int(), modifiedSeconds: try int(), modifiedNanoseconds: try int(),
                  changedSeconds: try int(), changedNanoseconds: try int(), inode: try uint64(), device: try uint64())
    }
}
