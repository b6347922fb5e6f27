/// Short runs of bytes compared eight at a time. Ids, units and file names are 10 to 40
/// bytes, compared several times for every claim of a million, and a call to `memcmp` for
/// each cost more than the comparison itself. Inlinable, like the lexer's hot steps, so the
/// store's fast decoder (another module) compiles them into its loops as it did in one module.
package enum Bytes {
    @inlinable
    package static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            let left = UnsafeRawPointer(a + offset).loadUnaligned(as: UInt64.self)
            if left != UnsafeRawPointer(b + offset).loadUnaligned(as: UInt64.self) { return false }
            offset += 8
        }
        while offset < count {
            if a[offset] != b[offset] { return false }
            offset += 1
        }
        return true
    }
}
