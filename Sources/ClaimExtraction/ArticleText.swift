/// The text of an article as UTF-8 bytes, with the line table evidence needs.
///
/// Extraction works on bytes, not `String`, because throughput matters (a newsroom archive is
/// gigabytes) and byte offsets map straight back to lines. `original` keeps the file as it was,
/// so evidence spans count the characters a person sees in the file, even where markup was
/// blanked out of `bytes` for reading.
public struct ArticleText: Sendable {
    /// What extraction reads: the file with markup and metadata blanked to spaces, byte for byte
    /// the same length as `original`, so offsets mean the same place in both.
    public internal(set) var bytes: [UInt8]
    public let original: [UInt8]
    /// Byte offset where each line starts; line n (1-based) starts at `lineStarts[n - 1]`.
    public let lineStarts: [Int]

    public init(original: [UInt8], readable: [UInt8]? = nil) {
        self.original = original
        self.bytes = readable ?? original
        var starts = [0]
        for (offset, byte) in original.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
        var checkpoints = [0]
        checkpoints.reserveCapacity(original.count / Self.checkpointStride + 1)
        var scalars = 0
        var blockStart = 0
        while blockStart + Self.checkpointStride <= original.count {
            scalars += Self.scalarCount(original, blockStart..<(blockStart + Self.checkpointStride))
            checkpoints.append(scalars)
            blockStart += Self.checkpointStride
        }
        scalarCheckpoints = checkpoints
    }

    /// Unicode scalars before every multiple of `checkpointStride` bytes, so a column on a
    /// 50 MB line costs a few kilobytes of counting rather than the whole line: evidence asks
    /// for two columns per claim, and a long line holds many claims.
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 4096

    private static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in range where buffer[index] & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Unicode scalars that start before byte `offset`.
    private func scalars(before offset: Int) -> Int {
        let block = offset / Self.checkpointStride
        let blockStart = block * Self.checkpointStride
        return scalarCheckpoints[block] + Self.scalarCount(original, blockStart..<offset)
    }

    public init(_ text: String) { self.init(original: Array(text.utf8)) }

    /// 1-based line holding the byte at `offset`.
    public func line(at offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// Characters (Unicode scalars) from the start of `line` to `offset`: what an editor or a
    /// script indexing a decoded line counts.
    public func column(of offset: Int, line: Int) -> Int {
        let start = lineStarts[line - 1], end = min(offset, original.count)
        guard end > start else { return 0 }
        // Most columns sit a few dozen bytes into an ordinary line: count them directly, and
        // use the checkpoints only where that would mean counting more than a block.
        if end - start <= Self.checkpointStride { return Self.scalarCount(original, start..<end) }
        return scalars(before: end) - scalars(before: start)
    }

    /// The end of `line`, without its newline.
    public func lineEnd(_ line: Int) -> Int {
        line < lineStarts.count ? lineStarts[line] - 1 : original.count
    }

    /// The readable text between two offsets, with runs of blanks folded to one space.
    public func text(_ range: Range<Int>) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(range.count)
        var pendingSpace = false
        for index in range.clamped(to: 0..<bytes.count) {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == ArticleText.hardBreak {
                pendingSpace = !folded.isEmpty
            } else {
                if pendingSpace { folded.append(0x20); pendingSpace = false }
                folded.append(byte)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// Written in place of block markup (`</p>`, `<br>`) so sentences end there without moving
    /// any line; never found in text the loader accepted.
    public static let hardBreak: UInt8 = 0x1E
}
