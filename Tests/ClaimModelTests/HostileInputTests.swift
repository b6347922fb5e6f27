import Foundation
import Testing
@testable import ClaimModel

/// The model's defences against hostile input, one level below the end-to-end matrix:
/// limits that keep the process alive, and messages that stay readable. Inputs found by
/// fuzzing (Tests/Fuzz/run.sh) that once failed belong here as regression cases.
@Suite("Hostile input")
struct HostileInputTests {
    @Test func tenThousandLevelsOfNestingAreRefusedOnASmallStack() async throws {
        // Test tasks run on threads with smaller stacks than the main thread's 8 MB; the depth
        // limit must hold there too.
        let deep = String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        #expect {
            _ = try JSONParser.parse(deep)
        } throws: { error in
            (error as? JSONParseError)?.message == "nesting deeper than 256 levels"
        }
        let limit = String(repeating: "[", count: JSONParser.maximumDepth)
            + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(throws: Never.self) { _ = try JSONParser.parse(limit) }
    }

    @Test(arguments: [[0xFF, 0xFE, 0x7B, 0x00], [0xFE, 0xFF, 0x00, 0x7B]] as [[UInt8]])
    func utf16IsNamed(bytes: [UInt8]) {
        #expect(throws: JSONParseError(message: "the file is encoded as UTF-16; save it as UTF-8", line: 1,
                                       column: 1)) {
            _ = try JSONParser.parse(bytes)
        }
    }

    @Test func everyControlAndOverrideIsEscapedAndReadsBack() throws {
        let scalars = (0..<0xA0).compactMap(Unicode.Scalar.init) + [0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069]
            .compactMap(Unicode.Scalar.init)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        let written = JSONWriter.write(.array([.string(text)]))
        let raw = written.unicodeScalars.filter { $0.value != 0x0A
            && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value >= 0x2028) }
        #expect(raw.isEmpty, "unescaped: \(raw.map(\.value))")
        #expect(try JSONParser.parse(written) == .array([.string(text)]))
    }

    @Test func anOverlongMessageKeepsItsStartAndItsAdvice() {
        let message = "\"id\" is \"" + String(repeating: "x", count: 5_000) + "\"; ids use lowercase letters"
        let clipped = Diagnostic(.error, file: "f.json", line: 1, message).message
        #expect(clipped.count == 600 + 300 + " … [4137 characters omitted] … ".count)
        #expect(clipped.hasPrefix("\"id\" is \"xxx"))
        #expect(clipped.hasSuffix("xxx\"; ids use lowercase letters"))
        #expect(Diagnostic(.error, file: "f.json", "short").message == "short")
    }

    static func read(_ json: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard var reader = ObjectReader(try! JSONParser.parse(json), file: "f.json", context: "a claim",
                                        diagnostics: &diagnostics) else { return diagnostics }
        _ = reader.integer("line")
        _ = reader.value("value")
        return diagnostics + reader.finish()
    }

    @Test func aFieldGivenTwiceIsAnErrorAtItsSecondLine() {
        #expect(Self.read("{\"value\": 1,\n\"value\": 2}").map(\.description)
            == ["f.json:2: error: field \"value\" appears twice in a claim (first at line 1); keep one"])
    }

    @Test(arguments: ["1e15", "-1e300", "9223372036854775807", "1.7976931348623157e308"])
    func wholeNumbersBeyondIntAreTooLargeNotATrap(number: String) {
        let found = Self.read("{\"line\": \(number)}").map(\.message)
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix("which is too large") == true, "\(found)")
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let path = NSTemporaryDirectory() + "claimcheck-fifo-\(UUID().uuidString).json"
        #expect(mkfifo(path, 0o644) == 0)
        defer { unlink(path) }
        #expect(throws: InputError.self) { _ = try InputFiles.read(path) }
        do { _ = try InputFiles.read(path) } catch {
            #expect(error.description == "\(path): error: is not a regular file (a pipe, socket or device); only " +
                                         "regular files are read")
        }
    }

    @Test func aFileIsReadWholeWhateverItsSize() throws {
        let folder = FixtureFolder()
        for size in [0, 1, 4095, 4096, 4097, 1 << 20] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            let path = folder.path + "/f\(size).json"
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            #expect(try InputFiles.read(path) == bytes)
        }
    }
}
