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
        var index = 0
        let lt = UInt8(ascii: "<")
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == lt else {
                out.append(byte)
                index += 1
                continue
            }
            // <hN>
            if index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]),
                bytes[index + 3] == UInt8(ascii: ">"), nextHeading < headingIDs.count
            {
                out.append(contentsOf: bytes[index...(index + 2)])
                out.append(contentsOf: Array(#" id=""#.utf8))
                out.append(contentsOf: Array(headingIDs[nextHeading].utf8))
                out.append(contentsOf: Array("\">".utf8))
                nextHeading += 1
                index += 4
                continue
            }
            if starts(bytes, at: index, with: tableOpen), let close = find(tableClose, in: bytes, from: index + tableOpen.count) {
                let content = String(decoding: bytes[(index + tableOpen.count)..<close], as: UTF8.self)
                out.append(contentsOf: Array(table(fromEscaped: content).utf8))
                index = close + tableClose.count
                continue
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A `<table>` from the already-escaped text of a `table` block: one row a line, cells
    /// between `|`, the first row the header, a `---|---` row ignored.
    static func table(fromEscaped content: String) -> String {
        var rows: [[String]] = []
        for line in content.split(separator: "\n") {
            var trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix("|") { trimmed = trimmed.dropFirst() }
            if trimmed.hasSuffix("|") { trimmed = trimmed.dropLast() }
            let cells = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { String($0.trimmingWhitespace()) }
            if cells.allSatisfy({ $0.isEmpty }) { continue }
            let isSeparator = cells.allSatisfy { cell in
                !cell.isEmpty && cell.contains("-") && cell.allSatisfy { $0 == "-" || $0 == ":" }
            }
            if isSeparator { continue }
            rows.append(cells)
        }
        guard let header = rows.first else { return "" }
        let width = rows.map(\.count).max() ?? header.count
        func row(_ cells: [String], tag: String) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "<tr>" + padded.map { "<\(tag)>\($0)</\(tag)>" }.joined() + "</tr>\n"
        }
        var html = "<table>\n<thead>\n" + row(header, tag: "th") + "</thead>\n"
        if rows.count > 1 {
            html += "<tbody>\n" + rows.dropFirst().map { row($0, tag: "td") }.joined() + "</tbody>\n"
        }
        return html + "</table>\n"
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

extension Substring {
    /// The substring without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
