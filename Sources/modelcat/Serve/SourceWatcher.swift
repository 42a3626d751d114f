import Foundation

/// Notices changes under folders by polling: a fingerprint of every file's path, size and
/// modification time. Cheap for a catalog and a templates folder; no platform file events.
struct SourceWatcher: Sendable {
    /// The folders watched.
    let folders: [URL]

    /// The current fingerprint; it differs from an earlier one when any file was added,
    /// removed, resized or modified.
    func fingerprint() -> [String] {
        var out: [String] = []
        let fileManager = FileManager.default
        for folder in folders {
            guard let items = fileManager.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey]) else { continue }
            while let item = items.nextObject() as? URL {
                let values = try? item.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                let time = values?.contentModificationDate?.timeIntervalSince1970 ?? 0
                out.append("\(item.path)|\(values?.fileSize ?? -1)|\(time)")
            }
        }
        return out.sorted()
    }
}
