import Foundation
import Ingest
import ModelCatalog

/// A hand-written note about a model or a provider, read from `notes/…/*.md`: its front
/// matter overrides, its Markdown rendered to trusted HTML, its excerpt, table of contents
/// and links to other pages.
///
/// Pure: it takes the file's path and bytes and does no I/O, so the pipeline reads the
/// files and may build notes concurrently.
public struct Note: Sendable, Hashable {
    /// Headings needed before a note gets a table of contents.
    public static let tableOfContentsMinimumHeadings = 3
    /// The largest note read (1 MiB); a larger file is refused with a message.
    public static let maximumBytes = 1 << 20

    /// The note's path, relative to the catalog folder (`notes/openai/gpt-5.md`); named in diagnostics.
    public let file: String
    /// The model or provider the note describes, from its path.
    public let subject: NoteSubject
    /// The overrides from the front matter (all unset when there is none).
    public let frontMatter: NoteFrontMatter
    /// The body as an HTML fragment, trusted (see ``RenderedMarkdown/html``); site links are
    /// root-relative, see ``html(rootPrefix:)``.
    public let html: String
    /// The first paragraph as plain text, at most 300 characters.
    public let excerpt: String
    /// Every heading with its anchor id.
    public let headings: [NoteHeading]
    /// Links to model and provider pages with their lines, for ``checkLinks(knownModels:knownProviders:)``.
    public let links: [NoteLink]
    /// Warnings (unknown front matter keys, images without alt text) and errors that did not
    /// stop rendering (raw HTML left out, links with a disallowed destination rendered as text).
    public let diagnostics: [Diagnostic]

    /// Reads a note from the file's bytes. Throws, with every problem found, when the path is
    /// not a note path, the bytes are not UTF-8, or the front matter is not valid.
    public init(file: String, contents: Data) throws(DiagnosticsError) {
        guard contents.count <= Note.maximumBytes else {
            throw DiagnosticsError([.error(file, "the note is \(contents.count) bytes; expected at most \(Note.maximumBytes) bytes")])
        }
        guard let text = String(data: contents, encoding: .utf8) else {
            throw DiagnosticsError([.error(file, "the note is not valid UTF-8")])
        }
        try self.init(file: file, text: text)
    }

    /// Reads a note from its text; see ``init(file:contents:)``.
    public init(file: String, text: String) throws(DiagnosticsError) {
        guard text.utf8.count <= Note.maximumBytes else {
            throw DiagnosticsError([.error(file, "the note is \(text.utf8.count) bytes; expected at most \(Note.maximumBytes) bytes")])
        }
        let subject: NoteSubject
        do { subject = try NoteSubject(path: file) } catch { throw DiagnosticsError([error]) }
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }

        let parts: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let split): parts = split
        case .failure: throw DiagnosticsError([.error(file, at: "line 1", "front matter opened with '+++' is never closed by a '+++' line")])
        }
        var frontMatter = NoteFrontMatter()
        var warnings: [Diagnostic] = []
        if let toml = parts.toml {
            let document: TOMLDocument
            do { document = try TOMLDocument(toml, file: file) } catch { throw DiagnosticsError([error]) }
            switch NoteFrontMatter.read(TOMLTableReader(document), subject: subject) {
            case .success(let (matter, found)):
                frontMatter = matter
                warnings = found
            case .failure(let errors):
                throw errors
            }
        }
        let rendered = MarkdownRenderer().render(parts.body, file: file, firstLine: parts.bodyFirstLine)
        self.file = file
        self.subject = subject
        self.frontMatter = frontMatter
        self.html = rendered.html
        self.excerpt = rendered.excerpt
        self.headings = rendered.headings
        self.links = rendered.links
        self.diagnostics = warnings + rendered.diagnostics
    }

    /// The plain-text description for the JSON and `<meta name="description">`: the front
    /// matter's `description` when set, else the excerpt.
    public var summary: String { frontMatter.description ?? excerpt }

    /// The headings to list in a table of contents: levels 2 and 3 (and a stray 1), only when
    /// the note has at least ``tableOfContentsMinimumHeadings`` headings; empty otherwise.
    public var tableOfContents: [NoteHeading] {
        guard headings.count >= Self.tableOfContentsMinimumHeadings else { return [] }
        return headings.filter { $0.level <= 3 }
    }

    /// The HTML with root-relative `href`/`src` URLs starting with `rootPrefix` (such as
    /// `../../../` for a page three folders deep); see ``RootRelativeURLs``.
    public func html(rootPrefix: String) -> String {
        RootRelativeURLs.rewrite(html, rootPrefix: rootPrefix)
    }
}
