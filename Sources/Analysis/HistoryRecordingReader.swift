import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension HistoryRecording {
    /// Reads a history file handed over piece by piece, so the whole file need never be in
    /// memory: the caller reads the file (this module does no I/O), passes its bytes in order
    /// to ``add(_:)``, then calls ``finish()``. Every malformed line is an error naming the
    /// file and line; line numbers go on from piece to piece.
    ///
    /// A piece can be cut anywhere (a line cut in two is joined, by a copy; pieces that end
    /// just after a newline need none). The change lines are decoded a few thousand at a
    /// time, as the elements of one JSON array (a decoder call per line cost more than the
    /// decoding itself), several chunks at once on every core; only when a chunk fails are
    /// its lines read again one by one, to name the first bad one. A file with malformed
    /// lines names the first of them; one that decodes names its first unknown field, if any.
    /// Once ``add(_:)`` returns, the reader keeps nothing of the piece but copies of the lines
    /// of the chunk not yet full and of the start of a cut line, besides the changes decoded.
    /// After an error the reader is of no further use.
    public struct Reader: Sendable {
        /// How many change lines one decoder call reads (bounding the copy the array needs).
        static let linesPerDecode = 4096
        /// How many decoder calls run at once (on every core) before their changes are joined.
        static let chunksPerRound = 8

        /// The file's name in error messages.
        public let file: String
        /// Whether chunks are decoded on every core, or one after the other on the calling
        /// thread (for a read beside other work).
        public let onEveryCore: Bool

        /// The number of the line the next piece starts in.
        private var nextLineNumber = 1
        /// The bytes after the last newline so far: the start of a line a later piece ends.
        private var unendedLine = Data()
        /// The header, once its line is read.
        private var header: Header?
        /// The change lines of the chunk being gathered.
        private var gathering = HistoryChunkLines()
        /// Chunks gathered in full, not yet decoded (decoded a round at a time, and all before
        /// their piece goes).
        private var gathered: [HistoryChunkLines] = []
        /// The changes decoded so far, a chunk's each, in file order (joined by ``finish()``,
        /// each array then allocated once at its size).
        private var decodedChunks: [HistoryChanges] = []
        /// The first line whose field is no ``HistoryField``, and that field.
        private var firstUnknownField: (line: Int, field: String)?

        /// A reader at the start of a file named `file`.
        public init(file: String, onEveryCore: Bool = true) {
            self.file = file
            self.onEveryCore = onEveryCore
        }

        /// Reads the next bytes of the file; throws at the first malformed line found so far
        /// (the header line or a change line; unknown fields are named by ``finish()``).
        public mutating func add(_ piece: Data) throws(HistoryError) {
            var rest = piece
            if !unendedLine.isEmpty {
                guard let lineLength = Self.lengthOfFirstLine(in: rest) else {
                    unendedLine.append(rest)
                    return
                }
                var line = unendedLine
                unendedLine = Data()
                line.append(rest.prefix(lineLength))
                try read(line, endsFile: false)
                rest = rest.dropFirst(lineLength)
            }
            try read(rest, endsFile: false)
        }

        /// The recording, once every piece is added: reads the last line (the bytes after the
        /// last newline, if any) and the chunks not yet decoded. Throws for a file without a
        /// header, at the first malformed line, else at the first unknown field.
        public consuming func finish() throws(HistoryError) -> HistoryRecording {
            let lastLine = unendedLine
            unendedLine = Data()
            try read(lastLine, endsFile: true)
            guard let header else {
                throw .malformedLine(file: file, line: 1, message: "empty history file; expected a header line")
            }
            if gathering.count > 0 {
                gathered.append(gathering)
                gathering = HistoryChunkLines()
                try decodeGathered()
            }
            if let unknown = firstUnknownField {
                throw .malformedLine(file: file, line: unknown.line, message: "unknown field '\(unknown.field)'")
            }
            let chunks = decodedChunks
            decodedChunks = []
            return HistoryRecording(header: header, changes: HistoryChanges(joining: chunks))
        }

        /// Reads the lines of `bytes`, which start at the start of a line; unless `endsFile`,
        /// keeps a copy of the bytes after the last newline as ``unendedLine``. Keeps nothing
        /// that points into `bytes`: the chunks filled from them are decoded, and the lines of
        /// the chunk not yet full are copied.
        private mutating func read(_ bytes: Data, endsFile: Bool) throws(HistoryError) {
            let lines = HistoryFileLines(bytes, firstNumber: nextLineNumber, endsFile: endsFile)
            var spans = lines.spans[...]
            if header == nil, let first = spans.first {
                guard let decoded = try? JSONDecoder().decode(HeaderLine.self, from: lines.bytes(of: first)) else {
                    throw .malformedLine(
                        file: file, line: first.number,
                        message: "expected the header {\"recording\": {\"sequence\": N, \"label\": ..., \"date\": ..., \"sources\": [...]}}")
                }
                header = decoded.recording
                spans = spans.dropFirst()
            }
            while !spans.isEmpty {
                let taken = spans.prefix(Self.linesPerDecode - gathering.count)
                gathering.append(taken, of: bytes)
                spans = spans.dropFirst(taken.count)
                if gathering.count == Self.linesPerDecode {
                    gathered.append(gathering)
                    gathering = HistoryChunkLines()
                    if !onEveryCore || gathered.count == Self.chunksPerRound { try decodeGathered() }
                }
            }
            if !gathered.isEmpty { try decodeGathered() }
            gathering.detach()
            nextLineNumber += lines.endedLineCount
            // A copy, so the caller's piece (often a reused buffer) is not kept alive.
            if !endsFile, lines.unendedStart < bytes.count {
                unendedLine = bytes.withUnsafeBytes { Data(bytes: $0.baseAddress! + lines.unendedStart, count: $0.count - lines.unendedStart) }
            }
        }

        /// Decodes the gathered chunks, in file order; throws at the first malformed line.
        private mutating func decodeGathered() throws(HistoryError) {
            let chunks = gathered
            gathered = []
            let decoded = onEveryCore ? HistoryChunk.decodeConcurrently(chunks) : chunks.map(HistoryChunk.init)
            for chunk in decoded {
                if let bad = chunk.firstMalformedLine {
                    throw .malformedLine(
                        file: file, line: bad, message: "expected a change {\"model\", \"provider\", \"provider_model_id\", \"field\", \"old\", \"new\", \"source\"}")
                }
                if firstUnknownField == nil { firstUnknownField = chunk.firstUnknownField }
                decodedChunks.append(chunk.changes)
            }
        }

        /// The length of the first line of `bytes` with its newline, or nil when there is no newline.
        private static func lengthOfFirstLine(in bytes: Data) -> Int? {
            bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress, let newline = memchr(base, 0x0A, buffer.count) else { return nil }
                return base.distance(to: UnsafeRawPointer(newline)) + 1
            }
        }
    }
}
