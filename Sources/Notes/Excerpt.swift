/// The plain-text summary of a note: its first paragraph with whitespace collapsed and
/// the length capped at a word boundary, for the JSON `description` and `<meta name="description">`.
enum Excerpt {
    /// The longest excerpt, in characters, counting the closing `…`.
    static let maximumLength = 300

    /// Collapses whitespace runs to one space and caps `text` at ``maximumLength``.
    static func make(_ text: String) -> String {
        let collapsed = collapse(text)
        guard collapsed.utf8.count > maximumLength, collapsed.count > maximumLength else { return collapsed }
        let hardCut = collapsed.prefix(maximumLength - 1)
        var cut = hardCut
        // Cut at the last space, unless that would throw away more than a third of the text.
        if let space = hardCut.lastIndex(of: " "), hardCut.distance(from: hardCut.startIndex, to: space) > maximumLength * 2 / 3 {
            cut = hardCut[..<space]
        }
        while let last = cut.last, last.isWhitespace || ",;:-–—(".contains(last) { cut = cut.dropLast() }
        return String(cut) + "…"
    }

    /// `text` with every run of whitespace (newlines included) replaced by one space, trimmed.
    static func collapse(_ text: String) -> String {
        // Fast path for ASCII text, the common case: work on bytes.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            for byte in text.utf8 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0d) {
                    pendingSpace = true
                } else {
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        var collapsed = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isWhitespace =
                scalar.isASCII
                ? (scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}")
                : scalar.properties.isWhitespace
            if isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace && !collapsed.isEmpty { collapsed.append(" ") }
                pendingSpace = false
                collapsed.append(scalar)
            }
        }
        return String(collapsed)
    }
}
