import Mustache

/// The escaping every template uses for `{{value}}`: the same five characters as
/// swift-mustache's built-in HTML content type (`<`, `>`, `&`, `"`, `'`), replaced by the same
/// entities, but done on UTF-8 bytes, and a value with nothing to escape is returned as it is
/// (most values: numbers, prices, ids). The templates select it with a content-type pragma
/// that ``TemplateSet`` adds when it loads them.
struct HTMLEscaping: MustacheContentType {
    /// The pragma name the content type is registered under.
    static let name = "MODELCAT_HTML"

    /// The pragma line put before every template.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registers the content type with swift-mustache (idempotent).
    static func register() {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
    }

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// `text` with `<`, `>`, `&`, `"` and `'` replaced by `&lt;`, `&gt;`, `&amp;`, `&quot;` and `&#39;`.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var text = text
        return text.withUTF8 { bytes -> String in
            let first = bytes.firstIndex(where: needsEscape) ?? bytes.endIndex
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            output.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
                default: output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
