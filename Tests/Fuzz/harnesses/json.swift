// libFuzzer target: the JSON parser, compiled into the ClaimModel module (see Tests/Fuzz/run.sh).
// Beyond "never traps", it checks a property: whatever parses, written back with JSONWriter,
// parses to an equal value, so the reports we write are always readable by our own reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let value = try? JSONParser.parse(UnsafeBufferPointer(start: data, count: size)) else { return 0 }
    for pretty in [true, false] {
        let written = JSONWriter.write(value, pretty: pretty)
        guard let reread = try? JSONParser.parse(written) else {
            fatalError("JSONWriter wrote unreadable JSON: \(written)")
        }
        precondition(reread == value, "round trip changed the value: \(written)")
    }
    return 0
}
