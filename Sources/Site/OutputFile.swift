import Foundation

/// One file of the built site: a path relative to the output folder and its bytes, either
/// held in memory or written on demand by a producer (large JSON files, streamed to disk by
/// ``OutputFolder`` so they are never in memory whole).
public struct OutputFile: Sendable {
    /// Writes a streamed file's bytes, in order, to the writer it is given.
    public typealias Producer = @Sendable (inout JSONWriter) throws -> Void

    /// A file's bytes: in memory, or made by a producer when the file is written.
    public enum Content: Sendable {
        /// The whole file.
        case bytes(Data)
        /// The whole file as text, written as its UTF-8 (a rendered page, not copied into a
        /// `Data` first: the largest are tens of megabytes).
        case text(String)
        /// A producer that writes the file through a ``JSONWriter`` (which flushes to the file
        /// in chunks); it may run on any thread, once per write.
        case stream(Producer)
    }

    /// A relative path made only through ``SitePath``, so it stays inside the output folder.
    public var path: String
    /// The bytes, or what makes them.
    public var content: Content
    /// What produced the file (`model openai/gpt-4o`, `provider together`), named when two
    /// files would land on the same path; nil for site-wide files.
    public var origin: String?

    /// A file at `path` with its bytes and, optionally, what produced it.
    public init(path: String, data: Data, origin: String? = nil) {
        self.path = path
        self.content = .bytes(data)
        self.origin = origin
    }

    /// A file at `path` with its text (written as UTF-8) and, optionally, what produced it.
    public init(path: String, text: String, origin: String? = nil) {
        self.path = path
        self.content = .text(text)
        self.origin = origin
    }

    /// A file at `path` whose bytes `produce` writes when the file is written (streamed).
    public init(path: String, origin: String? = nil, stream produce: @escaping Producer) {
        self.path = path
        self.content = .stream(produce)
        self.origin = origin
    }

    /// The file's bytes: the data, or a streamed file's producer run into memory. For tests
    /// and small files; ``OutputFolder`` streams a producer's bytes to disk instead.
    public func bytes() throws -> Data {
        switch content {
        case .bytes(let data):
            return data
        case .text(let text):
            return Data(text.utf8)
        case .stream(let produce):
            var writer = JSONWriter()
            try produce(&writer)
            try writer.finish()
            return writer.data()
        }
    }
}
