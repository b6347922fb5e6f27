import Testing
@testable import ClaimModel

@Suite("JSON parser")
struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#"{"a": [1, -2.5, 3e2], "b": "x\ny\u00e9\ud83d\ude00", "c": true, "d": "# +
                                         #"false, "e": null}"#)
        #expect(value["a"] == .array([.number(1), .number(-2.5), .number(300)]))
        #expect(value["b"]?.stringValue == "x\nyé😀")
        #expect(value["c"]?.boolValue == true)
        #expect(value["d"]?.boolValue == false)
        #expect(value["e"]?.isNull == true)
    }

    @Test func recordsTheLineOfEveryValueAndKey() throws {
        let value = try JSONParser.parse("{\n  \"a\": 1,\n\n  \"b\": [\n    \"x\"\n  ]\n}")
        let members = try #require(value.objectMembers)
        #expect(members.map(\.line) == [2, 4])
        #expect(members[1].value.arrayValue?.first?.line == 5)
    }

    @Test func keepsMembersInFileOrder() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": 2, "m": 3}"#)
        #expect(value.objectMembers?.map(\.key) == ["z", "a", "m"])
    }

    @Test func skipsAByteOrderMark() throws {
        let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
        #expect(value == .array([.number(1)]))
    }

    @Test func acceptsCRLFLineEndsAndCountsLines() throws {
        let value = try JSONParser.parse("{\r\n\"a\":\r\n1}")
        #expect(value.objectMembers?.first?.value.line == 3)
    }

    @Test(arguments: [
        ("", 1, "empty"),
        ("{", 1, "end of file"),
        ("{\"a\" 1}", 1, "expected ':'"),
        ("[1,]", 1, "expected a value"),
        ("{\n\"a\": tru}", 2, "invalid literal"),
        ("[01]", 1, "leading zeros"),
        ("[1.]", 1, "digits must follow"),
        ("\"abc", 1, "missing '\"'"),
        ("\"a\\qb\"", 1, "invalid escape"),
        ("[1] [2]", 1, "after the JSON value"),
        ("\"\\ud800\"", 1, "surrogate"),
        ("[1e999]", 1, "out of range"),
        ("{\n\n\"a\": \"line\nbreak\"}", 3, "past the end of the line"),
    ] as [(String, Int, String)])
    func rejectsMalformedInputWithItsLine(text: String, line: Int, fragment: String) {
        #expect {
            _ = try JSONParser.parse(text)
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.line == line && error.message.contains(fragment)
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test func refusesNestingDeeperThanTheLimitInsteadOfExhaustingTheStack() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect {
            _ = try JSONParser.parse(deep)
        } throws: { error in
            (error as? JSONParseError)?.message.contains("nesting deeper") == true
        }
        let shallow = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: Never.self) { _ = try JSONParser.parse(shallow) }
    }
}
