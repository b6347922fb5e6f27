/// Whether output may be coloured: only on a terminal, never with NO_COLOR set to a value
/// (https://no-color.org: an empty NO_COLOR does not count) or TERM=dumb. Apart from the
/// console so it can be tested without the executable.
package enum TerminalColour {
    package static func allowed(environment: [String: String], isTerminal: Bool) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}
