import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The non-blank lines of a history file, found on the raw bytes (`memchr` for each newline;
/// `Data`'s collection methods cost more than the JSON decoding did). A line holding only
/// spaces and carriage returns is blank. Line numbers count every line from 1.
struct HistoryFileLines: Sendable {
    /// One non-blank line: its number and its byte offsets in the file.
    struct Span: Sendable {
        var number: Int
        var start: Int
        var end: Int
        var count: Int { end - start }
    }

    /// The file's bytes.
    let data: Data
    /// The non-blank lines, in file order.
    let spans: [Span]

    /// The lines of a file.
    init(_ data: Data) {
        self.data = data
        spans = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> [Span] in
            guard let base = buffer.baseAddress else { return [] }
            let bytes = base.assumingMemoryBound(to: UInt8.self)
            var spans: [Span] = []
            var start = 0, number = 0
            // Like `split(separator: 0x0A, omittingEmptySubsequences: false)`: the piece after
            // the last newline is a line too (blank when the file ends with a newline).
            while start <= buffer.count {
                number += 1
                let end: Int
                if start < buffer.count, let newline = memchr(bytes + start, 0x0A, buffer.count - start) {
                    end = bytes.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                } else {
                    end = buffer.count
                }
                var blank = true
                for offset in start..<end where bytes[offset] != 0x20 && bytes[offset] != 0x0D {
                    blank = false
                    break
                }
                if !blank { spans.append(Span(number: number, start: start, end: end)) }
                start = end + 1
            }
            return spans
        }
    }

    /// A line's bytes.
    func bytes(of span: Span) -> Data {
        data.withUnsafeBytes { Data(bytes: $0.baseAddress! + span.start, count: span.count) }
    }

    /// The lines as the elements of one JSON array: `[line,line,...]`.
    func jsonArray<C: Collection>(of lines: C) -> Data where C.Element == Span {
        var array = Data(count: lines.reduce(2) { $0 + $1.count } + max(0, lines.count - 1))
        data.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
            array.withUnsafeMutableBytes { (target: UnsafeMutableRawBufferPointer) in
                var offset = 0
                target[offset] = UInt8(ascii: "[")
                offset += 1
                for (index, line) in lines.enumerated() {
                    if index > 0 {
                        target[offset] = UInt8(ascii: ",")
                        offset += 1
                    }
                    (target.baseAddress! + offset).copyMemory(from: source.baseAddress! + line.start, byteCount: line.count)
                    offset += line.count
                }
                target[offset] = UInt8(ascii: "]")
            }
        }
        return array
    }
}
