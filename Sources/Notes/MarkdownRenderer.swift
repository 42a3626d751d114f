import CCmark
import Foundation
import ModelCatalog

/// Renders CommonMark through libcmark with the rules of notes: smart punctuation, no raw
/// HTML (it is removed, never passed through), only allowed link and image destinations
/// (see ``LinkPolicy``), `id`s on headings, and `table` fenced blocks turned into tables.
///
/// Each call uses its own parser and frees everything it allocates, so renders may run
/// concurrently from many tasks.
public struct MarkdownRenderer: Sendable {
    /// cmark options: smart punctuation and UTF-8 validation. Never `CMARK_OPT_UNSAFE`.
    static let options: Int32 = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8

    /// Creates a renderer.
    public init() {}

    /// Renders `markdown`, the body of `file` whose first line is line `firstLine` of the file,
    /// so reported lines point into the file.
    public func render(_ markdown: String, file: String, firstLine: Int = 1) -> RenderedMarkdown {
        var document = CMarkDocument(file: file, lineOffset: firstLine - 1)
        return document.render(markdown)
    }
}

/// One render: owns the cmark tree for the duration of `render` and frees it.
private struct CMarkDocument {
    let file: String
    let lineOffset: Int
    var diagnostics: [Diagnostic] = []
    var links: [NoteLink] = []

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    mutating func render(_ markdown: String) -> RenderedMarkdown {
        var text = markdown
        let parsed: OpaquePointer? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, MarkdownRenderer.options)
            }
        }
        guard let root = parsed else {
            return RenderedMarkdown(html: "", headings: [], links: [], excerpt: "", diagnostics: [.error(file, "cmark could not parse the note")])
        }
        defer { cmark_node_free(root) }

        let plan = walk(root)
        apply(plan)

        var slugger = HeadingSlugger()
        let headings = plan.headings.map { node in
            let title = Excerpt.make(Self.plainText(of: node))
            return NoteHeading(
                level: Int(cmark_node_get_heading_level(node)), id: slugger.id(for: title), title: title,
                line: line(of: node))
        }
        let excerptSource = plan.topLevelParagraph ?? plan.anyParagraph
        let excerpt = excerptSource.map { Excerpt.make(Self.plainText(of: $0)) } ?? ""

        var html = ""
        if let rendered = cmark_render_html(root, MarkdownRenderer.options) {
            html = String(cString: rendered)
            free(rendered)
        } else {
            diagnostics.append(.error(file, "cmark could not render the note"))
        }
        html = HTMLPostProcessor.process(html, headingIDs: headings.map(\.id))
        return RenderedMarkdown(html: html, headings: headings, links: links, excerpt: excerpt, diagnostics: diagnostics)
    }

    /// What to change in the tree, found in one read-only pass (a tree must not change under its iterator).
    private struct Plan {
        var remove: [OpaquePointer] = []
        var unwrap: [OpaquePointer] = []
        var setURL: [(OpaquePointer, String)] = []
        var headings: [OpaquePointer] = []
        var topLevelParagraph: OpaquePointer?
        var anyParagraph: OpaquePointer?
    }

    private mutating func walk(_ root: OpaquePointer) -> Plan {
        var plan = Plan()
        guard let iterator = cmark_iter_new(root) else { return plan }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                plan.remove.append(node)
                diagnostics.append(.error(file, at: "line \(line(of: node))", "raw HTML is not allowed in notes and was left out: \(Self.snippet(Self.literal(node)))"))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                switch LinkPolicy.classify(url, isImage: isImage) {
                case .allowed:
                    break
                case .model(let id, let canonical):
                    links.append(NoteLink(target: .model(id), destination: url, line: line(of: node)))
                    if canonical != url { plan.setURL.append((node, canonical)) }
                case .provider(let id, let canonical):
                    links.append(NoteLink(target: .provider(id), destination: url, line: line(of: node)))
                    if canonical != url { plan.setURL.append((node, canonical)) }
                case .rejected(let reason):
                    plan.unwrap.append(node)
                    diagnostics.append(.error(file, at: "line \(line(of: node))", "\(isImage ? "image" : "link") left out: \(reason)"))
                }
                if isImage, cmark_node_first_child(node) == nil {
                    diagnostics.append(.warning(file, at: "line \(line(of: node))", "image has no alt text; describe it between the brackets: ![what it shows](\(url))"))
                }
            case CMARK_NODE_HEADING:
                plan.headings.append(node)
            case CMARK_NODE_PARAGRAPH:
                if plan.anyParagraph == nil { plan.anyParagraph = node }
                if plan.topLevelParagraph == nil, let parent = cmark_node_parent(node), cmark_node_get_type(parent) == CMARK_NODE_DOCUMENT {
                    plan.topLevelParagraph = node
                }
            default:
                break
            }
        }
        return plan
    }

    /// Changes the tree: new URLs, rejected links and images replaced by their text, raw HTML removed.
    private func apply(_ plan: Plan) {
        for (node, url) in plan.setURL { cmark_node_set_url(node, url) }
        for node in plan.unwrap {
            while let child = cmark_node_first_child(node) {
                cmark_node_insert_before(node, child)
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        for node in plan.remove {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// The line of a node in the file; inline nodes without a position take their block's.
    private func line(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return line + lineOffset }
            current = cmark_node_parent(candidate)
        }
        return lineOffset + 1
    }

    /// The text of a node's inlines: literals of text and code, breaks as spaces.
    static func plainText(of node: OpaquePointer) -> String {
        var out = ""
        guard let iterator = cmark_iter_new(node) else { return out }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: out += literal(child)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
            default: break
            }
        }
        return out
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The first 60 characters of a piece of raw HTML, on one line, for a message.
    static func snippet(_ text: String) -> String {
        let oneLine = Excerpt.make(text)
        return oneLine.count > 60 ? String(oneLine.prefix(60)) + "…" : oneLine
    }
}
