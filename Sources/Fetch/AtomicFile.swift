import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that readers see either the old or the new contents, never a mix:
/// write a temporary file in the same folder, fsync it, rename it over the target, fsync
/// the folder.
enum AtomicFile {
    /// Why a write failed, with the OS message.
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "cannot write \(path): \(message)" }
    }

    /// Writes `data` to `url` atomically, creating the parent folder if needed.
    static func write(_ data: Data, to url: URL) throws(WriteError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: url.path, message: error.localizedDescription)
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        var failure = ""
        var ok = true
        do throws(WriteError) {
            try writeNew(data, to: temporary)
        } catch {
            ok = false
            failure = error.message
        }
        if ok, rename(temporary.path, url.path) != 0 {
            ok = false
            failure = String(cString: strerror(errno))
        }
        guard ok else {
            unlink(temporary.path)
            throw WriteError(path: url.path, message: failure)
        }
        syncFolder(folder)
    }

    /// Creates the file `url` (which must not exist) holding `data`, and fsyncs it; on
    /// failure the partial file is removed.
    static func writeNew(_ data: Data, to url: URL) throws(WriteError) {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw WriteError(path: url.path, message: String(cString: strerror(errno))) }
        var ok = true
        var failure = ""
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count, let base = raw.baseAddress {
                let written = Glibc.write(fd, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    ok = false
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if ok, fsync(fd) != 0 {
            ok = false
            failure = String(cString: strerror(errno))
        }
        close(fd)
        guard ok else {
            unlink(url.path)
            throw WriteError(path: url.path, message: failure)
        }
    }

    /// Flushes a folder's entries (new names, renames) to disk; best effort.
    static func syncFolder(_ folder: URL) {
        let dirfd = open(folder.path, O_RDONLY)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }
}
