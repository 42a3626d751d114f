import Foundation
import Testing

@testable import Notes

/// `RootRelativeURLs.rewrite` gives what its definition says: every ` href="/` and then every
/// ` src="/` with the slash replaced by the prefix, and nothing else touched.
struct RootRelativeURLsTests {
    /// The definition, as two plain replacements.
    private func definition(_ html: String, _ prefix: String) -> String {
        html.replacingOccurrences(of: #" href="/"#, with: #" href=""# + prefix).replacingOccurrences(of: #" src="/"#, with: #" src=""# + prefix)
    }

    @Test(arguments: ["", "../", "../../../", "https://example.org/dir/"])
    func handWrittenCasesMatchTheDefinition(prefix: String) {
        let cases = [
            "",
            "<p>no links at all</p>",
            #"<a href="/models/a/b/">b</a>"#,
            #"<p><a href="/models/a/b/">b</a> and <img src="/assets/x.svg" alt="x"> and <a href="https://x.org/">x</a></p>"#,
            #"href="/at-the-start-without-a-space""#,
            #"<a data-href="/not-an-href">x</a><a xhref="/nor-this">y</a>"#,
            ##"<a href="relative/">r</a><a href="#anchor">a</a><a href="/">root</a>"##,
            #"ends with an attribute <a href="/"#,
            #"ends just before it <a href=""#,
            "= = =\"= =\"/ a=\"/ src=/ href=\"x\"",
            #"ünïcödé 🙂 <a href="/models/ü/🙂/">🙂</a> src="/ trailing"#,
        ]
        for html in cases {
            #expect(RootRelativeURLs.rewrite(html, rootPrefix: prefix) == definition(html, prefix), "\(html)")
        }
    }

    @Test func generatedHTMLMatchesTheDefinition() {
        // Fragments glued in a fixed pseudo-random order: attributes at every position, next to each other and to text.
        let pieces = [#" href="/m/a/""#, #" src="/i.svg""#, "<a", ">", "</a>", " text ", "=", "\"", "/", " href", " src", "ü", #" href="x""#, "\n"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<500 {
            var html = ""
            for _ in 0..<40 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                html += pieces[Int(state >> 33) % pieces.count]
            }
            #expect(RootRelativeURLs.rewrite(html, rootPrefix: "../../") == definition(html, "../../"), "\(html)")
        }
    }
}
