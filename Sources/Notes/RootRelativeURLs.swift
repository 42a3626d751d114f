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
        var html = html
        let rewritten = html.withUTF8 { bytes in rewrite(bytes, rootPrefix: Array(rootPrefix.utf8)) }
        return rewritten.map { String(decoding: $0, as: UTF8.self) } ?? html
    }

    /// The rewritten bytes, or nil when no attribute needs it (the HTML is used as it is).
    /// One pass: each `="/` is checked for ` href` or ` src` just before it.
    private static func rewrite(_ bytes: UnsafeBufferPointer<UInt8>, rootPrefix: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        // Bytes before `copied` are in `out`; it stays 0 until the first rewrite.
        var copied = 0
        var index = 0
        while let equals = bytes[index...].firstIndex(of: UInt8(ascii: "=")) {
            index = equals + 1
            guard equals + 2 < bytes.count, bytes[equals + 1] == UInt8(ascii: "\""), bytes[equals + 2] == UInt8(ascii: "/"),
                endsWith(bytes, " href", at: equals) || endsWith(bytes, " src", at: equals)
            else { continue }
            if copied == 0 { out.reserveCapacity(bytes.count + 256) }
            out.append(contentsOf: bytes[copied..<(equals + 2)])
            out.append(contentsOf: rootPrefix)
            copied = equals + 3
            index = copied
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    /// Whether the bytes just before `end` are `suffix`.
    private static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString, at end: Int) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard end >= count else { return false }
        return suffix.withUTF8Buffer { suffix in bytes[(end - count)..<end].elementsEqual(suffix) }
    }
}
