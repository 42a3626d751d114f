import FileSystem
import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// The sink of a streamed file on its way into the staging folder: compares the bytes with
/// the previous site's file at the same path chunk by chunk as they come, and writes nothing
/// while they are equal. At the first difference it copies the equal prefix from the
/// previous file into the staging folder and writes on from there; when the whole file
/// matched, ``finish()`` hard-links the previous file instead (same inode and modification
/// time, as for in-memory files). Neither file is ever read or held whole.
final class StagedFile: ByteSink {
    /// The file in the staging folder.
    let path: String
    /// The file at the same path in the previous site, when there is one to compare with.
    private let previousPath: String?
    /// The previous file, open while every byte so far matched it.
    private var previous: Int32 = -1
    private var previousSize = 0
    /// The new file, open once the bytes differ (or there is nothing to compare with).
    private var output: Int32 = -1
    /// Bytes matched so far (while comparing).
    private var matched = 0
    private var scratch: [UInt8] = []

    /// A sink for the staging file at `path`, comparing with `previousPath` when given.
    init(path: String, previousPath: String?) {
        self.path = path
        self.previousPath = previousPath
        guard let previousPath else { return }
        let fd = open(previousPath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            previous = fd
            previousSize = Int(info.st_size)
        } else {
            close(fd)
        }
    }

    deinit {
        if previous >= 0 { close(previous) }
        if output >= 0 { close(output) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard !bytes.isEmpty else { return }
        if previous >= 0 {
            if matched + bytes.count <= previousSize, readPrevious(bytes.count), memcmp(scratch, bytes.baseAddress!, bytes.count) == 0 {
                matched += bytes.count
                return
            }
            try diverge()
        } else if output < 0 {
            try openOutput()
        }
        try writeAll(bytes)
    }

    /// Ends the file: links the previous file when every byte matched it, else completes the
    /// new one. Returns whether the file was written (false: the previous one was kept).
    func finish() throws -> Bool {
        if previous >= 0, matched == previousSize, let previousPath {
            close(previous)
            previous = -1
            if link(previousPath, path) == 0 { return false }
            // No hard link (another file system, too many links): a copy of the same bytes.
            previous = open(previousPath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard previous >= 0 else { throw PreviousFileReadError(path: previousPath, code: errno) }
        }
        if previous >= 0 { try diverge() }
        if output < 0 { try openOutput() }
        let status = close(output)
        output = -1
        if status != 0 { throw FileWriteError(path: path, code: errno) }
        return true
    }

    /// Reads the next `count` bytes of the previous file into `scratch`; false when it cannot.
    private func readPrevious(_ count: Int) -> Bool {
        if scratch.count < count { scratch = [UInt8](repeating: 0, count: count) }
        var done = 0
        while done < count {
            let got = scratch.withUnsafeMutableBytes { systemRead(previous, $0.baseAddress! + done, count - done) }
            if got < 0, errno == EINTR { continue }
            if got <= 0 { return false }
            done += got
        }
        return true
    }

    /// The bytes stopped matching: opens the new file and copies the matched prefix into it
    /// from the previous file (the same bytes), then stops comparing.
    private func diverge() throws {
        let source = previous
        previous = -1
        defer { close(source) }
        try openOutput()
        var offset = 0
        let chunk = 64 * 1024
        if scratch.count < chunk { scratch = [UInt8](repeating: 0, count: chunk) }
        while offset < matched {
            let want = min(chunk, matched - offset)
            let got = scratch.withUnsafeMutableBytes { pread(source, $0.baseAddress!, want, off_t(offset)) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw PreviousFileReadError(path: previousPath ?? path, code: got < 0 ? errno : EIO) }
            try scratch.withUnsafeBytes { try writeAll(UnsafeRawBufferPointer(rebasing: $0[0..<got])) }
            offset += got
        }
    }

    private func openOutput() throws {
        output = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if output < 0 { throw FileWriteError(path: path, code: errno) }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        let failure = FileWriting.writeAll(output, bytes)
        if failure != 0 { throw FileWriteError(path: path, code: failure) }
    }
}

/// A file of the previous site that could not be read back while comparing, with the system's reason.
struct PreviousFileReadError: LocalizedError {
    let path: String
    let code: Int32

    var errorDescription: String? { "cannot read \(path) of the previous site: \(String(cString: strerror(code)))" }
}
