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
/// A file whose bytes equal the file at the same path in the previous site is not
/// rewritten: the previous file is hard-linked into the new folder, so it keeps its inode
/// and modification time (incremental deploys and file watchers see no churn).
public struct OutputFolder: Sendable {
    public let url: URL

    /// What a write did.
    public struct WriteSummary: Sendable, Equatable {
        /// Files in the new site.
        public var files = 0
        /// Files written with new bytes (new paths or changed contents).
        public var rewritten = 0
        /// Files kept from the previous site because their bytes did not change.
        public var kept: Int { files - rewritten }
    }

    public init(url: URL) {
        self.url = url.standardizedFileURL
    }

    /// Writes every file, then swaps the new folder into place. Unchanged files are linked
    /// from the previous site instead of written.
    @discardableResult
    public func write(_ files: [OutputFile]) throws(DiagnosticsError) -> WriteSummary {
        try write { emit in try emit(files) }
    }

    /// Writes the files `produce` hands to `emit`, batch by batch (so a large site never
    /// sits in memory whole), then swaps the new folder into place. Paths must not repeat.
    /// When `produce` or a write fails, the previous site stays as it was and the error is
    /// rethrown: a ``DiagnosticsError`` as it is, any other error as a diagnostic.
    @discardableResult
    public func write(_ produce: (_ emit: ([OutputFile]) throws -> Void) throws -> Void) throws(DiagnosticsError) -> WriteSummary {
        let fileManager = FileManager.default
        let parent = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            let previous = fileManager.fileExists(atPath: url.path) ? url.path : nil
            var created: Set<String> = [""]
            var summary = WriteSummary()
            try produce { files in
                do {
                    for file in files {
                        guard let slash = file.path.lastIndex(of: "/") else { continue }
                        let folder = String(file.path[..<slash])
                        if created.insert(folder).inserted {
                            try fileManager.createDirectory(atPath: staging.path + "/" + folder, withIntermediateDirectories: true)
                        }
                    }
                    summary.files += files.count
                    summary.rewritten += try Self.place(files, into: staging.path, previous: previous)
                } catch {
                    throw WriteFailure(underlying: error)
                }
            }
            if previous != nil {
                try fileManager.moveItem(at: url, to: retired)
                try fileManager.moveItem(at: staging, to: url)
                try? fileManager.removeItem(at: retired)
            } else {
                try fileManager.moveItem(at: staging, to: url)
            }
            return summary
        } catch {
            try? fileManager.removeItem(at: staging)
            if !fileManager.fileExists(atPath: url.path), fileManager.fileExists(atPath: retired.path) {
                try? fileManager.moveItem(at: retired, to: url)
            }
            if let diagnostics = error as? DiagnosticsError { throw diagnostics }
            if let failure = error as? WriteFailure {
                throw DiagnosticsError([.error(url.path, "could not write the site: \(failure.underlying.localizedDescription)")])
            }
            if !(error is CocoaError) { throw DiagnosticsError([.error("site", "rendering failed: \(error)")]) }
            throw DiagnosticsError([.error(url.path, "could not write the site: \(error.localizedDescription)")])
        }
    }

    /// Puts every file into the staging folder, on every core: a hard link to the previous
    /// site's file when its bytes are the same, else the new bytes. Returns how many were written.
    private static func place(_ files: [OutputFile], into staging: String, previous: String?) throws -> Int {
        let chunk = 256
        let chunks = (files.count + chunk - 1) / chunk
        let outcome = PlaceOutcome()
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            var rewritten = 0
            for file in files[(index * chunk)..<min(files.count, (index + 1) * chunk)] {
                let target = staging + "/" + file.path
                if let previous, unchanged(file.data, at: previous + "/" + file.path), link(previous + "/" + file.path, target) == 0 {
                    continue
                }
                do {
                    try file.data.write(to: URL(fileURLWithPath: target))
                    rewritten += 1
                } catch {
                    outcome.fail(error)
                    return
                }
            }
            outcome.add(rewritten)
        }
        return try outcome.result()
    }

    /// Whether the regular file at `path` holds exactly `data`.
    private static func unchanged(_ data: Data, at path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == data.count else { return false }
        guard let existing = FileManager.default.contents(atPath: path) else { return false }
        return existing == data
    }
}

/// An error writing a file or folder, told apart from an error of the producer.
private struct WriteFailure: Error {
    let underlying: any Error
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
