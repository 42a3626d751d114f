import FileSystem
import Foundation
import ModelCatalog

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a site into its output folder atomically: the files go to a temporary sibling
/// folder, which then replaces the old one. A failed or killed build leaves the previous
/// site complete.
///
/// - A lock file `<output>.lock` beside the folder (created with `O_EXCL`, holding the pid)
///   stops two builds from writing the same output at once; a lock left by a process that is
///   no longer running is stale and taken over.
/// - Staging folders left by killed builds (`.<name>.staging-<pid>`, `.<name>.old-<pid>`)
///   are removed on the next run, and a previous site left only as `.old-` (a build killed
///   between the two renames of the fallback swap) is put back first.
/// - Every path is checked before anything is written: relative, no `..`, no NUL, bounded
///   length, and no two paths equal ignoring case (they would overwrite each other on a
///   case-insensitive file system).
/// - On Linux the swap is one `renameat2(RENAME_EXCHANGE)`, so `site/` never disappears.
/// - A file whose bytes equal the file at the same path in the previous site is not
///   rewritten: the previous file is hard-linked into the new folder, so it keeps its inode
///   and modification time (incremental deploys and file watchers see no churn).
/// - A streamed file (``OutputFile/Content/stream(_:)``) is never in memory whole: its
///   producer writes through a 64 KB buffer, compared chunk by chunk with the previous file
///   (``StagedFile``), on a background thread while the next batches are made
///   (``StreamedFileQueue``); the swap waits for it.
public struct OutputFolder: Sendable {
    /// What a write did.
    public struct WriteSummary: Sendable, Equatable {
        /// Files in the new site.
        public var files = 0
        /// Files written with new bytes (new paths or changed contents).
        public var rewritten = 0
        /// Files kept from the previous site because their bytes did not change.
        public var kept: Int { files - rewritten }
    }

    /// The longest path component written (most file systems allow 255 bytes).
    public static let maximumComponentBytes = 255
    /// The longest relative path written.
    public static let maximumPathBytes = 1024

    /// The output folder.
    public let url: URL

    /// An output folder at `url` (not created until ``write(_:)``).
    public init(url: URL) {
        self.url = url.standardizedFileURL
    }

    /// The lock file beside the output folder: `<output>.lock`.
    public var lockURL: URL {
        url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".lock")
    }

    /// Checks every path, then writes every file into a staging folder and swaps it into place.
    @discardableResult
    public func write(_ files: [OutputFile]) throws(DiagnosticsError) -> WriteSummary {
        let problems = Self.check(files)
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return try write { emit in try emit(files) }
    }

    /// Writes the files `produce` hands to `emit`, batch by batch (so a large site never sits
    /// in memory whole), each batch's paths checked first, then swaps the new folder into
    /// place. When `produce`, a check or a write fails, the previous site stays as it was.
    @discardableResult
    public func write(_ produce: (_ emit: ([OutputFile]) throws -> Void) throws -> Void) throws(DiagnosticsError) -> WriteSummary {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw DiagnosticsError([.error(url.path, "cannot create the folder the site goes in: \(error.localizedDescription)")])
        }
        let lock = try OutputLock.acquire(lockURL, output: url.path)
        defer { lock.release() }
        recoverFromKilledBuilds()
        return try writeLocked(produce)
    }

    /// The problems with the paths of `files`, or nothing: a path that could leave the
    /// output folder, and two paths equal ignoring case (naming what produced each).
    public static func check(_ files: [OutputFile]) -> [Diagnostic] {
        var seen: [String: SeenPath] = [:]
        return check(files, seen: &seen)
    }

    /// A path already written and what produced it (not the file: its bytes are not kept).
    struct SeenPath {
        let path: String
        let origin: String?
    }

    /// ``check(_:)`` of one batch, `seen` holding the paths of the batches before it (folded to lowercase).
    static func check(_ files: [OutputFile], seen: inout [String: SeenPath]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for file in files {
            if let problem = pathProblem(file.path) {
                problems.append(.error("site", at: file.origin, "refused output path '\(printable(file.path))': \(problem)"))
                continue
            }
            let folded = file.path.lowercased()
            if let first = seen[folded] {
                let what = first.path == file.path ? "the same path" : "paths equal ignoring case"
                problems.append(.error(
                    "site", at: file.origin,
                    "\(what): '\(file.path)' (\(file.origin ?? "site file")) and '\(first.path)' (\(first.origin ?? "site file")); one would overwrite the other"))
            } else {
                seen[folded] = SeenPath(path: file.path, origin: file.origin)
            }
        }
        return problems
    }

    /// Why a relative output path is refused, or nil when it is safe.
    public static func pathProblem(_ path: String) -> String? {
        if path.isEmpty { return "empty path" }
        if path.utf8.contains(0) { return "contains a NUL byte" }
        if path.hasPrefix("/") { return "absolute path" }
        if path.utf8.count > maximumPathBytes { return "longer than \(maximumPathBytes) bytes" }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty { return "empty path component" }
            if component == "." || component == ".." { return "'\(component)' component" }
            if component.utf8.count > maximumComponentBytes { return "a component longer than \(maximumComponentBytes) bytes" }
            if component.utf8.contains(UInt8(ascii: "\\")) { return "contains a backslash" }
        }
        return nil
    }

    private static func printable(_ path: String) -> String {
        let shown = path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7f ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
        return shown.count > 120 ? String(shown.prefix(120)) + "…" : shown
    }

    private var stagingPrefix: String { ".\(url.lastPathComponent).staging-" }
    private var retiredPrefix: String { ".\(url.lastPathComponent).old-" }

    /// Puts back a previous site a killed build left retired, and removes leftover staging
    /// folders. Runs with the lock held, so no other build is using them.
    func recoverFromKilledBuilds() {
        let fileManager = FileManager.default
        let parent = url.deletingLastPathComponent()
        let names = ((try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        let retired = names.filter { $0.hasPrefix(retiredPrefix) }
        if !fileManager.fileExists(atPath: url.path), let last = retired.last {
            try? fileManager.moveItem(at: parent.appendingPathComponent(last), to: url)
        }
        for name in names where name.hasPrefix(stagingPrefix) || name.hasPrefix(retiredPrefix) {
            try? fileManager.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    private func writeLocked(_ produce: (_ emit: ([OutputFile]) throws -> Void) throws -> Void) throws(DiagnosticsError) -> WriteSummary {
        let fileManager = FileManager.default
        let parent = url.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(stagingPrefix + "\(pid)")
        let retired = parent.appendingPathComponent(retiredPrefix + "\(pid)")
        let streams = StreamedFileQueue()
        do {
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            let stagingRoot = staging.standardizedFileURL.path + "/"
            let previous = fileManager.fileExists(atPath: url.path) ? url.path : nil
            var created: Set<String> = []
            var seen: [String: SeenPath] = [:]
            var summary = WriteSummary()
            try produce { files in
                let problems = Self.check(files, seen: &seen)
                if !problems.isEmpty { throw DiagnosticsError(problems) }
                do {
                    try streams.check()
                    for file in files {
                        let target = staging.appendingPathComponent(file.path).standardizedFileURL
                        guard target.path.hasPrefix(stagingRoot) else {
                            throw DiagnosticsError([.error("site", at: file.origin, "refused output path '\(file.path)': it leaves the output folder")])
                        }
                        let folder = target.deletingLastPathComponent().path
                        if created.insert(folder).inserted {
                            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                        }
                    }
                    summary.files += files.count
                    // Streamed files go to the background queue; the rest are placed now.
                    streams.enqueue(files, staging: staging.path, previous: previous)
                    summary.rewritten += try Self.place(files, into: staging.path, previous: previous)
                } catch let error as DiagnosticsError {
                    throw error
                } catch {
                    throw WriteFailure(underlying: error)
                }
            }
            do {
                summary.rewritten += try streams.finish()
            } catch {
                throw WriteFailure(underlying: error)
            }
            BuildHook.pause(after: "staging")
            if fileManager.fileExists(atPath: url.path) {
                if FolderSwap.exchange(staging.path, url.path) {
                    BuildHook.pause(after: "swap")
                    try? fileManager.removeItem(at: staging)
                } else {
                    try fileManager.moveItem(at: url, to: retired)
                    BuildHook.pause(after: "retire")
                    try fileManager.moveItem(at: staging, to: url)
                    try? fileManager.removeItem(at: retired)
                }
            } else {
                try fileManager.moveItem(at: staging, to: url)
            }
            return summary
        } catch {
            streams.cancel()
            try? fileManager.removeItem(at: staging)
            if !fileManager.fileExists(atPath: url.path), fileManager.fileExists(atPath: retired.path) {
                try? fileManager.moveItem(at: retired, to: url)
            }
            if let error = error as? DiagnosticsError { throw error }
            if let failure = error as? WriteFailure, let producer = failure.underlying as? FileProducerError {
                throw DiagnosticsError([.error(producer.path, at: producer.origin, "could not produce the file: \(producer.underlying)")])
            }
            if let failure = error as? WriteFailure {
                throw DiagnosticsError([.error(url.path, "could not write the site: \(failure.underlying.localizedDescription)")])
            }
            if !(error is CocoaError) { throw DiagnosticsError([.error("site", "rendering failed: \(error)")]) }
            throw DiagnosticsError([.error(url.path, "could not write the site: \(error.localizedDescription)")])
        }
    }

    /// Runs a streamed file's producer into the staging folder through a buffered
    /// ``JSONWriter`` and a ``StagedFile`` (compared with the previous site's file chunk by
    /// chunk, hard-linked when equal). Returns whether the file was written (not linked).
    static func placeStreamed(_ file: OutputFile, _ produce: OutputFile.Producer, into staging: String, previous: String?) throws -> Bool {
        let sink = StagedFile(path: staging + "/" + file.path, previousPath: previous.map { $0 + "/" + file.path })
        var writer = JSONWriter(sink: sink)
        do {
            try produce(&writer)
        } catch {
            throw FileProducerError(path: file.path, origin: file.origin, underlying: error)
        }
        try writer.finish()
        return try sink.finish()
    }

    /// Puts every in-memory file into the staging folder, on every core: a hard link to the
    /// previous site's file when its bytes are the same, else the new bytes (streamed files
    /// are skipped: ``StreamedFileQueue`` places them). Returns how many were written.
    private static func place(_ files: [OutputFile], into staging: String, previous: String?) throws -> Int {
        let chunk = 256
        let chunks = (files.count + chunk - 1) / chunk
        let outcome = PlaceOutcome()
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            var rewritten = 0
            for file in files[(index * chunk)..<min(files.count, (index + 1) * chunk)] {
                let placement = withBytes(of: file.content) { bytes in
                    placeBytes(bytes, at: staging + "/" + file.path, previous: previous.map { $0 + "/" + file.path })
                }
                switch placement {
                case nil, .linked?: continue
                case .written?: rewritten += 1
                case .failed(let error)?:
                    outcome.fail(error)
                    return
                }
            }
            outcome.add(rewritten)
        }
        return try outcome.result()
    }

    /// How an in-memory file got into the staging folder.
    private enum Placement {
        /// Hard-linked to the previous site's file with the same bytes.
        case linked
        /// Written with its new bytes.
        case written
        /// Not placed: the write failed.
        case failed(FileWriteError)
    }

    /// Links the previous site's file at `target` when it holds the same bytes, else writes them.
    private static func placeBytes(_ bytes: UnsafeRawBufferPointer, at target: String, previous: String?) -> Placement {
        if let previous, unchanged(bytes, at: previous), link(previous, target) == 0 { return .linked }
        if let error = writeFile(bytes, to: target) { return .failed(error) }
        return .written
    }

    /// Runs `body` on an in-memory file's bytes (a text's UTF-8 without a copy); nil for a
    /// streamed file, which ``StreamedFileQueue`` places.
    private static func withBytes<R>(of content: OutputFile.Content, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        switch content {
        case .bytes(let data):
            return data.withUnsafeBytes(body)
        case .text(var text):
            return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        case .stream:
            return nil
        }
    }

    /// Creates (or truncates) the file at `path` and writes `bytes` with plain `write(2)` calls;
    /// the error, if any. No `fsync` per file: the site is rebuilt from its inputs, and the
    /// folder swap, not the flush, is what keeps a failed build from showing.
    static func writeFile(_ bytes: UnsafeRawBufferPointer, to path: String) -> FileWriteError? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return FileWriteError(path: path, code: errno) }
        var failure = FileWriting.writeAll(fd, bytes)
        if close(fd) != 0, failure == 0 { failure = errno }
        return failure == 0 ? nil : FileWriteError(path: path, code: failure)
    }

    /// Whether the regular file at `path` holds exactly `bytes`.
    private static func unchanged(_ bytes: UnsafeRawBufferPointer, at path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        guard let existing = FileManager.default.contents(atPath: path) else { return false }
        return existing.withUnsafeBytes { old in bytes.isEmpty || memcmp(old.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }
}

/// The lock file that keeps two builds from writing the same output folder at once.
struct OutputLock {
    let url: URL

    /// Creates the lock file with `O_EXCL`; a lock whose pid is no longer running is removed
    /// and taken over once.
    static func acquire(_ url: URL, output: String) throws(DiagnosticsError) -> OutputLock {
        let pid = ProcessInfo.processInfo.processIdentifier
        for attempt in 0..<2 {
            let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if fd >= 0 {
                let text = "\(pid)\n"
                _ = text.withCString { write(fd, $0, strlen($0)) }
                close(fd)
                return OutputLock(url: url)
            }
            guard errno == EEXIST else {
                throw DiagnosticsError([.error(url.path, "cannot create the lock file: \(String(cString: strerror(errno)))")])
            }
            let holder = (try? String(contentsOf: url, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if attempt == 0, let holder, holder > 0, !isRunning(holder) {
                try? FileManager.default.removeItem(at: url)
                continue
            }
            let who = holder.map { "another build (pid \($0))" } ?? "another build"
            throw DiagnosticsError([.error(url.path, "\(who) is writing \(output); wait for it, or remove this lock file if no build is running")])
        }
        throw DiagnosticsError([.error(url.path, "cannot take over the stale lock file")])
    }

    /// Whether a process with this pid exists.
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Removes the lock file.
    func release() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// A test hook: with `MODELCAT_TEST_PAUSE_AFTER=<stage>` set, the build sleeps for a long
/// time after that stage, so a test can kill it there. Stages: `ingest`, `render`, `staging`
/// (every file written to the staging folder), `swap` (after the exchange, before the old
/// site is removed), `retire` (fallback swap: old site moved aside, new not yet in place).
public enum BuildHook {
    /// Sleeps when the environment asks for a pause after `stage`; prints a line first so the
    /// test knows the build reached it.
    public static func pause(after stage: String) {
        guard let wanted = ProcessInfo.processInfo.environment["MODELCAT_TEST_PAUSE_AFTER"], wanted == stage else { return }
        FileHandle.standardError.write(Data("paused after \(stage)\n".utf8))
        Thread.sleep(forTimeInterval: 60)
    }
}
/// An error writing a file or folder, told apart from an error of the producer.
private struct WriteFailure: Error {
    let underlying: any Error
}

/// A streamed file whose producer failed: the file's path, what made it, and the producer's error.
struct FileProducerError: LocalizedError {
    let path: String
    let origin: String?
    let underlying: any Error

    var errorDescription: String? { "could not produce \(path): \(underlying)" }
}

/// A file that could not be written, with the system's reason.
struct FileWriteError: LocalizedError {
    let path: String
    let code: Int32

    var errorDescription: String? { "cannot write \(path): \(String(cString: strerror(code)))" }
}

/// The counts and first error of the concurrent placing of files.
private final class PlaceOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var rewritten = 0
    private var error: (any Error)?

    func add(_ count: Int) {
        lock.lock()
        rewritten += count
        lock.unlock()
    }

    func fail(_ error: any Error) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }

    func result() throws -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let error { throw error }
        return rewritten
    }
}
