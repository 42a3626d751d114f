import Foundation
import ModelCatalog
import Pipeline
import Site

/// One side of `modelcat diff`: a catalog folder, a built `catalog.json` (or a site folder
/// holding one), or the catalog folder at a git revision of the current repository.
enum DiffInput: Sendable {
    case path(String)
    case revision(String, catalogPath: String)

    /// A label for reports.
    var label: String {
        switch self {
        case .path(let path): path
        case .revision(let revision, _): revision
        }
    }

    /// Loads the side as a normalized catalog.
    func load() throws(DiffInputError) -> Catalog {
        switch self {
        case .path(let path): return try Self.loadPath(path)
        case .revision(let revision, let catalogPath): return try Self.loadRevision(revision, catalogPath: catalogPath)
        }
    }

    static func loadPath(_ path: String) throws(DiffInputError) -> Catalog {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { throw .notFound(path) }
        if !isFolder.boolValue { return try loadJSON(url, name: path) }
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("catalog.toml").path) { return try loadFolder(url, name: path) }
        let json = url.appendingPathComponent("catalog.json")
        if FileManager.default.fileExists(atPath: json.path) { return try loadJSON(json, name: json.path) }
        throw .notACatalog(path)
    }

    static func loadFolder(_ url: URL, name: String) throws(DiffInputError) -> Catalog {
        let pipeline = BuildPipeline(catalogFolder: url, templatesFolder: url.appendingPathComponent("templates"))
        do {
            return try pipeline.loadCatalog().0
        } catch {
            throw .invalidCatalog(name, error)
        }
    }

    static func loadJSON(_ url: URL, name: String) throws(DiffInputError) -> Catalog {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(name, error.localizedDescription) }
        do {
            return try CatalogJSONReader.read(data, file: name)
        } catch {
            throw .invalidCatalog(name, error)
        }
    }

    /// Extracts `catalogPath` at `revision` into a temporary folder with `git archive`
    /// (the working tree and index are never touched), then loads it as a folder.
    static func loadRevision(_ revision: String, catalogPath: String) throws(DiffInputError) -> Catalog {
        let top: String
        do {
            top = try git(["rev-parse", "--show-toplevel"], in: nil).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw .git(revision, "not inside a git repository: \(error.message)")
        }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("modelcat-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let archive = temporary.appendingPathComponent("catalog.tar")
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            // The prefix in the repository of the current folder is irrelevant: paths are from the top.
            _ = try git(["archive", "--format=tar", "--output=\(archive.path)", revision, "--", catalogPath], in: top)
            _ = try run("/usr/bin/env", ["tar", "-x", "-f", archive.path, "-C", temporary.path], in: nil)
        } catch let error as ProcessFailure {
            throw .git(revision, error.message)
        } catch {
            throw .git(revision, "\(error)")
        }
        let folder = temporary.appendingPathComponent(catalogPath)
        return try loadFolder(folder, name: "\(revision):\(catalogPath)")
    }

    struct ProcessFailure: Error { var message: String }

    static func git(_ arguments: [String], in directory: String?) throws(ProcessFailure) -> String {
        try run("/usr/bin/env", ["git"] + arguments, in: directory)
    }

    static func run(_ executable: String, _ arguments: [String], in directory: String?) throws(ProcessFailure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw ProcessFailure(message: "cannot run \(arguments.first ?? executable): \(error)") }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ProcessFailure(message: message.isEmpty ? "\(arguments.joined(separator: " ")) exited with \(process.terminationStatus)" : message)
        }
        return String(decoding: outData, as: UTF8.self)
    }
}

/// Why a side of a diff could not be loaded, naming the path or revision.
enum DiffInputError: Error, CustomStringConvertible {
    case notFound(String)
    case notACatalog(String)
    case unreadable(String, String)
    case invalidCatalog(String, DiagnosticsError)
    case git(String, String)

    var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or folder"
        case .notACatalog(let path): "\(path): not a catalog (expected a folder with catalog.toml, a catalog.json, or a folder holding one)"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .invalidCatalog(let name, let error): "\(name): cannot load the catalog:\n\(error.description)"
        case .git(let revision, let reason): "revision \(revision): \(reason)"
        }
    }
}
