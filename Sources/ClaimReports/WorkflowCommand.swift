/// GitHub Actions workflow commands (`::error file=F,line=L,title=T::message`), escaped as
/// the Actions toolkit (@actions/core) escapes them: in the message `%`, CR and LF; in
/// property values also `:` and `,`, which would otherwise end the value.
public enum WorkflowCommand {
    /// Also neutralises the controls the Actions log would interpret (ESC starts a colour
    /// sequence there) or display reordered (bidirectional overrides), as U+FFFD.
    public static func escapeData(_ text: String) -> String {
        var visible = ""
        visible.unicodeScalars.append(contentsOf: text.unicodeScalars.map { scalar in
            (scalar.value < 0x20 && scalar != "\r" && scalar != "\n") || TerminalText.isControl(scalar)
                ? "\u{FFFD}" : scalar
        })
        return visible.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    public static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }

    /// `::name key=value,key=value::message`, properties in the order given.
    public static func line(_ name: String, properties: [(String, String)], message: String) -> String {
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name)\(list.isEmpty ? "" : " " + list)::\(escapeData(message))\n"
    }
}
