import Foundation
import Testing

/// Issue 12 (h12-figures), end to end: `extract --explain` shows the rival estimate it read
/// with its own speaker, and a change it could not give an owner stays a note on stderr with
/// the file, the line and the reason. Tessaro, Varnholm and the Green Front are invented.
@Suite("Figures explained")
struct FiguresExplainTests {
    static let entities = """
        {"format": "claimcheck-entities", "version": 1, "entities": [
          {"id": "varnholm-police", "name": "Varnholm police", "kind": "organisation", "aliases": []},
          {"id": "green-front", "name": "Green Front", "kind": "organisation", "aliases": []},
          {"id": "tessaro", "name": "Tessaro", "kind": "organisation", "aliases": []}]}
        """
    static let events = """
        {"format": "claimcheck-events", "version": 1, "events": [
          {"id": "varnholm-climate-march-2025-05-03", "name": "Varnholm climate march", "start": "2025-05-03"}]}
        """
    static let story = """
        ---
        title: March in Varnholm
        outlet: Test Gazette
        published: 2025-05-04
        ---

        The Varnholm climate march went ahead on Saturday.

        Varnholm police counted 12,000 marchers; the Green Front spoke of some 40,000.

        The ferry operator that carried many marchers said its passenger numbers fell 4.8 per cent.

        """

    @Test func theRivalEstimateIsKeptAndTheOwnerlessChangeIsANote() throws {
        let folder = ScratchFolder()
        folder.write("reg/entities.json", Self.entities)
        folder.write("reg/events.json", Self.events)
        folder.write("march.txt", Self.story)
        let outcome = try ToolRunner.run(["extract", "march.txt", "--claims", "reg", "--explain"], in: folder.path)
        #expect(outcome.code == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(
            "kept: varnholm-climate-march-2025-05-03 crowd-size about 40000 people @ "
                + "varnholm-climate-march-2025-05-03 [asserted] from \"Green Front spoke of some 40,000\""),
                "\(outcome.stderr)")
        #expect(outcome.stderr.contains(
            "note: march.txt:11: a figure was not placed: \"4.8\": a change in \"passengers\", but no company named "
                + "whose it is"), "\(outcome.stderr)")
        // The claim file on stdout gives each estimate its own speaker.
        #expect(outcome.stdout.contains("\"speaker\": \"green-front\""), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("\"speaker\": \"varnholm-police\""), "\(outcome.stdout)")
    }
}
