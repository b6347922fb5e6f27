import Foundation
import Testing

/// Issue 6's bad-input matrix, run through the built binary: every case ends in exactly the
/// exit code and the message expected (exit 2 naming file, line and problem, or the correct
/// result), and none traps, hangs or prints a partial report.
@Suite("Bad-input matrix")
struct BadInputMatrixTests {
    /// One claim that is valid against `CommandLineTests.registries`.
    static let claim = #"{"id": "c", "subject": "bloc", "attribute": "members", "value": "# +
                       #"12, "event": "meeting", "evidence": {"line": 7}}"#

    /// A claims folder with valid registries and one source, `claims/sources/s.json`, whose
    /// only claim stands on line 4.
    static func folder(claim: String = claim) -> ScratchFolder {
        let folder = ScratchFolder()
        for (name, text) in CommandLineTests.registries { folder.write("claims/" + name, text) }
        folder.write("claims/sources/s.json", source(claim: claim))
        return folder
    }

    static func source(claim: String, version: String = "1") -> String {
        """
        {"format": "claimcheck-claims", "version": \(version),
         "source": {"id": "s", "outlet": "Outlet", "published": "2024-03-02", "file": "a.txt"},
         "claims": [
           \(claim)
         ]}

        """
    }

    static func writeBytes(_ bytes: [UInt8], to path: String) {
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "cannot write \(path)")
    }

    static let passed = "0 errors, 0 warnings, 0 notes in 1 claim from 1 source. check passed.\n"

    /// A case: how to spoil the folder, and exactly what `check claims` must answer.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var claim: String = BadInputMatrixTests.claim
        var spoil: @Sendable (String) -> Void = { _ in }
        var arguments = ["check", "claims"]
        var code: Int32 = 2
        var stdout = ""
        var stderr: String
        var testDescription: String { name }
    }

    static func replacing(_ old: String, _ new: String) -> String { claim.replacingOccurrences(of: old, with: new) }

    static let cases: [Case] = [
        Case(name: "malformed JSON: a doubled comma", claim: replacing(#""value": 12,"#, #""value": 12,,"#),
             stderr: "error: claims/sources/s.json:4: invalid JSON: expected a quoted key, found ',' (column 71)\n"),
        Case(name: "malformed JSON: the file stops mid-object",
             spoil: { try! "{\"format\": \"claimcheck-claims\",\n \"claims\": [\n"
                 .write(toFile: $0 + "/claims/sources/s.json", atomically: true, encoding: .utf8) },
             stderr: "error: claims/sources/s.json:3: invalid JSON: unexpected end of file; expected a value (column " +
                     "1)\n"),
        Case(name: "wrong type: a count given as a string", claim: replacing(#""value": 12"#, #""value": "twelve""#),
             stderr: "error: claims/sources/s.json:4: \"members\" is a count: the value must be a number or " +
                     "{\"exactly\"|\"about\"|\"min\"/\"max\": n}, found a string\n"),
        Case(name: "wrong type: evidence given as an array", claim: replacing(#"{"line": 7}"#, "[7]"),
             stderr: "error: claims/sources/s.json:4: the evidence must be an object, found an array\n"),
        Case(name: "wrong type: the registry's list is an object",
             spoil: { try! #"{"format": "claimcheck-entities", "version": 1, "entities": {"bloc": {}}}"#
                 .write(toFile: $0 + "/claims/entities.json", atomically: true, encoding: .utf8) },
             stderr: "error: claims/entities.json:1: \"entities\" must be an array, found an object\nerror: " +
                     "claims/sources/s.json:4: unknown entity \"bloc\" in \"subject\"; add it to entities.json or " +
                     "correct the id\n"),
        Case(name: "wrong type: a claim file holding an array",
             spoil: { try! "[1, 2]\n".write(toFile: $0 + "/claims/sources/s.json", atomically: true, encoding: .utf8) },
             stderr: "error: claims/sources/s.json:1: a claimcheck file must hold a JSON object, found an array\n"),
        Case(name: "wrong type: a version given as a string",
             spoil: { try! source(claim: claim, version: "\"1\"").write(toFile: $0 + "/claims/sources/s.json",
                                                                        atomically: true, encoding: .utf8) },
             stderr: "error: claims/sources/s.json:1: unsupported \"version\" a string of claimcheck-claims; this " +
                     "claimcheck reads version 1\n"),
        Case(name: "unknown entity id", claim: replacing(#""bloc""#, #""blok""#),
             stderr: "error: claims/sources/s.json:4: unknown entity \"blok\" in \"subject\"; add it to " +
                     "entities.json or correct the id\n"),
        Case(name: "unknown attribute id", claim: replacing(#""members""#, #""member""#),
             stderr: "error: claims/sources/s.json:4: unknown attribute \"member\"; add it to attributes.json or " +
                     "correct the id\n"),
        Case(name: "duplicate claim ids", claim: claim + ",\n   " + claim,
             stderr: "error: claims/sources/s.json:5: duplicate claim id \"c\" (first used at line 4); ids must be " +
                     "unique within a file\n"),
        Case(name: "duplicate entity ids in the registry",
             spoil: { try! ("{\"format\": \"claimcheck-entities\", \"version\": 1, \"entities\": [\n"
                            + "{\"id\": \"bloc\", \"name\": \"The Bloc\", \"kind\": \"group\"},\n"
                            + "{\"id\": \"bloc\", \"name\": \"Bloc\", \"kind\": \"group\"}]}\n")
                 .write(toFile: $0 + "/claims/entities.json", atomically: true, encoding: .utf8) },
             stderr: "error: claims/entities.json:3: duplicate entity id \"bloc\" (already defined at " +
                     "claims/entities.json:2)\n"),
        Case(name: "duplicate source ids across files",
             spoil: { try! FileManager.default.copyItem(atPath: $0 + "/claims/sources/s.json",
                                                        toPath: $0 + "/claims/sources/t.json") },
             stderr: "error: claims/sources/t.json:2: duplicate source id \"s\" (already defined at " +
                     "claims/sources/s.json:2)\n"),
        Case(name: "a field given twice", claim: replacing(#""value": 12"#, #""value": 12, "value": 20"#),
             stderr: "error: claims/sources/s.json:4: field \"value\" appears twice in a claim (first at line 4); " +
                     "keep one\n"),
        Case(name: "an empty claim file",
             spoil: { writeBytes([], to: $0 + "/claims/sources/s.json") },
             stderr: "error: claims/sources/s.json:1: invalid JSON: the file is empty; expected a JSON value (column " +
                     "1)\n"),
        Case(name: "a claim file of blank lines",
             spoil: { try! "\n\n  \n".write(toFile: $0 + "/claims/sources/s.json", atomically: true, encoding: .utf8) },
             stderr: "error: claims/sources/s.json:4: invalid JSON: the file is empty; expected a JSON value (column " +
                     "1)\n"),
        Case(name: "a claims folder without claim files",
             spoil: { try! FileManager.default.removeItem(atPath: $0 + "/claims/sources/s.json") },
             stderr: "error: claims: no claim files found (files with \"format\": \"claimcheck-claims\")\n"),
        Case(name: "a folder named *.json is walked, not read",
             spoil: { try! FileManager.default.createDirectory(atPath: $0 + "/claims/sources/folder.json/inner",
                                                               withIntermediateDirectories: true) },
             code: 0, stdout: passed, stderr: ""),
        Case(name: "a folder given where the report file goes", arguments: ["check", "claims", "--output", "claims"],
             stderr: "error: claims: cannot write the report: it is a folder\n"),
        Case(name: "a missing path", arguments: ["check", "claims/sources/gone.json"],
             stderr: "error: claims/sources/gone.json: no such file or folder\n"),
        Case(name: "a dangling symbolic link given as the path",
             spoil: { try! FileManager.default.createSymbolicLink(atPath: $0 + "/claims/sources/link.json",
                                                                  withDestinationPath: "gone.json") },
             arguments: ["check", "claims/sources/link.json"],
             stderr: "error: claims/sources/link.json: no such file or folder\n"),
        Case(name: "a binary file",
             spoil: { writeBytes([0x00, 0x9C, 0xFF, 0x01, 0x7B], to: $0 + "/claims/sources/s.json") },
             stderr: "error: claims/sources/s.json:1: invalid JSON: unexpected character byte 0x0; expected a value " +
                     "(column 1)\n"),
        Case(name: "invalid UTF-8 in a string",
             spoil: { writeBytes(Array(source(claim: claim).utf8).map { $0 == UInt8(ascii: "O") ? 0xC0 : $0 },
                                 to: $0 + "/claims/sources/s.json") },
             stderr: "error: claims/sources/s.json:2: invalid JSON: a string is not valid UTF-8 (column 42)\n"),
        Case(name: "a UTF-16 file",
             spoil: { writeBytes([0xFF, 0xFE] + Array(source(claim: claim).utf16).flatMap {
                 [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, to: $0 + "/claims/sources/s.json") },
             stderr: "error: claims/sources/s.json:1: invalid JSON: the file is encoded as UTF-16; save it as UTF-8 " +
                     "(column 1)\n"),
        Case(name: "a byte-order mark is skipped",
             spoil: { writeBytes([0xEF, 0xBB, 0xBF] + Array(source(claim: claim).utf8),
                                 to: $0 + "/claims/sources/s.json") },
             code: 0, stdout: passed, stderr: ""),
        Case(name: "CRLF line ends are read",
             spoil: { try! source(claim: claim).replacingOccurrences(of: "\n", with: "\r\n")
                 .write(toFile: $0 + "/claims/sources/s.json", atomically: true, encoding: .utf8) },
             code: 0, stdout: passed, stderr: ""),
        Case(name: "CRLF line ends keep line numbers right",
             spoil: { try! source(claim: replacing(#""bloc""#, #""blok""#)).replacingOccurrences(of: "\n", with: "\r\n")
                 .write(toFile: $0 + "/claims/sources/s.json", atomically: true, encoding: .utf8) },
             stderr: "error: claims/sources/s.json:4: unknown entity \"blok\" in \"subject\"; add it to " +
                     "entities.json or correct the id\n"),
        Case(name: "JSON nested ten thousand levels deep",
             spoil: { try! (String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
                 .write(toFile: $0 + "/claims/sources/deep.json", atomically: true, encoding: .utf8) },
             stderr: "error: claims/sources/deep.json:1: invalid JSON: nesting deeper than 256 levels (column 257)\n"),
        Case(name: "a line number too large for Int", claim: replacing(#"{"line": 7}"#, #"{"line": 1e300}"#),
             stderr: "error: claims/sources/s.json:4: \"line\" is 1e+300, which is too large\n"),
        Case(name: "a line number just past Int.max", claim: replacing(#"{"line": 7}"#,
                                                                       #"{"line": 9223372036854775808}"#),
             stderr: "error: claims/sources/s.json:4: \"line\" is 9.223372036854776e+18, which is too large\n"),
        Case(name: "a count too large to be news", claim: replacing(#""value": 12"#, #""value": 99999999999999999999"#),
             stderr: "error: claims/sources/s.json:4: 1e+20 is not a plausible count for \"members\"\n"),
        Case(name: "a number beyond Double", claim: replacing(#""value": 12"#, #""value": 1e999"#),
             stderr: "error: claims/sources/s.json:4: invalid JSON: number 1e999 is out of range (column 73)\n"),
        Case(name: "a negative count", claim: replacing(#""value": 12"#, #""value": {"min": -3, "max": 4}"#),
             stderr: "error: claims/sources/s.json:4: \"members\" is a count and cannot be negative (-3)\n"),
        Case(name: "\"NaN\" as a value", claim: replacing(#""value": 12"#, #""value": "NaN""#),
             stderr: "error: claims/sources/s.json:4: \"members\" is a count: the value must be a number or " +
                     "{\"exactly\"|\"about\"|\"min\"/\"max\": n}, found a string\n"),
        Case(name: "\"Infinity\" as a bound", claim: replacing(#""value": 12"#,
                                                               #""value": {"min": 1, "max": "Infinity"}"#),
             stderr: "error: claims/sources/s.json:4: \"max\" in a value must be a number, found a string\n"),
        Case(name: "a bare NaN", claim: replacing(#""value": 12"#, #""value": NaN"#),
             stderr: "error: claims/sources/s.json:4: invalid JSON: unexpected character 'N'; expected a value " +
                     "(column 68)\n"),
        Case(name: "a bare -Infinity", claim: replacing(#""value": 12"#, #""value": -Infinity"#),
             stderr: "error: claims/sources/s.json:4: invalid JSON: invalid number (column 69)\n"),
        Case(name: "translations naming each other across two files",
             claim: replacing(#""value": 12"#, #""value": 12, "sameQuoteAs": "t#c""#),
             spoil: { try! source(claim: replacing(#""value": 12"#, #""value": 12, "sameQuoteAs": "s#c""#))
                 .replacingOccurrences(of: #""id": "s""#, with: #""id": "t""#)
                 .write(toFile: $0 + "/claims/sources/t.json", atomically: true, encoding: .utf8) },
             stderr: "error: claims/sources/s.json:4: \"sameQuoteAs\" forms a cycle: s#c → t#c → s#c; one of them " +
                     "must be the original\n"),
        Case(name: "a claim translating itself", claim: replacing(#""value": 12"#,
                                                                  #""value": 12, "sameQuoteAs": "s#c""#),
             stderr: "error: claims/sources/s.json:4: \"sameQuoteAs\" forms a cycle: s#c → s#c; a claim cannot " +
                     "translate itself\n"),
        Case(name: "a date that does not exist", claim: replacing(#""event""#, #""said": "2025-02-30", "event""#),
             stderr: "error: claims/sources/s.json:4: \"said\" is \"2025-02-30\", which is not a real date in the " +
                     "form YYYY-MM-DD\n"),
        Case(name: "a thirteenth month", claim: replacing(#""event""#, #""said": "2025-13-01", "event""#),
             stderr: "error: claims/sources/s.json:4: \"said\" is \"2025-13-01\", which is not a real date in the " +
                     "form YYYY-MM-DD\n"),
        Case(name: "a leap day that exists", claim: replacing(#""event""#, #""said": "2024-02-29", "event""#),
             code: 0, stdout: passed, stderr: ""),
        Case(name: "folder links that loop in the claims folder are followed once, files read once",
             spoil: { folder in
                 let links = FileManager.default
                 try! links.createSymbolicLink(atPath: folder + "/claims/sources/up", withDestinationPath: "..")
                 try! links.createSymbolicLink(atPath: folder + "/claims/sources/here", withDestinationPath: ".")
             },
             code: 0, stdout: passed, stderr: ""),
        Case(name: "an output path in a folder that does not exist",
             arguments: ["check", "claims", "--output", "missing/report.txt"],
             stderr: "error: missing/report.txt: cannot write the report: the folder missing does not exist\n"),
        Case(name: "an output path ending in a slash", arguments: ["check", "claims", "--output", "r/"],
             stderr: "error: r/: cannot write the report: the path names a folder, not a file\n"),
        Case(name: "an empty output path", arguments: ["check", "claims", "--output", ""],
             stderr: "error: : cannot write the report: the file name is empty\n"),
        Case(name: "a claims file of format version 2",
             spoil: { try! source(claim: claim, version: "2").write(toFile: $0 + "/claims/sources/s.json",
                                                                    atomically: true, encoding: .utf8) },
             stderr: "error: claims/sources/s.json:1: unsupported \"version\" 2 of claimcheck-claims; this " +
                     "claimcheck reads version 1\n"),
        Case(name: "a report left in the claims folder",
             spoil: { try! "{\"format\": \"claimcheck-report\", \"version\": 1, \"findings\": []}\n"
                 .write(toFile: $0 + "/claims/report.json", atomically: true, encoding: .utf8) },
             stderr: "error: claims/report.json:1: unknown \"format\" \"claimcheck-report\"; expected one of " +
                     "\"claimcheck-entities\", \"claimcheck-events\", \"claimcheck-attributes\", " +
                     "\"claimcheck-claims\"\n"),
        Case(name: "a registry with fields of the wrong types",
             spoil: { try! (#"{"format": "claimcheck-attributes", "version": 1, "attributes": [{"id": "members", "#
                            + #""name": 5, "kind": "count", "units": "countries", "exclusive": "yes"}]}"#)
                 .write(toFile: $0 + "/claims/attributes.json", atomically: true, encoding: .utf8) },
             stderr: """
             error: claims/attributes.json:1: "exclusive" must be true or false, found a string
             error: claims/attributes.json:1: "name" must be a string, found a number
             error: claims/attributes.json:1: "units" must be an array of strings, found a string
             error: claims/sources/s.json:4: unknown attribute "members"; add it to attributes.json or correct the id

             """),
        Case(name: "a baseline of format version 2",
             spoil: { try! "{\"format\": \"claimcheck-baseline\",\n \"version\": 2,\n \"findings\": []}\n"
                 .write(toFile: $0 + "/baseline.json", atomically: true, encoding: .utf8) },
             arguments: ["check", "claims", "--baseline", "baseline.json"],
             stderr: "error: baseline.json:2: unsupported \"version\" 2 of claimcheck-baseline; this claimcheck " +
                     "reads version 1\n"),
        Case(name: "a report given where a baseline goes",
             spoil: { try! "{\"format\": \"claimcheck-report\", \"version\": 1, \"findings\": []}\n"
                 .write(toFile: $0 + "/report.json", atomically: true, encoding: .utf8) },
             arguments: ["check", "claims", "--baseline", "report.json"],
             stderr: "error: report.json:1: \"format\" is \"claimcheck-report\"; a baseline file has \"format\": " +
                     "\"claimcheck-baseline\"\n"),
        Case(name: "a baseline whose fields have the wrong types",
             spoil: {
                 try! "{\"format\": \"claimcheck-baseline\", \"version\": 1, \"accepted\": [{\"fingerprint\": 5}]}\n"
                 .write(toFile: $0 + "/baseline.json", atomically: true, encoding: .utf8) },
             arguments: ["check", "claims", "--baseline", "baseline.json"],
             stderr: "error: baseline.json:1: the baseline is missing the required field \"findings\"\n"),
        Case(name: "a device given as the baseline", arguments: ["check", "claims", "--baseline", "/dev/zero"],
             stderr: "error: /dev/zero: is not a regular file (a pipe, socket or device); only regular files are " +
                     "read\n"),
        Case(name: "a report of format version 3 given to diff",
             spoil: { try! "{\"format\": \"claimcheck-report\",\n \"version\": 3, \"findings\": []}\n"
                 .write(toFile: $0 + "/old.json", atomically: true, encoding: .utf8) },
             arguments: ["diff", "old.json", "old.json"],
             stderr: "error: old.json:2: unsupported \"version\" 3 of claimcheck-report; this claimcheck reads " +
                     "versions 1 and 2\n"),
        Case(name: "a version 2 report whose finding names a claim it does not list",
             spoil: { try! ("{\"format\": \"claimcheck-report\", \"version\": 2, \"claims\": {},\n"
                            + " \"findings\": [{\"rule\": \"r\", \"severity\": \"error\", \"fingerprint\": \"f\",\n"
                            + " \"claims\": [\"s#c\"]}]}\n")
                 .write(toFile: $0 + "/old.json", atomically: true, encoding: .utf8) },
             arguments: ["diff", "old.json", "old.json"],
             stderr: "error: old.json:3: claim \"s#c\" is not in \"claims\"\n"),
        Case(name: "a configuration with a rule setting of the wrong type",
             spoil: { try! "{\"version\": 1,\n \"rules\": {\"count-mismatch\": 5}}\n"
                 .write(toFile: $0 + "/.claimcheck.json", atomically: true, encoding: .utf8) },
             stderr: "error: .claimcheck.json:2: the settings of rule \"count-mismatch\" must be an object, found a " +
                     "number\n"),
        Case(name: "a configuration of version 2",
             spoil: { try! "{\"version\": 2}\n".write(toFile: $0 + "/.claimcheck.json", atomically: true,
                                                      encoding: .utf8) },
             stderr: "error: .claimcheck.json:1: unsupported \"version\" 2 of claimcheck-config; this claimcheck " +
                     "reads version 1\n"),
        Case(name: "a truncated configuration",
             spoil: { try! "[1\n".write(toFile: $0 + "/.claimcheck.json", atomically: true, encoding: .utf8) },
             stderr: "error: .claimcheck.json:2: invalid JSON: unexpected end of file in an array; missing ']' " +
                     "(column 1)\n"),
        Case(name: "a FIFO named like a claim file fails instead of hanging",
             spoil: { #expect(mkfifo($0 + "/claims/sources/pipe.json", 0o644) == 0) },
             stderr: "error: claims/sources/pipe.json: is not a regular file (a pipe, socket or device); only " +
                     "regular files are read\n"),
        Case(name: "a device given as the claims path", arguments: ["check", "/dev/zero"],
             stderr: "error: /dev/zero: is not a regular file (a pipe, socket or device); only regular files are " +
                     "read\n"),
        // Sparse files: the size is refused before a byte is read, so these cost nothing.
        Case(name: "a 1 GB article is refused before it is read", spoil: { sparseFile($0 + "/big.txt", size: 1 << 30) },
             arguments: ["extract", "big.txt"],
             stderr: "error: big.txt: the article is 1.0 GB; claimcheck extracts articles up to 16 MB (split it, or " +
                     "extract the articles it holds one by one)\n"
                 + "extracted 0 articles, 0 claims, 0 warnings; 1 file could not be read\n"),
        Case(name: "an article one byte over 16 MB is refused", spoil: {
            sparseFile($0 + "/big.md", size: (16 << 20) + 1) },
             arguments: ["extract", "big.md"],
             stderr: "error: big.md: the article is 17 MB; claimcheck extracts articles up to 16 MB (split it, or " +
                     "extract the articles it holds one by one)\n"
                 + "extracted 0 articles, 0 claims, 0 warnings; 1 file could not be read\n"),
    ]

    static func sparseFile(_ path: String, size: Int) {
        #expect(FileManager.default.createFile(atPath: path, contents: nil), "cannot create \(path)")
        #expect(truncate(path, off_t(size)) == 0)
    }

    @Test(arguments: cases)
    func badInputEndsInTheExpectedOutcome(_ badInput: Case) throws {
        let folder = Self.folder(claim: badInput.claim)
        badInput.spoil(folder.path)
        let outcome = try ToolRunner.run(badInput.arguments, in: folder.path)
        #expect(outcome.code == badInput.code)
        #expect(outcome.stderr == badInput.stderr)
        #expect(outcome.stdout == badInput.stdout)
    }

    /// chmod 000 does not stop root, which CI containers often are; there the case is skipped
    /// and `aFileThatCannotBeReadIsBadInput` covers the same path through /proc.
    @Test(.enabled(if: geteuid() != 0, "running as root: permissions do not stop reads"))
    func anUnreadableFileIsBadInputNamingIt() throws {
        let folder = Self.folder()
        chmod(folder.path + "/claims/sources/s.json", 0)
        defer { chmod(folder.path + "/claims/sources/s.json", 0o644) }
        let outcome = try ToolRunner.run(["check", "claims"], in: folder.path)
        #expect(outcome.code == 2)
        #expect(outcome.stderr == "error: claims/sources/s.json: cannot be opened for reading (check its " +
                                  "permissions)\n")
    }

    /// A file that opens but whose read fails (here /proc/self/mem, which refuses reads at
    /// address 0 even for root).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/mem"), "needs Linux /proc"))
    func aFileThatCannotBeReadIsBadInput() throws {
        let outcome = try ToolRunner.run(["check", "/proc/self/mem"], in: NSTemporaryDirectory())
        #expect(outcome.code == 2)
        #expect(outcome.stderr == "error: /proc/self/mem: cannot be read (Input/output error)\n")
    }

    /// A one-character output path trapped inside Foundation's NSString path methods.
    @Test func aOneCharacterOutputPathIsWritten() throws {
        let folder = Self.folder()
        let outcome = try ToolRunner.run(["check", "claims", "--output", "r"], in: folder.path)
        #expect(outcome.code == 0)
        #expect(outcome.stderr == "wrote r: 0 errors, 0 warnings, 0 notes; 0 failing\n")
        #expect(try String(contentsOfFile: folder.path + "/r", encoding: .utf8) == Self.passed)
    }

    static let fiftyMegabytes = 50 * 1024 * 1024

    @Test func aFiftyMegabyteLineIsReadWhole() throws {
        let statement = String(repeating: "x", count: Self.fiftyMegabytes)
        let folder = Self.folder(claim: Self.replacing(#""event""#, #""statement": "\#(statement)", "event""#)
            .replacingOccurrences(of: "\n", with: ""))
        let source = try String(contentsOfFile: folder.path + "/claims/sources/s.json", encoding: .utf8)
        try source.replacingOccurrences(of: "\n", with: " ").write(toFile: folder.path + "/claims/sources/s.json",
                                                                   atomically: true, encoding: .utf8)
        let outcome = try ToolRunner.run(["check", "claims"], in: folder.path)
        #expect(outcome.code == 0)
        #expect(outcome.stdout == Self.passed)
        #expect(outcome.stderr.isEmpty)
    }

    @Test func aFiftyMegabyteBadIdIsReportedWithoutEchoingItWhole() throws {
        let id = String(repeating: "X", count: Self.fiftyMegabytes)
        let folder = Self.folder(claim: Self.replacing(#""id": "c""#, #""id": "\#(id)""#))
        let outcome = try ToolRunner.run(["check", "claims"], in: folder.path)
        #expect(outcome.code == 2)
        #expect(outcome.stderr.hasPrefix("error: claims/sources/s.json:4: \"id\" is \"XXXX"))
        #expect(outcome.stderr.contains(" … [52427981 characters omitted] … "))
        #expect(outcome.stderr.hasSuffix("XXXX\"; ids use lowercase letters, digits and hyphens (like " +
                                         "\"friedrich-merz\")\n"))
        #expect(outcome.stderr.utf8.count < 1_100)
    }
}
