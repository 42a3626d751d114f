/// Splits a note into its TOML front matter (between two `+++` lines at the top) and the
/// Markdown body, remembering where each starts so reported lines point into the file.
struct FrontMatter {
    /// The TOML text, preceded by blank lines so TOML line numbers are file line numbers.
    var toml: String?
    /// The Markdown after the closing `+++`.
    var body: String
    /// The file line the body starts on.
    var bodyFirstLine: Int

    /// Fails with the line of the opening `+++` when it is never closed.
    static func split(_ text: String) -> Result<FrontMatter, UnclosedFrontMatter> {
        // "\r\n" is one Character in Swift; cmark counts \n, \r\n and \r as line ends alike.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        guard let first = lines.first, isFence(first) else {
            return .success(FrontMatter(toml: nil, body: text, bodyFirstLine: 1))
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: isFence) else { return .failure(UnclosedFrontMatter()) }
        // Line 1 is the opening `+++`; TOML starts on line 2, so one padding newline.
        let toml = "\n" + lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(toml: toml, body: body, bodyFirstLine: close + 3))
    }

    private static func isFence(_ line: Substring) -> Bool {
        var line = line
        while let last = line.last, last == "\r" || last == " " || last == "\t" { line = line.dropLast() }
        return line == "+++"
    }

    /// The opening `+++` has no closing `+++`.
    struct UnclosedFrontMatter: Error {}
}
