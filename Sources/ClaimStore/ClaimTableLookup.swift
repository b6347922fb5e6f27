import Foundation
import ClaimModel

/// Finding claims of a `ClaimTable` by stable id ("source#claim") without building a stable
/// id per claim.
///
/// Why it is columnar: translations point at their originals by stable id, and on a realistic
/// archive the 1% of claims that translate name originals in thousands of sources. Building
/// "source#claim" for every claim of those sources (half a million strings at a million
/// claims), to look each up in a set, was 4% of a check, twice (once when the loader checks
/// that translations end at originals, once when the screen keeps them). Here each wanted id
/// is split once into its source and claim id, the sources are matched against the files,
/// and each claim id is found among its file's rows by binary search on the id's bytes among
/// the file's packed claims (the fast decoder sorts a file's rows by those bytes, `decodeRows`).
extension ClaimTable {
    public func positions(ofStableIDs ids: Set<String>) -> [Int] {
        guard !ids.isEmpty else { return [] }
        var claimIDsOfSource: [String: [Substring]] = [:]
        for id in ids {
            guard let hash = id.firstIndex(of: "#") else { continue }
            claimIDsOfSource[String(id[..<hash]), default: []].append(id[id.index(after: hash)...])
        }
        var wantedOfFile = [[Substring]?](repeating: nil, count: files.count)
        // Files by index, here and below: a `File` copied is its source's nine strings retained.
        for index in files.indices { wantedOfFile[index] = claimIDsOfSource[files[index].source.id] }
        // The rows of each wanted file, in table order (by claim id within a file), as runs of
        // one array (a counting sort on the file): appending each row to its file's array in a
        // dictionary was most of this when translations name originals in most sources.
        var starts = [Int](repeating: 0, count: files.count + 1)
        let positionsByFile: [Int] = rows.withUnsafeBufferPointer { rows in
            for row in rows where wantedOfFile[Int(row.file)] != nil { starts[Int(row.file) + 1] += 1 }
            for file in files.indices { starts[file + 1] += starts[file] }
            var next = starts
            return [Int](unsafeUninitializedCapacity: starts[files.count]) { buffer, initialized in
                for (position, row) in rows.enumerated() where wantedOfFile[Int(row.file)] != nil {
                    buffer[next[Int(row.file)]] = position
                    next[Int(row.file)] += 1
                }
                initialized = starts[files.count]
            }
        }
        var found: [Int] = []
        for file in files.indices where starts[file] < starts[file + 1] {
            let positions = positionsByFile[starts[file]..<starts[file + 1]]
            for claimID in wantedOfFile[file]! {
                if let position = position(ofClaim: claimID, among: positions, inFile: file) {
                    found.append(position)
                }
            }
        }
        return found.sorted()
    }

    /// The row among `positions` (one file's rows, in id order) whose claim id is `claimID`.
    private func position(ofClaim claimID: Substring, among positions: ArraySlice<Int>, inFile file: Int) -> Int? {
        switch files[file].content {
        case .claims(let claims):
            // A file of the plain path keeps its claims; its rows hold no id bytes.
            return positions.first { claims[rows[$0].position].id == claimID }
        case .packed(let bytes):
            var wanted = String(claimID)
            return wanted.withUTF8 { wanted in
                bytes.withUnsafeBufferPointer { bytes in
                    var low = positions.startIndex, high = positions.endIndex
                    while low < high {
                        let middle = (low + high) / 2
                        let order = Self.order(bytes, rows[positions[middle]].id, wanted)
                        if order == 0 { return positions[middle] }
                        if order < 0 { low = middle + 1 } else { high = middle }
                    }
                    return nil
                }
            }
        }
    }

    /// The byte order of the id at `range` against `wanted`, as `decodeRows` sorts them.
    private static func order(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                              _ wanted: UnsafeBufferPointer<UInt8>) -> Int32 {
        let common = min(range.count, wanted.count)
        let compared = common == 0 ? 0 : memcmp(bytes.baseAddress! + range.lowerBound, wanted.baseAddress!, common)
        return compared != 0 ? compared : Int32(range.count - wanted.count)
    }
}
