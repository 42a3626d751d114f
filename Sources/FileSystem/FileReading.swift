import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Reading a whole input file with `open`/`fstat`/`read`: the readers' way in (Foundation's
/// resource values and file handles cost more than the read itself for small files).
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

    /// The bytes of the regular file at `path` (symbolic links followed), at most `limit`
    /// bytes. Opened without blocking, so a FIFO is refused instead of waited on.
    public static func contents(atPath path: String, limit: Int) -> Result<Data, Problem> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(errno == ENOENT || errno == ELOOP ? .notRegularFile : .system(errno)) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return .failure(.system(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegularFile) }
        let size = Int(status.st_size)
        guard size <= limit else { return .failure(.tooLarge(size)) }
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
}
