/// The two changes made to cmark's HTML after rendering, without `CMARK_OPT_UNSAFE`:
/// `id`s on headings, and `table` fenced blocks turned into `<table>`s.
///
/// Both are safe on text matching: cmark escapes `<`, `>`, `"` and `&` in all text and code,
/// and raw HTML is removed before rendering, so the only `<hN>` tags are cmark's headings (in
/// document order) and the only `<pre><code class="language-table">` opens a `table` block.
enum HTMLPostProcessor {
    private static let tableOpen = Array(#"<pre><code class="language-table">"#.utf8)
    private static let tableClose = Array("</code></pre>\n".utf8)

    static func process(_ html: String, headingIDs: [String]) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + headingIDs.count * 24)
        var nextHeading = 0
        var copied = 0  // bytes before this index are in `out`
        var index = 0
        let lt = UInt8(ascii: "<")
        while let open = bytes[index...].firstIndex(of: lt) {
            index = open + 1
            // <hN>
            if open + 3 < bytes.count, bytes[open + 1] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[open + 2]),
                bytes[open + 3] == UInt8(ascii: ">"), nextHeading < headingIDs.count
            {
                out.append(contentsOf: bytes[copied..<(open + 3)])
                out.append(contentsOf: #" id=""#.utf8)
                out.append(contentsOf: headingIDs[nextHeading].utf8)
                out.append(contentsOf: "\">".utf8)
                nextHeading += 1
                copied = open + 4
                index = copied
            } else if starts(bytes, at: open, with: tableOpen), let close = find(tableClose, in: bytes, from: open + tableOpen.count) {
                out.append(contentsOf: bytes[copied..<open])
                out.append(contentsOf: table(fromEscaped: bytes[(open + tableOpen.count)..<close]))
                copied = close + tableClose.count
                index = copied
            }
        }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }

    /// A `<table>` from the already-escaped text of a `table` block: one row a line, cells
    /// between `|`, the first row the header, a `---|---` row ignored.
    static func table(fromEscaped content: ArraySlice<UInt8>) -> [UInt8] {
        let pipe = UInt8(ascii: "|")
        var rows: [[ArraySlice<UInt8>]] = []
        for line in content.split(separator: UInt8(ascii: "\n")) {
            var trimmed = trim(line)
            if trimmed.first == pipe { trimmed = trimmed.dropFirst() }
            if trimmed.last == pipe { trimmed = trimmed.dropLast() }
            let cells = trimmed.split(separator: pipe, omittingEmptySubsequences: false).map(trim)
            if cells.allSatisfy(\.isEmpty) { continue }
            let isSeparator = cells.allSatisfy { cell in
                cell.contains(UInt8(ascii: "-")) && cell.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") }
            }
            if isSeparator { continue }
            rows.append(cells)
        }
        guard !rows.isEmpty else { return [] }
        let width = rows.map(\.count).max() ?? 0
        var html: [UInt8] = Array("<table>\n<thead>\n".utf8)
        for (number, cells) in rows.enumerated() {
            if number == 1 { html += "</thead>\n<tbody>\n".utf8 }
            let tag = number == 0 ? "th" : "td"
            html += "<tr>".utf8
            for column in 0..<width {
                html += "<\(tag)>".utf8
                if column < cells.count { html += cells[column] }
                html += "</\(tag)>".utf8
            }
            html += "</tr>\n".utf8
        }
        html += (rows.count > 1 ? "</tbody>\n" : "</thead>\n").utf8
        html += "</table>\n".utf8
        return html
    }

    private static func trim(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var result = bytes
        while let first = result.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { result = result.dropFirst() }
        while let last = result.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { result = result.dropLast() }
        return result
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
        return true
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if starts(bytes, at: index, with: needle) { return index }
            index += 1
        }
        return nil
    }
}
