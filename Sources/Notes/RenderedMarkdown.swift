import ModelCatalog

/// Markdown turned into what a page needs: safe HTML, headings, outgoing links, an excerpt,
/// and the problems found on the way.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML fragment. Trusted: it comes from cmark without raw HTML, with only allowed
    /// link destinations. Site-relative URLs are root-relative (`/models/a/b/`); see
    /// ``RootRelativeURLs`` to serve the site from a sub-path.
    public var html: String
    /// Every heading, in document order, with the `id` the HTML gives it.
    public var headings: [NoteHeading]
    /// Links to model and provider pages, in document order.
    public var links: [NoteLink]
    /// The first paragraph as plain text, capped at 300 characters (see ``Excerpt``).
    public var excerpt: String
    /// Raw HTML left out, links and images dropped for their destination, images without alt text.
    public var diagnostics: [Diagnostic]

    /// Creates a rendered result.
    public init(html: String, headings: [NoteHeading], links: [NoteLink], excerpt: String, diagnostics: [Diagnostic]) {
        self.html = html
        self.headings = headings
        self.links = links
        self.excerpt = excerpt
        self.diagnostics = diagnostics
    }
}
