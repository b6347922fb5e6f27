/// GitHub Actions workflow commands (`::error file=F,line=L,title=T::message`), escaped as
/// the Actions toolkit (@actions/core) escapes them: in the message `%`, CR and LF; in
/// property values also `:` and `,`, which would otherwise end the value.
public enum WorkflowCommand {
    /// Also neutralises the controls the Actions log would interpret (ESC starts a colour
    /// sequence there) or display reordered (bidirectional overrides), as U+FFFD.
    public static func escapeData(_ text: String) -> String { escaped(text, inProperty: false) }

    public static func escapeProperty(_ text: String) -> String { escaped(text, inProperty: true) }

    /// One pass over the UTF-8 bytes: Foundation's `replacingOccurrences`, three and five
    /// times over every annotation's message, was most of the time of a GitHub report of
    /// 40,000 findings. No replacement holds a character another replacement looks for, so one
    /// pass gives what the replacements in turn gave, except that those compared composed
    /// characters and left a `%` or line break followed by a combining mark unescaped.
    static func escaped(_ text: String, inProperty: Bool) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let length = controlLength(bytes, at: index)
                if length > 0 {
                    result.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
                    index += length
                    continue
                }
                let percent = byte == UInt8(ascii: "%") || byte == 0x0D || byte == 0x0A
                    || (inProperty && (byte == UInt8(ascii: ":") || byte == UInt8(ascii: ",")))
                if percent {
                    // The toolkit's escapes are the byte in upper-case hex: %25 %0D %0A %3A %2C.
                    result.append(UInt8(ascii: "%"))
                    result.append(hexDigits[Int(byte >> 4)])
                    result.append(hexDigits[Int(byte & 0x0F)])
                } else {
                    result.append(byte)
                }
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// The length in bytes of the control character starting at `index` (a C0 control other
    /// than CR and LF, or one of `TerminalText.isControl`), or 0; the bytes are valid UTF-8.
    private static func controlLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x20 { return byte == 0x0D || byte == 0x0A ? 0 : 1 }
        if byte == 0x7F { return 1 }
        if byte == 0xC2 { return (0x80...0x9F).contains(bytes[index + 1]) ? 2 : 0 }  // U+0080-U+009F
        guard byte == 0xE2 else { return 0 }
        let second = bytes[index + 1], third = bytes[index + 2]
        // U+202A-U+202E are E2 80 AA-AE; U+2066-U+2069 are E2 81 A6-A9.
        if second == 0x80 && (0xAA...0xAE).contains(third) { return 3 }
        if second == 0x81 && (0xA6...0xA9).contains(third) { return 3 }
        return 0
    }

    /// `::name key=value,key=value::message`, properties in the order given.
    public static func line(_ name: String, properties: [(String, String)], message: String) -> String {
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name)\(list.isEmpty ? "" : " " + list)::\(escapeData(message))\n"
    }
}
