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
}
