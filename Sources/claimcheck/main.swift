import Foundation

// The front end stays thin: everything testable lives in the libraries and in
// CommandLineTool, which the end-to-end tests drive through the built binary.
let code = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), console: .live())
exit(code.rawValue)
