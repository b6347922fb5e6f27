import ClaimCheck
import Testing
import Foundation
import ClaimModel
import ClaimStore
import ClaimRules
import ClaimReports

/// The HTML report draws every timeline with a conflict and at most a limit of the others,
/// found from a table's rows without decoding every claim: checked on a small record written
/// to claim files (table-backed when loaded) and on the same claims as an array.
@Suite struct TimelineLimitTests {
    /// Twelve people (p01…p12) whose mode of attendance two outlets agree on, except p05 and
    /// p09 (a contradiction each); p05 also has a pledge both agree on, so a subject with a
    /// conflict has a timeline without one too. One outlet claims p15 at two events (a
    /// timeline), p13 twice at one event, p16 at an event and at none, p14 once (none of
    /// those three is a timeline).
    static func writeRecord(into folder: TemporaryFolder) throws -> String {
        let claims = folder.path + "/claims"
        try FileManager.default.createDirectory(atPath: claims + "/sources", withIntermediateDirectories: true)
        let people = (1...16).map { String(format: "p%02d", $0) }
        func write(_ name: String, _ text: String) throws {
            #expect(FileManager.default.createFile(atPath: claims + "/" + name, contents: Data(text.utf8)))
        }
        try write("attributes.json", """
            {"format": "claimcheck-attributes", "version": 1, "attributes": [
              {"id": "attendance-mode", "name": "Attendance", "kind": "category",
               "values": [{"id": "in-person"}, {"id": "remote"}]},
              {"id": "pledge", "name": "Troops pledged", "kind": "count", "units": ["soldiers"],
               "tolerance": {"about": 0, "slack": 0}}]}
            """)
        let entities = people.map { "  {\"id\": \"\($0)\", \"name\": \"Person \($0)\", \"kind\": \"person\"}" }
        try write("entities.json", """
            {"format": "claimcheck-entities", "version": 1, "entities": [
            \(entities.joined(separator: ",\n"))]}
            """)
        try write("events.json", """
            {"format": "claimcheck-events", "version": 1, "events": [
              {"id": "summit", "name": "Summit", "start": "2025-09-04"},
              {"id": "follow-up", "name": "Follow-up", "start": "2025-10-01"}]}
            """)
        func claim(_ id: String, _ subject: String, _ attribute: String, _ value: String, event: String? = "summit",
                   line: Int) -> String {
            let unit = (attribute == "pledge" ? "\"unit\": \"soldiers\", " : "")
                + (event.map { "\"event\": \"\($0)\", " } ?? "")
            return """
                {"id": "\(id)", "subject": "\(subject)", "attribute": "\(attribute)", "value": \(value),
                 \(unit)"speaker": "narrator", "attribution": "narrator",
                 "modality": "asserted", "statement": "\(subject) \(attribute).",
                 "evidence": {"file": "x.txt", "line": \(line)}}
                """
        }
        for outlet in ["alpha", "beta"] {
            var lines: [String] = []
            for (index, person) in people.prefix(12).enumerated() {
                let mode = outlet == "beta" && (person == "p05" || person == "p09") ? "remote" : "in-person"
                lines.append(claim("\(person)-mode", person, "attendance-mode", "\"\(mode)\"", line: index + 1))
            }
            lines.append(claim("p05-pledge", "p05", "pledge", "500", line: 20))
            if outlet == "alpha" {
                lines.append(claim("p13-mode", "p13", "attendance-mode", "\"remote\"", line: 21))
                lines.append(claim("p13-mode-again", "p13", "attendance-mode", "\"remote\"", line: 22))
                lines.append(claim("p14-mode", "p14", "attendance-mode", "\"remote\"", line: 23))
                lines.append(claim("p15-mode", "p15", "attendance-mode", "\"remote\"", line: 24))
                lines.append(claim("p15-mode-later", "p15", "attendance-mode", "\"remote\"", event: "follow-up",
                                   line: 25))
                lines.append(claim("p16-mode", "p16", "attendance-mode", "\"remote\"", line: 26))
                lines.append(claim("p16-mode-undated", "p16", "attendance-mode", "\"remote\"", event: nil, line: 27))
            }
            try write("sources/\(outlet).json", """
                {"format": "claimcheck-claims", "version": 1,
                 "source": {"id": "\(outlet)", "outlet": "\(outlet.capitalized)", "published": "2025-09-04",
                            "file": "x.txt"},
                 "claims": [
                \(lines.joined(separator: ",\n"))]}
                """)
        }
        return claims
    }

    /// The record as loaded (a table) and as an array of the same claims.
    static func records() throws -> (table: ClaimSet, array: ClaimSet) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let table = try ClaimLoader().load(paths: [writeRecord(into: folder)]).claimSet
        #expect(table.claimList.table != nil, "a loaded record is table-backed")
        var array = table
        array.claims = table.claims
        #expect(array.claimList.table == nil)
        return (table, array)
    }

    static func names(_ timelines: [Timeline]) -> [String] { timelines.map { "\($0.subject)/\($0.attribute)" } }

    /// Every timeline worth drawing, the way the report chose them before the limit: every
    /// subject's timelines in id order, those with a conflict first.
    static func everyTimeline(in claimSet: ClaimSet, findings: [Finding]) -> [Timeline] {
        let drawn = Set(claimSet.claims.map(\.subject)).sorted().flatMap { subject in
            Timeline.build(subject: subject, in: claimSet, findings: findings)
                .filter { $0.entries.count > 1 && ($0.sourceCount > 1 || $0.eventCount > 1) }
        }
        return drawn.filter(\.hasConflicts) + drawn.filter { !$0.hasConflicts }
    }

    @Test func drawsEveryConflictAndTheFirstTimelinesWithoutOneUpToTheLimit() throws {
        let (table, array) = try Self.records()
        for claimSet in [table, array] {
            let findings = RulesEngine().check(claimSet)
            let selection = Timeline.selection(in: claimSet, findings: findings, limit: 5)
            #expect(Self.names(selection.timelines) == [
                "p05/attendance-mode", "p09/attendance-mode",
                "p01/attendance-mode", "p02/attendance-mode", "p03/attendance-mode", "p04/attendance-mode",
                "p05/pledge",
            ])
            #expect(selection.timelines.map(\.hasConflicts) == [true, true, false, false, false, false, false])
            // Ten modes agreed on, p05's pledge and p15's mode, less the five drawn.
            #expect(selection.omitted == 7)
            // p15 spans two events from one source; p13, p14 and p16 are no timeline.
            #expect(Self.names(Timeline.selection(in: claimSet, findings: findings, limit: .max).timelines).suffix(2)
                    == ["p12/attendance-mode", "p15/attendance-mode"])
        }
    }

    @Test(arguments: [0, 1, 4, 5, 11, 12, 13, 100, Int.max])
    func theLimitCutsTheUnlimitedListAndCountsTheRest(limit: Int) throws {
        let (table, array) = try Self.records()
        for claimSet in [table, array] {
            let findings = RulesEngine().check(claimSet)
            let every = Self.everyTimeline(in: claimSet, findings: findings)
            #expect(every.count == 14)
            let conflicts = every.filter(\.hasConflicts), others = every.filter { !$0.hasConflicts }
            let selection = Timeline.selection(in: claimSet, findings: findings, limit: limit)
            #expect(Self.names(selection.timelines) == Self.names(conflicts + others.prefix(limit)))
            #expect(selection.omitted == max(0, others.count - limit))
        }
    }

    @Test func timelineOfOneSubjectIsTheSameFromATableAndAnArray() throws {
        let (table, array) = try Self.records()
        for subject in ["p05", "p13", "p14", "p15", "p16", "nobody"] {
            for attribute in [nil, "pledge"] {
                let fromTable = Timeline.build(subject: subject, attribute: attribute, in: table,
                                               findings: RulesEngine().check(table))
                let fromArray = Timeline.build(subject: subject, attribute: attribute, in: array,
                                               findings: RulesEngine().check(array))
                #expect(Self.names(fromTable) == Self.names(fromArray))
                #expect(fromTable.map { $0.entries.map(\.claim.stableID) }
                        == fromArray.map { $0.entries.map(\.claim.stableID) })
                #expect(fromTable.map { $0.entries.map(\.conflicting) }
                        == fromArray.map { $0.entries.map(\.conflicting) })
            }
        }
        #expect(Self.names(Timeline.build(subject: "p05", in: table, findings: []))
                == ["p05/attendance-mode", "p05/pledge"])
    }

    @Test func thePageSaysHowManyTimelinesItLeavesOutInEscapedText() throws {
        let report = try CheckPipeline(toolVersion: "test").run(Self.records().table).report
        let html = HTMLReporter(timelineLimit: 5, allTimelines: true).generateReport(report)
        #expect(html.components(separatedBy: "<article class=\"timeline-block").count - 1 == 7)
        #expect(html.components(separatedBy: "<article class=\"timeline-block has-conflict").count - 1 == 2)
        let sentence = "7 timelines without a conflict are not drawn here; &quot;claimcheck timeline ENTITY "
                       + "[ATTRIBUTE]&quot; draws any of them."
        #expect(html.contains("<p class=\"subtitle\">\(sentence)</p>\n"))
        #expect(!html.contains("\"claimcheck timeline"), "the sentence reached the page unescaped")
        #expect(HTMLReporter.omittedSentence(1).hasPrefix("1 timeline without a conflict is not drawn here;"))

        // Under the limit, the page is as it always was: every timeline, no sentence.
        let whole = HTMLReporter(allTimelines: true).generateReport(report)
        #expect(whole.components(separatedBy: "<article class=\"timeline-block").count - 1 == 14)
        #expect(!whole.contains("not drawn here"))
    }

    @Test func withNoConflictAndALimitOfNoneThePageStillSaysSo() throws {
        var configuration = Configuration()
        configuration.disabledRules = Set(RuleRegistry.ids)
        let pipeline = CheckPipeline(configuration: configuration, toolVersion: "test")
        let report = try pipeline.run(Self.records().table).report
        let html = HTMLReporter(timelineLimit: 0, allTimelines: true).generateReport(report)
        #expect(!html.contains("<article class=\"timeline-block"))
        #expect(html.contains("<h2>Timelines</h2>"))
        #expect(html.contains("<p class=\"subtitle\">14 timelines without a conflict are not drawn here;"))
    }

    /// By default the page draws only timelines whose values change or conflict: here the
    /// two contradictions; the twelve where both outlets agree are counted, not drawn.
    @Test func onlyTimelinesWhoseValuesChangeOrConflictAreDrawnByDefault() throws {
        let (table, array) = try Self.records()
        for claimSet in [table, array] {
            let findings = RulesEngine().check(claimSet)
            let selection = Timeline.selection(in: claimSet, findings: findings, limit: 100, changingOnly: true)
            #expect(Self.names(selection.timelines) == ["p05/attendance-mode", "p09/attendance-mode"])
            #expect(selection.agreeing == 12)
            #expect(selection.omitted == 0)
        }
        // A value that changes between events, with no finding about it, is drawn too.
        var changed = array
        let later = try #require(changed.claims.firstIndex { $0.id == "p15-mode-later" })
        changed.claims[later].value = .category("in-person")
        let selection = Timeline.selection(in: changed, findings: RulesEngine().check(changed), limit: 100,
                                           changingOnly: true)
        #expect(Self.names(selection.timelines)
                == ["p05/attendance-mode", "p09/attendance-mode", "p15/attendance-mode"])

        let report = try CheckPipeline(toolVersion: "test").run(table).report
        let html = HTMLReporter().generateReport(report)
        #expect(html.components(separatedBy: "<article class=\"timeline-block").count - 1 == 2)
        #expect(html.contains("<p class=\"subtitle\">12 timelines whose claims all give one value are not drawn; "
                              + "--all-timelines draws them.</p>"))
        let all = HTMLReporter(allTimelines: true).generateReport(report)
        #expect(all.components(separatedBy: "<article class=\"timeline-block").count - 1 == 14)
    }
}
