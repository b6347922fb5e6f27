import Foundation

/// The Linux calls Glibc's Swift module does not declare (`syncfs`, `renameat2`), looked up
/// at run time, with what to do where they are missing.
enum DurableFlush {
    typealias SyncFileSystem = @convention(c) (Int32) -> Int32
    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    static let syncFileSystem: SyncFileSystem? = dlsym(nil, "syncfs").map { unsafeBitCast($0, to: SyncFileSystem.self) }
    static let renameAt2: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    static let exchangeFlag: UInt32 = 2 // RENAME_EXCHANGE

    /// Flushes everything written to the file system holding `descriptor`: one flush for a
    /// batch of files. Without `syncfs`, `sync` (which waits on every file system).
    static func fileSystem(of descriptor: Int32) -> Bool {
        if let syncFileSystem { return syncFileSystem(descriptor) == 0 }
        sync()
        return true
    }

    /// Swaps two names in one folder at once; false when the system or file system cannot.
    static func exchange(_ folder: Int32, _ first: String, _ second: String) -> Bool {
        guard let renameAt2 else { return false }
        return renameAt2(folder, first, folder, second, exchangeFlag) == 0
    }
}
