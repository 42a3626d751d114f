import Foundation

/// What `fetch` keeps beside a snapshot (`<snapshot>.meta.json`) to make the next request
/// conditional: the validators the server sent and the URL (redacted) they belong to.
/// Never holds a key; written with sorted keys so it diffs cleanly.
public struct SnapshotMeta: Codable, Sendable, Equatable {
    /// The URL the snapshot came from, with secrets redacted.
    public var url: String
    /// The `ETag` of the response, if any.
    public var etag: String?
    /// The `Last-Modified` of the response, if any.
    public var lastModified: String?

    enum CodingKeys: String, CodingKey {
        case url
        case etag
        case lastModified = "last_modified"
    }

    /// A record for a response from `url`.
    public init(url: String, etag: String?, lastModified: String?) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }

    /// The meta file's path for a snapshot file.
    public static func path(forSnapshot snapshot: URL) -> URL {
        snapshot.deletingLastPathComponent().appendingPathComponent(snapshot.lastPathComponent + ".meta.json")
    }

    /// The conditional request headers this record allows.
    var conditionalHeaders: [String] {
        var headers: [String] = []
        if let etag { headers.append("If-None-Match: \(etag)") }
        if let lastModified { headers.append("If-Modified-Since: \(lastModified)") }
        return headers
    }

    /// The file contents: pretty, sorted keys, ending in a newline.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
