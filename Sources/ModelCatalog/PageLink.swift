/// A titled link shown on a model or provider page (a model card, a paper, an announcement).
public struct PageLink: Hashable, Sendable, Codable {
    public var title: String
    /// An http, https or mailto URL, or a site-relative path.
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

/// One entry of a note's table of contents: a heading and its anchor.
public struct TableOfContentsEntry: Hashable, Sendable, Codable {
    public var level: Int
    /// The heading's anchor id in the page.
    public var id: String
    public var title: String

    public init(level: Int, id: String, title: String) {
        self.level = level
        self.id = id
        self.title = title
    }
}
