import ModelCatalog

/// A link from a note to another page of the directory, kept with its line so that a
/// link to a model or provider the catalog does not have can be reported where it is.
public struct NoteLink: Sendable, Hashable, Codable {
    /// What a note links to.
    public enum Target: Sendable, Hashable, Codable {
        /// A model page, `/models/<author>/<slug>/` or `model:<author>/<slug>`.
        case model(ModelID)
        /// A provider page, `/providers/<id>/` or `provider:<id>`.
        case provider(String)
    }

    /// The page linked to.
    public var target: Target
    /// The destination as written in the note.
    public var destination: String
    /// The line of the link in the note file.
    public var line: Int

    /// Creates a link record.
    public init(target: Target, destination: String, line: Int) {
        self.target = target
        self.destination = destination
        self.line = line
    }
}
