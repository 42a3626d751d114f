import FileSystem
import Foundation
import Ingest

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The snapshot of a paged source: a folder holding one file per page, `page-001.json`,
/// `page-002.json`, ... (the order every reader of folder snapshots uses), read and replaced
/// as one unit. A replacement is written into a hidden staging folder beside it, every file
/// fsynced, then swapped in with one `renameat2(RENAME_EXCHANGE)` on Linux, so readers see
/// the old pages or the new ones, never a mix, and no old page lingers.
enum SnapshotFolder {
    /// The file name of page `number` (from 1) of `count` pages: zero-padded to at least
    /// three digits, so names also sort by page in a plain listing.
    static func pageName(_ number: Int, of count: Int) -> String {
        let width = max(3, String(count).count)
        let digits = String(number)
        return "page-" + String(repeating: "0", count: max(0, width - digits.count)) + digits + ".json"
    }

    /// The page files for downloaded bodies, in page order.
    static func pages(_ bodies: [Data]) -> [Snapshot.File] {
        bodies.enumerated().map { Snapshot.File(path: pageName($0.offset + 1, of: bodies.count), data: $0.element) }
    }

    /// The files of the folder snapshot at `folder` (relative paths, in reading order); nil
    /// when there is no folder there or it cannot be read.
    static func read(_ folder: URL) -> [Snapshot.File]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        return try? SnapshotLoader.load(folder, sourceID: "").files
    }

    /// Whether two snapshots hold the same files with the same bytes.
    static func same(_ a: [Snapshot.File], _ b: [Snapshot.File]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.path == $1.path && $0.data == $1.data && $0.linkTarget == $1.linkTarget }
    }

    /// Replaces whatever is at `folder` (a folder, a file, or nothing) with a folder of
    /// exactly `pages`. On failure the previous snapshot is left as it was and the staging
    /// folder is removed.
    static func replace(_ folder: URL, with pages: [Snapshot.File]) throws(AtomicFile.WriteError) {
        let manager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        let name = folder.lastPathComponent
        let tag = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(name).tmp-\(tag)")
        removeStale(name: name, in: parent)
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw AtomicFile.WriteError(path: folder.path, message: error.localizedDescription)
        }
        do throws(AtomicFile.WriteError) {
            for page in pages {
                try AtomicFile.writeNew(page.data, to: staging.appendingPathComponent(page.path))
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw AtomicFile.WriteError(path: folder.path, message: error.message)
        }
        AtomicFile.syncFolder(staging)

        var info = stat()
        if lstat(folder.path, &info) != 0 {
            guard rename(staging.path, folder.path) == 0 else {
                let message = String(cString: strerror(errno))
                try? manager.removeItem(at: staging)
                throw AtomicFile.WriteError(path: folder.path, message: message)
            }
        } else if FolderSwap.exchange(staging.path, folder.path) {
            try? manager.removeItem(at: staging)  // now the old snapshot
        } else {
            // No atomic exchange here: retire the old snapshot, move the new one in, and put
            // the old one back if that fails.
            let retired = parent.appendingPathComponent(".\(name).old-\(tag)")
            guard rename(folder.path, retired.path) == 0 else {
                let message = String(cString: strerror(errno))
                try? manager.removeItem(at: staging)
                throw AtomicFile.WriteError(path: folder.path, message: message)
            }
            guard rename(staging.path, folder.path) == 0 else {
                let message = String(cString: strerror(errno))
                _ = rename(retired.path, folder.path)
                try? manager.removeItem(at: staging)
                throw AtomicFile.WriteError(path: folder.path, message: message)
            }
            try? manager.removeItem(at: retired)
        }
        AtomicFile.syncFolder(parent)
    }

    /// Cleans up after a killed run: removes staging folders (`.<name>.tmp-<pid>-...`) of
    /// processes no longer running, and puts back a snapshot left only as `.<name>.old-<pid>-...`
    /// (killed between the two renames where there is no atomic exchange).
    private static func removeStale(name: String, in parent: URL) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() {
            for kind in ["tmp", "old"] {
                let prefix = ".\(name).\(kind)-"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count).prefix(while: \.isNumber)) else { continue }
                guard pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
                let stale = parent.appendingPathComponent(entry)
                if kind == "old", !manager.fileExists(atPath: parent.appendingPathComponent(name).path) {
                    _ = rename(stale.path, parent.appendingPathComponent(name).path)
                } else {
                    try? manager.removeItem(at: stale)
                }
            }
        }
    }
}
