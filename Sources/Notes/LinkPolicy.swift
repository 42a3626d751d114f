import ModelCatalog

/// Decides what a link or image destination in a note may be, and what it points at.
///
/// Allowed: `http:`, `https:` and `mailto:` URLs, site-relative paths (`/compare/`),
/// fragments (`#pricing`), and the short forms `model:author/slug` and `provider:id`,
/// which become `/models/author/slug/` and `/providers/id/`. Images may use only `https:`
/// or site-relative paths. Everything else is rejected, whatever its spelling: the
/// check runs on the destination after cmark has decoded entities and backslash escapes,
/// and any whitespace or control character in it is a rejection, so `jav&#x61;script:` and
/// `java\tscript:` fail like `javascript:`.
enum LinkPolicy {
    /// What a destination turned out to be.
    enum Destination: Equatable {
        /// Allowed as written (external URL, fragment or site-relative path).
        case allowed
        /// A link to a model page; `url` is the root-relative URL to render.
        case model(ModelID, url: String)
        /// A link to a provider page; `url` is the root-relative URL to render.
        case provider(String, url: String)
        /// Not allowed: the link is rendered as its text only.
        case rejected(reason: String)
    }

    static func classify(_ url: String, isImage: Bool) -> Destination {
        guard !url.isEmpty else { return .rejected(reason: "empty destination") }
        let utf8 = Array(url.utf8)
        let hasSpaceOrControl =
            utf8.contains { $0 < 0x21 || $0 == 0x7f }
            || (utf8.contains { $0 >= 0x80 } && url.unicodeScalars.contains { $0.properties.isWhitespace || $0.properties.generalCategory == .control })
        if hasSpaceOrControl {
            return .rejected(reason: "destination '\(printable(url))' contains whitespace or a control character")
        }
        if utf8[0] == UInt8(ascii: "#") {
            return isImage ? .rejected(reason: "an image needs a file, not a fragment '\(url)'") : .allowed
        }
        if utf8[0] == UInt8(ascii: "/") {
            return classifySiteRelative(url, isImage: isImage)
        }
        guard let scheme = scheme(of: utf8) else {
            return .rejected(reason: "relative destination '\(url)' breaks when the page moves; write a site-relative path starting with '/' or a full https:// URL")
        }
        let rest = String(decoding: utf8[(scheme.utf8.count + 1)...], as: UTF8.self)
        switch scheme.lowercased() {
        case "https":
            return .allowed
        case "http":
            return isImage ? .rejected(reason: "images must use https:// or a site-relative path, not '\(url)'") : .allowed
        case "mailto":
            return isImage ? .rejected(reason: "an image cannot be a mailto: address") : .allowed
        case "model" where !isImage:
            let (path, fragment) = splitFragment(rest)
            guard let id = ModelID(path) else {
                return .rejected(reason: "'\(url)' does not name a model: expected model:<author>/<slug> in lowercase")
            }
            return .model(id, url: "/models/\(id)/" + fragment)
        case "provider" where !isImage:
            let (path, fragment) = splitFragment(rest)
            guard ModelID.isCanonical(path) else {
                return .rejected(reason: "'\(url)' does not name a provider: expected provider:<id> in lowercase")
            }
            return .provider(path, url: "/providers/\(path)/" + fragment)
        default:
            return .rejected(reason: "the '\(scheme):' scheme is not allowed; \(isImage ? "images may use https:// or a site-relative path" : "links may use http, https, mailto, a site-relative path, or model:<author>/<slug>")")
        }
    }

    /// `/...` destinations: refuse protocol-relative and backslash tricks, recognise model
    /// and provider pages and normalise them to their canonical URL with a trailing slash.
    private static func classifySiteRelative(_ url: String, isImage: Bool) -> Destination {
        if url.hasPrefix("//") || url.utf8.contains(UInt8(ascii: "\\")) {
            return .rejected(reason: "'\(url)' is protocol-relative or contains a backslash; write a full https:// URL or a path starting with a single '/'")
        }
        if isImage || !(url.hasPrefix("/models") || url.hasPrefix("/providers")) { return .allowed }
        let (pathAndQuery, fragment) = splitFragment(url)
        let path = pathAndQuery.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? pathAndQuery
        var components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let section = components.first, section == "models" || section == "providers" else { return .allowed }
        if components.last == "index.html" { components.removeLast() }
        if section == "models" {
            guard components.count == 3, ModelID.isCanonical(components[1]), ModelID.isCanonical(components[2]) else {
                return .rejected(reason: "'\(url)' is not a model page; expected /models/<author>/<slug>/ in lowercase")
            }
            let id = ModelID(author: components[1], slug: components[2])
            return .model(id, url: "/models/\(id)/" + fragment)
        }
        guard components.count == 2, ModelID.isCanonical(components[1]) else {
            return .rejected(reason: "'\(url)' is not a provider page; expected /providers/<id>/ in lowercase")
        }
        return .provider(components[1], url: "/providers/\(components[1])/" + fragment)
    }

    /// The scheme before the first `:`, when the text before it is a valid scheme name.
    private static func scheme(of utf8: [UInt8]) -> String? {
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return nil }
        let name = utf8[..<colon]
        guard let first = name.first, isASCIILetter(first) else { return nil }
        for byte in name where !(isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2b || byte == 0x2d || byte == 0x2e) {
            return nil
        }
        return String(decoding: name, as: UTF8.self)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
    }

    /// Splits `path#fragment` into the path and `#fragment` (empty when there is none).
    private static func splitFragment(_ text: String) -> (String, String) {
        guard let hash = text.firstIndex(of: "#") else { return (text, "") }
        return (String(text[..<hash]), String(text[hash...]))
    }

    /// The destination with control characters made visible, for messages.
    static func printable(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7f {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
