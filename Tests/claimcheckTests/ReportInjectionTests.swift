import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ClaimModel

/// Every report format, fed InjectionTests' hostile outlet, title, statement, entity, event
/// and attribute names and file name, keeps that text inside its context. What "its context"
/// means differs by format, so each test states it:
/// - html: no tag or attribute the report does not write for benign text; the text shows escaped.
/// - markdown: no raw HTML, no unescaped `|` in table rows, no mention, image or link GitHub would make.
/// - sarif: the JSON parses back to the exact text (links escaped in message text).
/// - junit: well-formed XML with only JUnit's elements, the text coming back exactly.
/// - github: one line per annotation, escaped as @actions/core escapes, unescaping to the text.
@Suite("Injection in every report format")
struct ReportInjectionTests {
    static func report(_ format: String, text: String = InjectionTests.hostile,
                       file: String = InjectionTests.hostileFile) throws -> String {
        let folder = InjectionTests.folder(text: text, file: file)
        let outcome = try ToolRunner.run(["check", "--format", format], in: folder.path)
        #expect(outcome.code == 1, "\(outcome.stderr)")
        return outcome.stdout
    }

    /// The hostile text as a report that neutralises controls shows it.
    static let visible = String(String.UnicodeScalarView(InjectionTests.hostile.unicodeScalars.map { scalar in
        InjectionTests.controlCharacters(in: String(scalar)).isEmpty || scalar == "\r" || scalar == "\t" ? scalar
            : "\u{FFFD}"
    }))

    /// Controls other than line breaks and tabs.
    static func controls(_ text: String) -> [UInt32] {
        InjectionTests.controlCharacters(in: text).filter { $0 != 0x0D && $0 != 0x09 }
    }

    static func tagNames(_ html: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: "<(/?[A-Za-z][A-Za-z0-9-]*)")
        return Set(regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!]) })
    }

    @Test func htmlAddsNoMarkupAndShowsTheTextEscaped() throws {
        let html = try Self.report("html")
        let benign = try Self.report("html", text: "plain words", file: "a.txt")
        #expect(Self.tagNames(html).subtracting(Self.tagNames(benign)).isEmpty, "claim text made tags")
        for raw in ["<script", "</textarea", "<img", "<b>|x</b>"] { #expect(!html.contains(raw), "\(raw)") }
        #expect(html.contains("&lt;/textarea&gt;&lt;/title&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&quot;quoted&quot; &#39;single&#39;"))
        #expect(html.contains("&amp;amp; &amp;#60;"), "entities in claims stay text")
        #expect(html.contains("a`` &lt;b&gt;|x&lt;/b&gt;, line: 2 @octocat.txt"))
        #expect(Self.controls(html) == [])
    }

    /// The Markdown outside code spans (whose content GitHub shows literally), by CommonMark's
    /// rule: a run of n backticks opens a span that the next run of exactly n closes.
    static func outsideCodeSpans(_ markdown: String) -> String {
        var outside = ""
        var rest = Substring(markdown)
        while let open = rest.firstIndex(of: "`") {
            outside += rest[..<open]
            let fence = rest[open...].prefix { $0 == "`" }
            var search = fence.endIndex
            var closed: String.Index?
            while let next = rest[search...].firstIndex(of: "`") {
                let run = rest[next...].prefix { $0 == "`" }
                if run.count == fence.count { closed = run.endIndex; break }
                search = run.endIndex
            }
            guard let closed else { outside += fence; rest = rest[fence.endIndex...]; continue }
            rest = rest[closed...]
        }
        return outside + rest
    }

    @Test func markdownMakesNoHTMLMentionLinkImageOrExtraColumn() throws {
        let markdown = try Self.report("markdown")
        let prose = Self.outsideCodeSpans(markdown)
        #expect(prose.range(of: "<[A-Za-z/!?]", options: .regularExpression) == nil, "raw HTML reached the comment")
        #expect(prose.range(of: "@[A-Za-z0-9]", options: .regularExpression) == nil, "an @mention would notify")
        #expect(!prose.contains("!["), "an image would load")
        for link in [#"(?<!\\)://"#, #"(?i)www(?!\\)\."#, #"(?<!\\)\]\("#] {
            #expect(prose.range(of: link, options: .regularExpression) == nil, "a link would be made: \(link)")
        }
        #expect(Self.controls(markdown) == [])
        let unescapedPipe = try NSRegularExpression(pattern: #"(?<!\\)\|"#)
        func columns(_ row: Substring) -> Int { unescapedPipe.numberOfMatches(in: String(row),
                                                                              range: NSRange(row.startIndex...,
                                                                                             in: row)) }
        let benign = try Self.report("markdown", text: "plain words", file: "a.txt")
        let benignRows = benign.split(separator: "\n").filter { $0.hasPrefix("| ") }
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.count == benignRows.count)
        for (row, benignRow) in zip(rows, benignRows) {
            #expect(columns(row) == columns(benignRow), "a table row gained a column: \(row)")
        }
        // The text is all there, escaped: `@` with a zero-width space, punctuation backslashed.
        #expect(markdown.contains("@\u{200B}octocat \\| \\!\\[x\\](http\\://evil.example/x.png)"))
        // Code spans: a fence longer than any backtick run in the file name.
        #expect(markdown.contains("``` a`` <b>\\|x</b>, line: 2 @octocat.txt0:7 ```"))
    }

    /// Every string in a JSON document, at any depth.
    static func strings(_ value: JSONValue) -> [String] {
        if let string = value.stringValue { return [string] }
        if let array = value.arrayValue { return array.flatMap(strings) }
        if let members = value.objectMembers { return members.flatMap { strings($0.value) } }
        return []
    }

    @Test func sarifParsesBackToTheExactText() throws {
        let sarif = try Self.report("sarif")
        #expect(InjectionTests.controlCharacters(in: sarif) == [], "JSON escapes every control")
        let strings = Self.strings(try JSONParser.parse(sarif))
        // SARIF message text escapes brackets (its embedded-link syntax) and so backslashes;
        // nothing else changes.
        let linkless = InjectionTests.hostile.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
        #expect(strings.contains { $0.contains(linkless) })
        #expect(!strings.contains { $0.contains("[x](") || $0.contains("[link](") }, "an embedded link survived")
        // URIs: only unreserved characters and percent escapes, decoding to the file name.
        let uris = Set(strings.filter { $0.hasSuffix("octocat.txt0") || $0.hasSuffix("octocat.txt1") })
        #expect(uris.count == 2, "\(uris)")
        for uri in uris {
            #expect(uri.range(of: "^[A-Za-z0-9._~%/-]+$", options: .regularExpression) != nil, "\(uri)")
            #expect(uri.removingPercentEncoding?.hasPrefix(InjectionTests.hostileFile) == true)
        }
    }

    @Test func junitIsWellFormedWithOnlyJUnitElementsAndTheTextExact() throws {
        let xml = try Self.report("junit")
        #if canImport(FoundationXML) || canImport(Darwin)
        final class Collector: NSObject, XMLParserDelegate {
            var elements: Set<String> = []
            var texts: [String] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                        qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                elements.insert(name)
                texts += attributes.values
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { texts.append(string) }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        #expect(collector.elements.isSubset(of: ["testsuites", "testsuite", "testcase", "failure", "skipped",
                                                 "system-out", "properties", "property"]),
                "\(collector.elements)")
        // Attribute values keep CR LF (written as character references); element text is
        // normalised to LF by any XML reader.
        let attributeText = Self.visible
        let elementText = Self.visible.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(collector.texts.contains { $0.contains(attributeText) })
        #expect(collector.texts.joined().contains(elementText))
        #endif
        #expect(!xml.contains("<script") && !xml.contains("<img") && !xml.contains("<b>"))
    }

    /// @actions/core's escaping reversed: what the runner reads back.
    static func unescape(_ text: Substring) -> String {
        text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",")
                .replacingOccurrences(of: "%25", with: "%")
    }

    @Test func githubAnnotationsAreOneLineEachAndUnescapeToTheText() throws {
        let output = try Self.report("github")
        #expect(Self.controls(output) == [], "no ESC or bidi control reaches the Actions log")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let annotations = lines.filter { $0.hasPrefix("::") }
        #expect(annotations.count == 1, "one finding, one annotation; no line of claim text became a command")
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("claimcheck: ") }, "\(lines)")
        let annotation = try #require(annotations.first)
        let parts = annotation.dropFirst("::error ".count).split(separator: "::", maxSplits: 1)
        try #require(parts.count == 2)
        let properties = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        #expect(properties.map { $0.split(separator: "=", maxSplits: 1)[0] } == ["file", "line", "title"])
        for property in properties {
            #expect(!property.dropFirst(property.firstIndex(of: "=")!.utf16Offset(in: property) + 1).contains {
                ":,\r\n".contains($0) })
        }
        #expect(Self.unescape(properties[0].dropFirst("file=".count)) == InjectionTests.hostileFile + "0")
        let message = parts[1]
        #expect(message.range(of: "%(?!25|0A|0D)", options: .regularExpression) == nil, "a bare % in the message")
        #expect(Self.unescape(message).contains(Self.visible))
    }
}
