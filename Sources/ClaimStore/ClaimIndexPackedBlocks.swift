import ClaimModel

/// The index's series blocks encoded straight from a loaded table's packed claims, byte for
/// byte what encoding each `Claim` gives (`CacheWriter.claim`), without building the claim.
///
/// Why: the first `--cache` run of a desk check writes the index after its report, and at 1M
/// realistic claims building a `Claim` per claim for it (a dozen strings each, built, copied
/// into the bytes and freed) was 22% of that run's CPU time, most of what kept it over twice
/// a plain desk check. A packed claim already holds its texts as UTF-8 (checked when it was
/// scanned) and its ids as indices into the decoder's tables, whose strings are written as
/// they are; only a claim decoded on the plain path is encoded from its `Claim`.
extension ClaimTable {
    /// Appends the claim of row `index` as a block holds it: its source id, then the claim.
    /// The file's source is read field by field, not copied: copying it (nine strings) for
    /// every claim was a third of the cost of building the claim.
    func encodeForIndex(_ index: Int, into writer: inout CacheWriter) {
        let row = rows[index]
        let file = Int(row.file)
        switch files[file].content {
        case .claims(let claims):
            writer.string(claims[row.position].sourceID)
            writer.claim(claims[row.position])
        case .packed(let bytes):
            bytes.withUnsafeBufferPointer {
                decoder.encodePacked($0, at: row.position, sourceID: files[file].source.id,
                                     published: files[file].source.published, sourceFile: files[file].source.file,
                                     into: &writer)
            }
        }
    }
}

extension ClaimFileFastDecoder {
    /// `writer.string(source.id); writer.claim(claim(packed:at:of: source))`, without the claim:
    /// the same fields in the same order, each from where `FastClaimReader.claim` takes it
    /// (`sourceID`, `published`, `sourceFile`: the source's).
    func encodePacked(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, sourceID: String, published: Day?,
                      sourceFile: String?, into writer: inout CacheWriter) {
        let scanned = PackedClaims.scanned(in: bytes, at: offset)
        func text(_ text: ScannedText, _ writer: inout CacheWriter) {
            switch text {
            case .raw(let range): writer.string(utf8: UnsafeBufferPointer(rebasing: bytes[range]))
            case .decoded(let string): writer.string(string)
            }
        }
        // The evidence file, as the claim would name it: its own, else the source's.
        func evidenceFile(_ writer: inout CacheWriter) {
            if let file = scanned.evidenceFile { text(file, &writer) } else { writer.string(sourceFile ?? "") }
        }
        writer.string(sourceID)
        writer.string(utf8: UnsafeBufferPointer(rebasing: bytes[scanned.id]))
        writer.string(entities[scanned.subject])
        let attribute = attributes[scanned.attribute]
        writer.string(attribute.id)
        switch scanned.value {
        case .quantity(.exactly(let value)): writer.byte(0); writer.double(value)
        case .quantity(.about(let value)): writer.byte(1); writer.double(value)
        case .quantity(.range(let min, let max)): writer.byte(2); writer.optionalDouble(min); writer.optionalDouble(max)
        case .category(let index): writer.byte(3); writer.string(attribute.values[index].id)
        case .text(let value): writer.byte(3); text(value, &writer)
        case .flag(let value): writer.byte(value ? 5 : 4)
        }
        if let unit = scanned.unit { writer.byte(1); writer.string(attribute.units[unit]) } else { writer.byte(0) }
        switch scanned.speaker {
        case ScannedClaim.narrator: writer.byte(0)
        case ScannedClaim.anonymous: writer.byte(1)
        default: writer.byte(2); writer.string(entities[scanned.speaker])
        }
        writer.byte(UInt8(Attribution.allCases.firstIndex(of: scanned.attribution)!))
        writer.byte(UInt8(Modality.allCases.firstIndex(of: scanned.modality)!))
        if let event = scanned.event { writer.byte(1); writer.string(events[event]) } else { writer.byte(0) }
        writer.day(scanned.said ?? published)
        if let statement = scanned.statement { text(statement, &writer) } else { writer.string("") }
        evidenceFile(&writer)
        writer.int(scanned.evidenceLine)
        if let span = scanned.span {
            writer.byte(1); writer.int(span.lowerBound); writer.int(span.upperBound)
        } else {
            writer.byte(0)
        }
        let lines = scanned.alsoAt ?? []
        writer.int(lines.count)
        for line in lines {
            writer.string(sourceID)
            evidenceFile(&writer)
            writer.int(line)
            writer.byte(0)
        }
        writer.optionalString(scanned.sameQuoteAs)
        writer.byte(scanned.correction ? 1 : 0)
        writer.int(scanned.ordinal ?? 0)
    }
}

extension CacheWriter {
    /// A string given as its UTF-8 bytes, encoded as `string(_:)` encodes it.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        int(utf8.count)
        bytes += utf8
    }
}
