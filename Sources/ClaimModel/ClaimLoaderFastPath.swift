/// The loader's fast path: the table path (`tableLoad`), claim files decoded from bytes into
/// compact rows on every core. It returns nil on any error, and `load` then runs the plain
/// path, which reports every problem as it always has; so the fast path only has to be right
/// when the corpus is valid.
///
/// There is no cache of decoded claims: one (`claims.bin`) was tried, and reading it built a
/// million `Claim` values, slower than decoding the JSON into rows. What is kept between runs
/// is the desk check's index (`ClaimIndex`), which is read instead of a load, not by it.
extension ClaimLoader {
    /// Enough to see `{"format": "claimcheck-claims"` at the top of a file, after a byte
    /// order mark and generous indentation.
    static let formatPrefixLength = 256

    func fastLoad(files: [String]) -> Result? {
        tableLoad(files: files)
    }
}
