/// Splits a note into its TOML front matter (between two `+++` lines at the top) and the
/// Markdown body, remembering where each starts so reported lines point into the file.
struct FrontMatter {
    /// The TOML text, preceded by blank lines so TOML line numbers are file line numbers.
    var toml: String?
    /// The Markdown after the closing `+++`.
    var body: String
    /// The file line the body starts on.
    var bodyFirstLine: Int

    /// Fails when the opening `+++` is never closed. Works on UTF-8 bytes (a note's text is
    /// scanned only up to the closing fence); `\n`, `\r\n` and `\r` end lines, as in cmark.
    static func split(_ text: String) -> Result<FrontMatter, UnclosedFrontMatter> {
        var text = text
        return text.withUTF8 { bytes -> Result<FrontMatter, UnclosedFrontMatter> in
            let first = line(in: bytes, from: 0)
            guard isFence(bytes, first.start..<first.end) else {
                return .success(FrontMatter(toml: nil, body: String(decoding: bytes, as: UTF8.self), bodyFirstLine: 1))
            }
            var lineNumber = 2
            var start = first.next
            while start < bytes.count {
                let current = line(in: bytes, from: start)
                if isFence(bytes, current.start..<current.end) {
                    // Line 1 is the opening `+++`; TOML starts on line 2, so one padding newline.
                    let toml = "\n" + String(decoding: UnsafeBufferPointer(rebasing: bytes[first.next..<current.start]), as: UTF8.self)
                    let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[current.next...]), as: UTF8.self)
                    return .success(FrontMatter(toml: toml, body: body, bodyFirstLine: lineNumber + 1))
                }
                start = current.next
                lineNumber += 1
            }
            return .failure(UnclosedFrontMatter())
        }
    }

    /// The line starting at `start`: where its text ends and where the next line starts.
    private static func line(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (start: Int, end: Int, next: Int) {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"): return (start, index, index + 1)
            case UInt8(ascii: "\r"):
                let next = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? index + 2 : index + 1
                return (start, index, next)
            default: index += 1
            }
        }
        return (start, index, index)
    }

    /// `+++`, optionally followed by spaces or tabs.
    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        let plus = UInt8(ascii: "+")
        return end - range.lowerBound == 3 && bytes[range.lowerBound] == plus && bytes[range.lowerBound + 1] == plus
            && bytes[range.lowerBound + 2] == plus
    }

    /// The opening `+++` has no closing `+++`.
    struct UnclosedFrontMatter: Error {}
}
