/// Rewrites the root-relative URLs of rendered note HTML so a page works wherever the site
/// is served from.
///
/// Notes keep site links root-relative (`href="/models/openai/gpt-5/"`). A page at
/// `models/openai/gpt-5/index.html` that must also work from a sub-path or from disk calls
/// `RootRelativeURLs.rewrite(html, rootPrefix: "../../../")`, giving
/// `href="../../../models/openai/gpt-5/"`; a site with an absolute base passes
/// `"https://example.org/directory/"`. The prefix must point at the site root and end with `/`
/// (or be empty for a page at the root).
public enum RootRelativeURLs {
    /// `html` with every `href="/…"` and `src="/…"` starting with `rootPrefix` instead of `/`.
    /// Only attributes are touched: cmark escapes `"` in text, so `href="` appears in the HTML
    /// only as an attribute, and notes never contain `//host` URLs (rejected when rendering).
    public static func rewrite(_ html: String, rootPrefix: String) -> String {
        html
            .replacingAll(#" href="/"#, with: #" href=""# + rootPrefix)
            .replacingAll(#" src="/"#, with: #" src=""# + rootPrefix)
    }
}

extension String {
    /// Replaces every occurrence of `target` (compared byte for byte, no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        let bytes = Array(utf8), needle = Array(target.utf8), substitute = Array(replacement.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == needle[0], index + needle.count <= bytes.count, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                out.append(contentsOf: substitute)
                index += needle.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
