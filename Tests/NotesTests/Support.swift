import ModelCatalog
import Testing

@testable import Notes

/// Builds a model note at `notes/<id>.md` from its text, failing the test on errors.
func modelNote(_ text: String, id: String = "acme/rocket-1", sourceLocation: SourceLocation = #_sourceLocation) throws -> Note {
    try Note(file: "notes/\(id).md", text: text)
}

/// Renders a Markdown body alone.
func render(_ markdown: String) -> RenderedMarkdown {
    MarkdownRenderer().render(markdown, file: "notes/acme/rocket-1.md")
}

/// Problems that make HTML not inert: tags outside a small allowlist, attributes outside
/// an allowlist (any `on…` handler), and URLs in href/src with any scheme but http(s)/mailto.
func activeContent(in html: String) -> [String] {
    let allowedTags: Set<String> = [
        "p", "a", "img", "em", "strong", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
    ]
    let allowedAttributes: Set<String> = ["href", "src", "alt", "title", "id", "class", "start"]
    var problems: [String] = []
    let chars = Array(html.unicodeScalars)
    var i = 0
    while i < chars.count {
        guard chars[i] == "<" else { i += 1; continue }
        var j = i + 1
        if j < chars.count, chars[j] == "/" { j += 1 }
        var name = ""
        while j < chars.count, chars[j].properties.isAlphabetic || ("0"..."9").contains(chars[j]) {
            name.unicodeScalars.append(chars[j]); j += 1
        }
        guard !name.isEmpty else {
            problems.append("unescaped '<' at \(i)")
            i += 1
            continue
        }
        if !allowedTags.contains(name.lowercased()) { problems.append("tag <\(name)>") }
        // attributes: name="value" pairs up to '>'
        while j < chars.count, chars[j] != ">" {
            while j < chars.count, chars[j] == " " || chars[j] == "/" { j += 1 }
            var attribute = ""
            while j < chars.count, chars[j] != "=", chars[j] != ">", chars[j] != " " {
                attribute.unicodeScalars.append(chars[j]); j += 1
            }
            var value = ""
            if j < chars.count, chars[j] == "=" {
                j += 1
                guard j < chars.count, chars[j] == "\"" else { problems.append("unquoted attribute \(attribute)"); break }
                j += 1
                while j < chars.count, chars[j] != "\"" { value.unicodeScalars.append(chars[j]); j += 1 }
                j += 1
            }
            if attribute.isEmpty { continue }
            if !allowedAttributes.contains(attribute.lowercased()) { problems.append("attribute \(attribute)=\"\(value)\"") }
            if attribute == "href" || attribute == "src" {
                let lower = value.lowercased()
                let ok = ["http://", "https://", "mailto:", "/", "#"].contains { lower.hasPrefix($0) } && !lower.hasPrefix("//")
                if !ok { problems.append("\(attribute)=\"\(value)\"") }
            }
        }
        i = j + 1
    }
    return problems
}
