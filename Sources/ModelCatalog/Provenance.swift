/// Where a fact came from: which source, which file, and where in that file.
public struct Provenance: Hashable, Comparable, Sendable, Codable {
    /// The source id from `catalog.toml` (such as `litellm`), or `providers/<id>` for a hand-written table.
    public var source: String
    /// The file path relative to the catalog folder, such as `sources/litellm.json`.
    public var file: String
    /// The key path of the entry inside the file, such as `["gpt-4o"]` or `data[12]`.
    public var keyPath: String

    public init(source: String, file: String, keyPath: String) {
        self.source = source
        self.file = file
        self.keyPath = keyPath
    }

    /// `source (file key path)`, leaving out an empty key path: how reports name a fact's origin.
    public var text: String {
        "\(source) (\(keyPath.isEmpty ? file : "\(file) \(keyPath)"))"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.source, lhs.file, lhs.keyPath) < (rhs.source, rhs.file, rhs.keyPath)
    }
}
