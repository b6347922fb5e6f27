import Testing
@testable import ClaimModel

@Suite("JSON writer")
struct JSONWriterTests {
    @Test func writesPrettyDeterministicOutputInMemberOrder() {
        let value = JSONValue.object([("b", .number(2)), ("a", .array([.bool(true), .null])), ("c", .object([]))])
        #expect(JSONWriter.write(value) == "{\n  \"b\": 2,\n  \"a\": [\n    true,\n    null\n  ],\n  \"c\": {}\n}\n")
        #expect(JSONWriter.write(value, pretty: false) == #"{"b":2,"a":[true,null],"c":{}}"#)
    }

    @Test(arguments: [(26.0, "26"), (-3.0, "-3"), (0.1, "0.1"), (2.5, "2.5"), (Double.nan, "null"),
                      (Double.infinity, "null")])
    func formatsNumbers(number: Double, text: String) {
        #expect(JSONWriter.formatNumber(number) == text)
    }

    @Test func escapesEverythingThatCouldBreakOutOfAString() throws {
        let hostile = "quote \" backslash \\ newline \n tab \t bell \u{07} escape \u{1B} separator \u{2028}"
        let quoted = JSONWriter.quoted(hostile)
        #expect(quoted == #""quote \" backslash \\ newline \n tab \t bell \u0007 escape \u001b separator \u2028""#)
        #expect(try JSONParser.parse(quoted).stringValue == hostile)
    }

    @Test func roundTripsThroughTheParser() throws {
        let text = #"{"claims": [{"id": "a", "value": {"min": 25, "max": null}, "ok": false}], "é": "ü"}"#
        let value = try JSONParser.parse(text)
        #expect(try JSONParser.parse(JSONWriter.write(value)) == value)
    }

    /// `write` is `bytes` decoded, so the bytes are what must be right: whatever the value (deep
    /// nesting past the cached indentations, escapes, non-ASCII text, empty containers, either
    /// layout) they parse back to it, and numbers are written as `formatNumber` words them.
    @Test(arguments: [true, false])
    func bytesRoundTripThroughTheParser(pretty: Bool) throws {
        var deep = JSONValue.array([.string("bottom")])
        for depth in 0..<20 { deep = .object([("level\(depth)", deep), ("n", .number(Double(depth) + 0.5))]) }
        let numbers: [Double] = [0, 7, 10, 1_234_567, -42, 9_007_199_254_740_991, 9_007_199_254_740_992, 1e300, -2.5]
        let values: [JSONValue] = [
            .null, .bool(true), .number(-3), .number(0.1), .string(""), .array([]), .object([]),
            .array(numbers.map { JSONValue.number($0) }),
            .string("quote \" backslash \\ newline \n tab \t bell \u{07} C1 \u{9B} bidi \u{202E} sep \u{2028}"),
            .object([("é", .string("ü — «Zoë»")), ("a\"b", .array([.null, .bool(false), .object([])]))]),
            deep,
        ]
        for value in values {
            #expect(try JSONParser.parse(JSONWriter.bytes(value, pretty: pretty)) == value)
        }
        let compact = numbers.map(JSONWriter.formatNumber).joined(separator: ",")
        #expect(JSONWriter.bytes(.array(numbers.map { JSONValue.number($0) }), pretty: false)
            == Array("[\(compact)]".utf8))
        let notFinite = JSONValue.array([.number(.nan), .number(.infinity)])
        #expect(JSONWriter.bytes(notFinite, pretty: false) == Array("[null,null]".utf8))
    }

    @Test func wordsACategoryWithSpacesForHyphens() {
        #expect(ClaimValue.category("video-link").humanDescription() == "video link")
        #expect(ClaimValue.category("in-per-son").humanDescription() == "in per son")
        #expect(ClaimValue.category("remote").humanDescription() == "remote")
        #expect(ClaimValue.category("Zoë-Brū").humanDescription() == "Zoë Brū")
    }
}
