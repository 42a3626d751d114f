import Foundation
import Ingest
import ModelCatalog

/// Decides whether a downloaded body is a usable snapshot and counts its models. Fetch
/// takes it as a value so that each source's format reader (or, until one exists, a plain
/// JSON check) decides, and tests can use a tiny one.
public struct SnapshotValidator: Sendable {
    /// What the check is, for output ("litellm reader", "JSON document").
    public var name: String
    private let count: @Sendable (Data) throws -> Int

    /// A validator from a function that returns the model count or throws why the body is unusable.
    public init(name: String, count: @escaping @Sendable (Data) throws -> Int) {
        self.name = name
        self.count = count
    }

    /// The number of models in `data`; throws when the body is not a usable snapshot.
    public func modelCount(_ data: Data) throws -> Int {
        try count(data)
    }

    /// The fallback for formats without a reader: the body must be a JSON document; the
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

    /// A validator that reads the body with a listing reader; the count is its `recordCount`.
    public static func reader(_ reader: any ListingReader, sourceID: String, path: String) -> SnapshotValidator {
        SnapshotValidator(name: "\(type(of: reader).format.rawValue) reader") { data in
            try reader.read(Snapshot(sourceID: sourceID, path: path, data: data)).recordCount
        }
    }
}
