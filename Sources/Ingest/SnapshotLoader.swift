import Foundation
import ModelCatalog

/// Reads a file or a folder from disk into a ``Snapshot``: the one place in Ingest that does I/O,
/// used by `modelcat ingest` and by tests of real data.
///
/// A folder's files are taken in path order (page files named `page-1.json`, `page-2.json`, ...
/// sort numerically: a run of digits compares as a number). Hidden files are left out.
/// A symbolic link becomes a file with `linkTarget` set and no data, so readers resolve it within the snapshot.
public enum SnapshotLoader {
    /// Loads `url` as the snapshot of `sourceID`; file paths are relative to the folder
    /// (or the file's own name for a single file).
    public static func load(_ url: URL, sourceID: String) throws(DiagnosticsError) -> Snapshot {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw DiagnosticsError([.error(url.path, "no such file or folder")])
        }
        guard isFolder.boolValue else {
            return Snapshot(sourceID: sourceID, path: url.lastPathComponent, data: try read(url, name: url.lastPathComponent))
        }
        let base = url.standardizedFileURL.path
        var relatives: [String] = []
        if let enumerator = manager.enumerator(atPath: base) {
            while let item = enumerator.nextObject() as? String {
                if isHidden(item) { continue }
                relatives.append(item)
            }
        }
        var files: [Snapshot.File] = []
        for relative in relatives.sorted(by: precedes) {
            let path = base + "/" + relative
            if let target = try? manager.destinationOfSymbolicLink(atPath: path) {
                files.append(Snapshot.File(path: relative, data: Data(), linkTarget: target))
                continue
            }
            var folder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &folder), !folder.boolValue else { continue }
            files.append(Snapshot.File(path: relative, data: try read(URL(fileURLWithPath: path), name: relative)))
        }
        if files.isEmpty { throw DiagnosticsError([.error(url.path, "the folder holds no files")]) }
        return Snapshot(sourceID: sourceID, files: files)
    }

    /// The order of a folder snapshot's files: by path, a run of digits comparing as a number,
    /// so `page-2.json` comes before `page-10.json`. Every reader of folder snapshots uses it.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: .numeric) == .orderedAscending
    }

    /// Whether a path inside a folder snapshot is left out: any component starting with `.`
    /// (hidden files, and the staging folders `fetch` writes beside snapshots).
    public static func isHidden(_ relative: String) -> Bool {
        relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
    }

    static func read(_ url: URL, name: String) throws(DiagnosticsError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw DiagnosticsError([.error(name, "cannot read: \(error.localizedDescription)")])
        }
    }
}
