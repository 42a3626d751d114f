import Foundation

/// The change lines of one ``HistoryChunk``: runs of lines, each in the piece of the file it
/// was found in, so a chunk can start in one piece and end in the next. A run points into
/// its piece (no copy) until ``detach()`` copies its lines out, before the piece goes.
struct HistoryChunkLines: Sendable {
    /// Lines found in one piece: the piece's bytes and the lines' spans in them.
    struct Run: Sendable {
        /// The piece, or a copy of the lines alone.
        var data: Data
        /// The lines' numbers and byte offsets in `data`.
        var spans: ArraySlice<HistoryFileLines.Span>
        /// Whether `data` holds only these lines (a copy), rather than the whole piece.
        var isDetached = false
    }

    /// The runs, in file order.
    private(set) var runs: [Run] = []
    /// How many lines there are.
    private(set) var count = 0

    /// No lines yet.
    init() {}

    /// Adds lines of a piece at the end.
    mutating func append(_ spans: ArraySlice<HistoryFileLines.Span>, of piece: Data) {
        guard !spans.isEmpty else { return }
        runs.append(Run(data: piece, spans: spans))
        count += spans.count
    }

    /// Copies the lines of the runs that point into a piece into bytes of their own (from a
    /// run's first line to its last), so the chunk keeps no piece alive.
    mutating func detach() {
        for index in runs.indices where !runs[index].isDetached {
            let run = runs[index]
            let start = run.spans.first!.start, end = run.spans.last!.end
            let data = run.data.withUnsafeBytes { Data(bytes: $0.baseAddress! + start, count: end - start) }
            let spans = run.spans.map { HistoryFileLines.Span(number: $0.number, start: $0.start - start, end: $0.end - start) }
            runs[index] = Run(data: data, spans: spans[...], isDetached: true)
        }
    }

    /// The lines as the elements of one JSON array: `[line,line,...]`.
    func jsonArray() -> Data {
        let size = runs.reduce(2 + max(0, count - 1)) { total, run in run.spans.reduce(total) { $0 + $1.count } }
        var array = Data(count: size)
        array.withUnsafeMutableBytes { (target: UnsafeMutableRawBufferPointer) in
            var offset = 0, isFirst = true
            target[offset] = UInt8(ascii: "[")
            offset += 1
            for run in runs {
                run.data.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
                    for line in run.spans {
                        if !isFirst {
                            target[offset] = UInt8(ascii: ",")
                            offset += 1
                        }
                        isFirst = false
                        (target.baseAddress! + offset).copyMemory(from: source.baseAddress! + line.start, byteCount: line.count)
                        offset += line.count
                    }
                }
            }
            target[offset] = UInt8(ascii: "]")
        }
        return array
    }

    /// Calls `body` with each line's number and bytes, in file order, until it returns false.
    func forEachLine(_ body: (_ number: Int, _ bytes: Data) -> Bool) {
        for run in runs {
            for line in run.spans {
                let bytes = run.data.withUnsafeBytes { Data(bytes: $0.baseAddress! + line.start, count: line.count) }
                guard body(line.number, bytes) else { return }
            }
        }
    }

    /// The number in the file of the chunk's line at `index` (0 for the first line).
    func number(ofLine index: Int) -> Int {
        var rest = index
        for run in runs {
            if rest < run.spans.count { return run.spans[run.spans.startIndex + rest].number }
            rest -= run.spans.count
        }
        preconditionFailure("line \(index) of a chunk of \(count) lines")
    }
}
