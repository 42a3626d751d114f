import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The non-blank lines of a piece of a history file, found on the raw bytes (`memchr` for
/// each newline; `Data`'s collection methods cost more than the JSON decoding did). A line
/// holding only spaces and carriage returns is blank. Line numbers count every line of the
/// file from 1; a piece's first line has the number the reader is at.
struct HistoryFileLines: Sendable {
    /// One non-blank line: its number and its byte offsets in the piece.
    struct Span: Sendable {
        var number: Int
        var start: Int
        var end: Int
        var count: Int { end - start }
    }

    /// The piece's bytes.
    let data: Data
    /// The non-blank lines, in file order.
    let spans: [Span]
    /// How many lines of the piece a newline ends.
    let endedLineCount: Int
    /// Where the bytes after the piece's last newline start (the piece's end when it ends
    /// with a newline).
    let unendedStart: Int

    /// The lines of a piece whose first line is line `firstNumber`. When `endsFile` is true
    /// the bytes after the last newline are a line too (blank when the piece ends with a
    /// newline, like `split(separator: 0x0A, omittingEmptySubsequences: false)`); otherwise
    /// they are the start of a line the next piece ends, and are not among the spans.
    init(_ data: Data, firstNumber: Int = 1, endsFile: Bool = true) {
        self.data = data
        (spans, endedLineCount, unendedStart) = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> ([Span], Int, Int) in
            guard let base = buffer.baseAddress else { return ([], 0, 0) }
            let bytes = base.assumingMemoryBound(to: UInt8.self)
            var spans: [Span] = []
            var start = 0, ended = 0
            while start <= buffer.count {
                let end: Int
                if start < buffer.count, let newline = memchr(bytes + start, 0x0A, buffer.count - start) {
                    end = bytes.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                } else {
                    guard endsFile else { break }
                    end = buffer.count
                }
                var blank = true
                for offset in start..<end where bytes[offset] != 0x20 && bytes[offset] != 0x0D {
                    blank = false
                    break
                }
                if !blank { spans.append(Span(number: firstNumber + ended, start: start, end: end)) }
                if end < buffer.count { ended += 1 }
                start = end + 1
            }
            return (spans, ended, min(start, buffer.count))
        }
    }

    /// A line's bytes.
    func bytes(of span: Span) -> Data {
        data.withUnsafeBytes { Data(bytes: $0.baseAddress! + span.start, count: span.count) }
    }
}
