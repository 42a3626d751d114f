import Foundation

/// One file of the built site: a path relative to the output folder and its bytes.
public struct OutputFile: Sendable {
    /// A relative path made only through ``SitePath``, so it stays inside the output folder.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
