import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Reading an input file with `open`/`fstat`/`read`, whole or in pieces of lines: the readers'
/// way in (Foundation's resource values and file handles cost more than the read itself for
/// small files).
public enum FileReading {
    /// Why a file could not be read.
    public enum Problem: Error, Equatable, Sendable {
        /// A folder, device, pipe or socket (links are followed), or a broken link.
        case notRegularFile
        /// Larger than the limit; the size found.
        case tooLarge(Int)
        /// The system call failed with this `errno`.
        case system(Int32)

        /// The system's wording of a `system` error.
        public var systemMessage: String? {
            if case .system(let code) = self { return String(cString: strerror(code)) }
            return nil
        }
    }

    /// The regular file at `path` (symbolic links followed) opened for reading, with its size;
    /// a FIFO or device is refused without blocking, a file over `limit` bytes too. The
    /// caller closes the descriptor.
    private static func openRegularFile(atPath path: String, limit: Int) -> Result<(fd: Int32, size: Int), Problem> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(errno == ENOENT || errno == ELOOP ? .notRegularFile : .system(errno)) }
        var status = stat()
        let problem: Problem? =
            if fstat(fd, &status) != 0 { .system(errno) }
            else if status.st_mode & S_IFMT != S_IFREG { .notRegularFile }
            else if Int(status.st_size) > limit { .tooLarge(Int(status.st_size)) }
            else { nil }
        if let problem {
            close(fd)
            return .failure(problem)
        }
        return .success((fd, Int(status.st_size)))
    }

    /// The bytes of the regular file at `path` (symbolic links followed), at most `limit`
    /// bytes. Opened without blocking, so a FIFO is refused instead of waited on.
    public static func contents(atPath path: String, limit: Int) -> Result<Data, Problem> {
        let (fd, size): (Int32, Int)
        switch openRegularFile(atPath: path, limit: limit) {
        case .success(let file): (fd, size) = file
        case .failure(let problem): return .failure(problem)
        }
        defer { close(fd) }
        // One byte more than the size told, to notice a file that grew past the limit.
        var data = Data(count: min(size, limit) + 1)
        var filled = 0
        var failure: Int32 = 0
        data.withUnsafeMutableBytes { buffer in
            while filled < buffer.count {
                let count = systemRead(fd, buffer.baseAddress! + filled, buffer.count - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 { return }
                filled += count
            }
        }
        if failure != 0 { return .failure(.system(failure)) }
        if filled > limit { return .failure(.tooLarge(filled)) }
        data.count = filled
        return .success(data)
    }

    /// Reads the regular file at `path` (symbolic links followed), at most `limit` bytes, in
    /// pieces of about `pieceSize` bytes cut at line ends, and hands each to `body` in file
    /// order: every piece ends just after a newline (`\n`), but the last, which holds what
    /// follows the file's last newline; a line longer than `pieceSize` makes its piece longer.
    /// So at most about one piece is in memory at a time, and a piece holds whole lines.
    ///
    /// Opened without blocking, so a FIFO is refused instead of waited on; a file over the
    /// limit is refused before any piece is handed over (or, if it grows while read, once its
    /// bytes pass the limit). An empty file has no pieces. A piece is a view of a buffer that
    /// is then reused: keeping it past `body` costs a copy of the buffer. The first error
    /// `body` throws stops the reading and is thrown on.
    public static func forEachPiece<Failure: Error>(
        atPath path: String, limit: Int, pieceSize: Int, _ body: (Data) throws(Failure) -> Void
    ) throws(Failure) -> Result<Void, Problem> {
        precondition(pieceSize > 0, "a piece holds at least one byte")
        let (fd, size): (Int32, Int)
        switch openRegularFile(atPath: path, limit: limit) {
        case .success(let file): (fd, size) = file
        case .failure(let problem): return .failure(problem)
        }
        defer { close(fd) }
        // A small file gets a buffer of its size and one byte more, to see its end in one read.
        var buffer = Data(count: min(pieceSize, size + 1))
        var filled = 0, total = 0
        while true {
            if filled == buffer.count {
                guard let end = endOfLastLine(in: buffer) else {
                    // One line fills the buffer: a longer piece (no longer than the limit allows).
                    buffer.count = min(buffer.count * 2, limit + 1)
                    continue
                }
                try body(buffer.prefix(end))
                let carried = filled - end
                if buffer.count > max(pieceSize, carried) {
                    // Back to the piece size after a long line (or to the start of the next long line).
                    var smaller = Data(count: max(pieceSize, carried))
                    smaller.withUnsafeMutableBytes { target in
                        buffer.withUnsafeBytes { target.baseAddress!.copyMemory(from: $0.baseAddress! + end, byteCount: carried) }
                    }
                    buffer = smaller
                } else {
                    buffer.withUnsafeMutableBytes { _ = memmove($0.baseAddress!, $0.baseAddress! + end, carried) }
                }
                filled = carried
                continue
            }
            // One byte more than the limit at most, to notice a file that grew past it.
            let wanted = min(buffer.count - filled, limit + 1 - total)
            var failure: Int32 = 0
            let count = buffer.withUnsafeMutableBytes { bytes in
                let count = systemRead(fd, bytes.baseAddress! + filled, wanted)
                if count < 0 { failure = errno }
                return count
            }
            if count < 0 {
                if failure == EINTR { continue }
                return .failure(.system(failure))
            }
            if count == 0 { break }
            filled += count
            total += count
            if total > limit { return .failure(.tooLarge(total)) }
        }
        if filled > 0 { try body(buffer.prefix(filled)) }
        return .success(())
    }

    /// The offset just after the last newline of `bytes`, or nil when there is none.
    private static func endOfLastLine(in bytes: Data) -> Int? {
        bytes.withUnsafeBytes { buffer in
            var offset = buffer.count
            while offset > 0 {
                if buffer[offset - 1] == 0x0A { return offset }
                offset -= 1
            }
            return nil
        }
    }
}
