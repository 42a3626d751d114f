import Foundation
import Ingest
import ModelCatalog

/// Decides whether a downloaded snapshot — one body, or every page of a paged listing — is
/// usable, and counts its models. Fetch takes it as a value so that each source's format
/// reader (or, until one exists, a plain JSON check) decides, and tests can use a tiny one.
public struct SnapshotValidator: Sendable {
    /// What the check is, for output ("litellm reader", "JSON document").
    public var name: String
    /// Counts the models of a snapshot's files (paths relative to the snapshot folder, or
    /// the empty path for a single-file snapshot).
    private let count: @Sendable ([Snapshot.File]) throws -> Int

    /// A validator from a function that returns one body's model count or throws why the
    /// body is unusable; a paged snapshot must pass it page by page, and its count is the sum.
    public init(name: String, count: @escaping @Sendable (Data) throws -> Int) {
        self.name = name
        self.count = { files in try files.reduce(0) { $0 + (try count($1.data)) } }
    }

    /// A validator that sees every file of the snapshot at once (a reader of paged listings).
    public init(name: String, countFiles: @escaping @Sendable ([Snapshot.File]) throws -> Int) {
        self.name = name
        self.count = countFiles
    }

    /// The number of models in a single-file snapshot; throws when the body is not usable.
    public func modelCount(_ data: Data) throws -> Int {
        try count([Snapshot.File(path: "", data: data)])
    }

    /// The number of models in a paged snapshot, its page files in order (paths are the
    /// file names inside the snapshot folder); throws when the pages are not usable together.
    public func modelCount(pages: [Snapshot.File]) throws -> Int {
        try count(pages)
    }

    /// The fallback for formats without a reader: every page must be a JSON document; the
    /// count is the length of its `data` array when it has one, else of its top-level
    /// object or array.
    public static let jsonDocument = SnapshotValidator(name: "JSON document") { data in
        switch try JSONValue.parse(data, file: "response body") {
        case .object(let object):
            if let items = object["data"]?.arrayValue { return items.count }
            return object.count
        case .array(let items):
            return items.count
        default:
            throw Diagnostic.error("response body", "expected a JSON object or array at the top level")
        }
    }

    /// A validator that reads the snapshot with a listing reader, as `build` would (a paged
    /// snapshot as the files of the folder at `path`); the count is its `recordCount`.
    public static func reader(_ reader: any ListingReader, sourceID: String, path: String) -> SnapshotValidator {
        SnapshotValidator(name: "\(type(of: reader).format.rawValue) reader", countFiles: { files in
            let snapshot =
                files.count == 1 && files[0].path.isEmpty
                ? Snapshot(sourceID: sourceID, path: path, data: files[0].data)
                : Snapshot(sourceID: sourceID, files: files.map { Snapshot.File(path: "\(path)/\($0.path)", data: $0.data) })
            return try reader.read(snapshot).recordCount
        })
    }
}
