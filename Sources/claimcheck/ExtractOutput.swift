import ClaimExtraction
import ClaimModel
import ClaimCheck
import ClaimStore

/// What `extract --out DIR` writes: one claims file per article and the registry addendum,
/// committed as one folder (`StagedFolder`). A file already in DIR is replaced only with
/// `--force`: without it every such file is named and nothing is written, since a curated
/// source file of the same name would otherwise be lost to an extracted one. The addendum
/// files are exempt: they are read first and written back with the new entries added.
enum ExtractOutput {
    static func write(_ batch: ArticleBatch, addendum: RegistryFolder.Loaded, to output: String, force: Bool,
                      console: Console) throws(ToolError) {
        let files = documents(batch, addendum: addendum)
        let addenda: Set<String> = [ClaimFileEncoder.newEntitiesFile, ClaimFileEncoder.newEventsFile]
        StagedFolder.sweepBeside(output)
        if !force {
            let existing = Self.existing(files.map(\.name).filter { !addenda.contains($0) }, in: output)
            if !existing.isEmpty {
                throw .input(InputError(existing.map {
                    Diagnostic(.error, file: ClaimLoader.join(output, $0),
                               "already exists; extract replaces files only with --force (nothing was written)")
                }))
            }
        }
        do throws(StagedFolder.Failure) {
            let staged = try StagedFolder(for: output, replacing: Set(files.map(\.name)))
            do throws(StagedFolder.Failure) {
                for file in files { try staged.write(file.bytes, as: file.name) }
                if let note = try staged.commit() { console.warning(note) }
            } catch {
                staged.discard()
                throw error
            }
        } catch {
            throw .input(InputError(file: output, "cannot write the claim files: \(error.reason) (nothing was " +
                                                  "written)"))
        }
        console.note("wrote \(batch.articles.count) claim files to \(output)")
    }

    /// File names and contents, claims files first.
    static func documents(_ batch: ArticleBatch, addendum: RegistryFolder.Loaded) -> [(name: String, bytes: [UInt8])] {
        var files = batch.articles.map {
            (name: $0.source.id + ".json", bytes: JSONWriter.bytes(ClaimFileEncoder.claimsDocument($0)))
        }
        let registry = batch.extractor.registry
        let entities = addendum.addendumEntities + registry.newEntities
        let events = addendum.addendumEvents + registry.newEvents
        if !entities.isEmpty {
            files.append((ClaimFileEncoder.newEntitiesFile,
                          JSONWriter.bytes(ClaimFileEncoder.entitiesDocument(entities))))
        }
        if !events.isEmpty {
            // Each discovered event lists the lines it rests on, so a curator can review it.
            let document = ClaimFileEncoder.eventsDocument(events, evidence: registry.eventEvidence)
            files.append((ClaimFileEncoder.newEventsFile, JSONWriter.bytes(document)))
        }
        return files
    }

    /// The names among `names` that something already stands at in `output` (a link too).
    static func existing(_ names: [String], in output: String) -> [String] {
        guard let folder = try? CheckedFolder(output) else { return [] }
        return names.filter { folder.entry($0) != nil }
    }
}
