/// A heading of a note: what the table of contents lists and what an anchor points at.
public struct NoteHeading: Sendable, Hashable, Codable {
    /// 1 for `#`, 2 for `##`, and so on.
    public var level: Int
    /// The `id` attribute given to the heading in the HTML: slugified from its text and
    /// unique within the note (`pricing`, `pricing-2`), so `#pricing` links to it.
    public var id: String
    /// The heading as plain text (smart punctuation applied, markup dropped).
    public var title: String
    /// The line of the heading in the note file.
    public var line: Int

    /// Creates a heading entry.
    public init(level: Int, id: String, title: String, line: Int) {
        self.level = level
        self.id = id
        self.title = title
        self.line = line
    }
}
