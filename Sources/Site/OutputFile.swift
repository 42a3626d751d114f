import Foundation

/// One file of the built site: a path relative to the output folder and its bytes.
public struct OutputFile: Sendable {
    /// A relative path made only through ``SitePath``, so it stays inside the output folder.
    public var path: String
    public var data: Data
    /// What produced the file (`model openai/gpt-4o`, `provider together`), named when two
    /// files would land on the same path; nil for site-wide files.
    public var origin: String?

    /// A file at `path` with its bytes and, optionally, what produced it.
    public init(path: String, data: Data, origin: String? = nil) {
        self.path = path
        self.data = data
        self.origin = origin
    }
}
