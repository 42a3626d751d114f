import FileSystem
import Foundation
import Ingest
import ModelCatalog
import Site

/// The files of a catalog folder, read from disk: the only place the build reads input.
public struct CatalogFolder: Sendable {
    /// The largest snapshot file read; larger files are refused with a message, not loaded.
    public static let maximumFileSize = 512 * 1024 * 1024

    public let url: URL
    public let config: CatalogConfig

    /// Opens a catalog folder and reads its `catalog.toml`.
    public init(url: URL) throws(DiagnosticsError) {
        self.url = url.standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: self.url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw DiagnosticsError([.error(url.path, "no catalog folder here")])
        }
        let data: Data
        do { data = try Self.read(self.url.appendingPathComponent("catalog.toml"), name: "catalog.toml") } catch { throw DiagnosticsError([error]) }
        config = try CatalogConfig(data, file: "catalog.toml")
    }

    /// Reads a file of the catalog (path relative to the folder), or nil when it does not exist.
    public func optionalFile(_ path: String) throws(Diagnostic) -> Data? {
        let fileURL = url.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: fileURL.path) else { return nil }
        return try Self.read(fileURL, name: path)
    }

    /// Reads a source's snapshot: its file, or every file under its folder in path order
    /// (`SnapshotLoader.precedes`: digits compare as numbers; hidden files are left out).
    public func snapshot(of source: CatalogConfig.Source) throws(Diagnostic) -> Snapshot {
        let fileURL = url.appendingPathComponent(source.snapshot)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: fileURL.path, isDirectory: &isFolder) else {
            throw Diagnostic.error(source.snapshot, "snapshot of source '\(source.id)' not found (run `modelcat fetch --source \(source.id)`)")
        }
        guard isFolder.boolValue else {
            return Snapshot(sourceID: source.id, path: source.snapshot, data: try Self.read(fileURL, name: source.snapshot))
        }
        var files: [Snapshot.File] = []
        let enumerator = FileManager.default.enumerator(at: fileURL, includingPropertiesForKeys: [.isSymbolicLinkKey, .isRegularFileKey])
        var paths: [String] = []
        while let item = enumerator?.nextObject() as? URL { paths.append(item.path) }
        // The same order and the same files as `modelcat ingest` (SnapshotLoader): page-2 before page-10, no hidden files.
        for path in paths.sorted(by: SnapshotLoader.precedes) {
            let relative = String(path.dropFirst(fileURL.path.count + 1))
            if SnapshotLoader.isHidden(relative) { continue }
            let itemURL = URL(fileURLWithPath: path)
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                files.append(Snapshot.File(path: "\(source.snapshot)/\(relative)", data: Data(), linkTarget: target))
                continue
            }
            var folder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &folder), !folder.boolValue else { continue }
            files.append(Snapshot.File(path: "\(source.snapshot)/\(relative)", data: try Self.read(itemURL, name: "\(source.snapshot)/\(relative)")))
        }
        return Snapshot(sourceID: source.id, files: files)
    }

    /// Files of a sub-folder with an extension, as (relative path, bytes), sorted by path.
    public func files(under folder: String, withExtension ext: String) throws(Diagnostic) -> [(path: String, data: Data)] {
        // Read on every core (a catalog can hold tens of thousands of notes), kept in path order.
        let read = ConcurrentMap.map(paths(under: folder, withExtension: ext), chunk: 256) { path -> Result<(path: String, data: Data), Diagnostic> in
            Result { () throws(Diagnostic) in (path, try contents(of: path)) }
        }
        return try read.map { result throws(Diagnostic) in try result.get() }
    }

    /// The paths, relative to the catalog folder (`notes/openai/gpt-5.md`) and sorted, of a
    /// sub-folder's files with an extension, for a caller that reads each file when it needs it.
    public func paths(under folder: String, withExtension ext: String) -> [String] {
        let base = url.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var paths: [String] = []
        while let item = enumerator.nextObject() as? String {
            if item.hasSuffix(".\(ext)") { paths.append("\(folder)/\(item)") }
        }
        return paths.sorted()
    }

    /// The bytes of one file, by its path relative to the catalog folder (as ``paths(under:withExtension:)`` gives it).
    public func contents(of path: String) throws(Diagnostic) -> Data {
        try Self.read(url.appendingPathComponent(path), name: path)
    }

    static func read(_ url: URL, name: String) throws(Diagnostic) -> Data {
        // Follows symbolic links: what counts is the file read, which must be a regular file
        // (a link to /dev/zero or a FIFO would never end).
        switch FileReading.contents(atPath: url.path, limit: maximumFileSize) {
        case .success(let data): return data
        case .failure(let problem): throw diagnostic(problem, name: name)
        }
    }

    /// What a catalog file that could not be read is reported as.
    static func diagnostic(_ problem: FileReading.Problem, name: String) -> Diagnostic {
        switch problem {
        case .notRegularFile:
            .error(name, "expected a regular file, found a folder, device, pipe or broken link")
        case .tooLarge(let size):
            .error(name, "file is \(size) bytes; the limit is \(maximumFileSize) bytes")
        default:
            .error(name, "cannot read: \(problem.systemMessage ?? "\(problem)")")
        }
    }
}
