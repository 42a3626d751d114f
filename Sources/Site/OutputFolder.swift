import Foundation
import ModelCatalog

/// Writes a site into its output folder atomically: the files go to a temporary sibling
/// folder, which then replaces the old one. A failed or killed build leaves the previous
/// site complete.
public struct OutputFolder: Sendable {
    public let url: URL

    public init(url: URL) {
        self.url = url.standardizedFileURL
    }

    /// Writes every file, then swaps the new folder into place.
    public func write(_ files: [OutputFile]) throws(DiagnosticsError) {
        let fileManager = FileManager.default
        let parent = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            var created: Set<String> = []
            for file in files {
                let target = staging.appendingPathComponent(file.path)
                let folder = target.deletingLastPathComponent().path
                if created.insert(folder).inserted {
                    try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                try file.data.write(to: target)
            }
            if fileManager.fileExists(atPath: url.path) {
                try fileManager.moveItem(at: url, to: retired)
                try fileManager.moveItem(at: staging, to: url)
                try? fileManager.removeItem(at: retired)
            } else {
                try fileManager.moveItem(at: staging, to: url)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            if !fileManager.fileExists(atPath: url.path), fileManager.fileExists(atPath: retired.path) {
                try? fileManager.moveItem(at: retired, to: url)
            }
            throw DiagnosticsError([.error(url.path, "could not write the site: \(error.localizedDescription)")])
        }
    }
}
