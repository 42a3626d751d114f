import Foundation

/// The raw bytes of one source snapshot, as read from the catalog folder:
/// one file, or several for paged listings and folder layouts (models.dev).
public struct Snapshot: Sendable {
    /// One file of a snapshot.
    public struct File: Sendable {
        /// The path relative to the catalog folder (or to the folder given to `ingest`).
        public var path: String
        public var data: Data
        /// For a symbolic link, the path it points to, relative to the snapshot root; nil otherwise.
        public var linkTarget: String?

        public init(path: String, data: Data, linkTarget: String? = nil) {
            self.path = path
            self.data = data
            self.linkTarget = linkTarget
        }
    }

    /// The source id from `catalog.toml`.
    public var sourceID: String
    /// Files in a stable order (sorted by path, or page order for paged listings).
    public var files: [File]

    public init(sourceID: String, files: [File]) {
        self.sourceID = sourceID
        self.files = files
    }

    /// A snapshot of one file.
    public init(sourceID: String, path: String, data: Data) {
        self.init(sourceID: sourceID, files: [File(path: path, data: data)])
    }
}
