import Foundation

/// The change lines gathered for one ``HistoryChunk``, copied out of the pieces they were
/// read in as the elements of one JSON array (`[line,line,...]`), so a chunk can start in
/// one piece of the file and end in the next.
struct HistoryChunkLines: Sendable {
    /// One line: its number in the file and its byte offsets in ``jsonArray``.
    struct Line: Sendable {
        var number: Int
        var start: Int
        var end: Int
    }

    /// `[` and the lines so far, separated by commas; `]` is added by ``close()``.
    private(set) var jsonArray: Data
    /// The lines, in file order.
    private(set) var lines: [Line] = []

    /// No lines yet; `capacity` bytes reserved (the size of the previous chunk is a fair guess).
    init(capacity: Int = 0) {
        jsonArray = Data(capacity: capacity)
        jsonArray.append(UInt8(ascii: "["))
    }

    /// How many lines there are.
    var count: Int { lines.count }

    /// Adds a line at the end.
    mutating func append(_ bytes: UnsafeRawBufferPointer, number: Int) {
        if !lines.isEmpty { jsonArray.append(UInt8(ascii: ",")) }
        let start = jsonArray.count
        if let base = bytes.baseAddress { jsonArray.append(base.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
        lines.append(Line(number: number, start: start, end: jsonArray.count))
    }

    /// Ends the array with `]`; no line is added afterwards.
    mutating func close() {
        jsonArray.append(UInt8(ascii: "]"))
    }

    /// A line's bytes.
    func bytes(of line: Line) -> Data {
        jsonArray.subdata(in: line.start..<line.end)
    }
}
