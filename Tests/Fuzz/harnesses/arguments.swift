// libFuzzer target: the argument parser and help text, compiled into one module with
// Sources/CommandLineArguments/ArgumentParser.swift and linked with the ClaimModel module it imports.
// The input is split on NUL bytes into arguments, as the kernel hands them over.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let arguments = UnsafeBufferPointer(start: data, count: size).split(separator: 0, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    let spec = CommandSpec(
        name: "check", abstract: "Check claims.",
        arguments: [ArgumentSpec(name: "path", help: "Paths.", isVariadic: true, isOptional: true)],
        options: [
            OptionSpec(name: "--format", valueName: "format", help: "Report format.", allowedValues: ["text", "json"]),
            OptionSpec(name: "--output", valueName: "file", help: "Write the report here."),
            OptionSpec(name: "--strict", valueName: nil, help: "Warnings fail."),
            OptionSpec(name: "--baseline", valueName: "file", help: "Accepted findings.", repeatable: true),
        ])
    let single = CommandSpec(name: "diff", abstract: "Diff.",
                             arguments: [ArgumentSpec(name: "old", help: "Old."),
                                          ArgumentSpec(name: "new", help: "New.")])
    for command in [spec, single] {
        do throws(UsageError) {
            let parsed = try ArgumentParser.parse(arguments, spec: command)
            precondition(parsed.positionals.count <= arguments.count)
        } catch {
            precondition(!error.message.isEmpty)
        }
        _ = HelpText.render(command, subcommands: [spec, single])
    }
    if let first = arguments.first {
        _ = ArgumentParser.closest(to: first, among: ["check", "rules", "diff", "--format"])
    }
    return 0
}
