import Testing

@testable import Notes

@Suite("Hostile Markdown renders to inert HTML")
struct HostileMarkdownTests {
    static let hostile: [String] = [
        "<script>alert(1)</script>",
        "Inline <script>alert(1)</script> script.",
        "<img src=x onerror=alert(1)>",
        "Text <img src=x onerror=\"alert(1)\"> inline.",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<div onclick=\"alert(1)\">\n\n*md*\n\n</div>",
        "<!-- comment --><style>body{display:none}</style>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](jav&#x61;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](<javascript\n:alert(1)>)",
        "[x](java\nscript:alert(1))",
        "[x](<java script:alert(1)>)",
        "[x]( javascript:alert(1) )",
        "[x](javascript%3Aalert(1))",
        "[x](\\javascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "![x](data:image/png;base64,iVBORw0KGgo=)",
        "![x](data:image/svg+xml,<svg onload=alert(1)>)",
        "![x](javascript:alert(1))",
        "![x](http://tracker.example/pixel.png)",
        "![x\"onerror=\"alert(1)](https://example.com/a.png)",
        "[x](https://example.com/ \"title\\\" onmouseover=\\\"alert(1)\")",
        "[x](file:///etc/passwd)",
        "[x](//evil.example/path)",
        "[x](/\\evil.example/path)",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "```table\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |\n|---|---|\n| a\" onclick=\"x | b |\n```",
        "# <script>alert(1)</script> heading",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
    ]

    @Test("no active content", arguments: hostile)
    func inert(_ markdown: String) {
        let html = render(markdown).html
        #expect(activeContent(in: html).isEmpty, "\(html)")
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<!--"), "raw HTML is removed, not commented out: \(html)")
    }

    @Test func rawHTMLIsLeftOutWithAnErrorOnItsLine() {
        let rendered = render("Intro.\n\n<script>alert(1)</script>\n\nOutro <b>bold</b>.")
        #expect(rendered.html == "<p>Intro.</p>\n<p>Outro bold.</p>\n")
        let lines = rendered.diagnostics.map(\.location)
        #expect(lines == ["line 3", "line 5", "line 5"])
        #expect(rendered.diagnostics.allSatisfy { $0.severity == .error && $0.message.contains("raw HTML") })
    }

    @Test func disallowedLinkBecomesItsText() {
        let rendered = render("See [the *docs*](jav&#x61;script:alert(1)) now.")
        #expect(rendered.html == "<p>See the <em>docs</em> now.</p>\n")
        #expect(rendered.diagnostics.count == 1)
        #expect(rendered.diagnostics.first?.location == "line 1")
        #expect(rendered.diagnostics.first?.message.contains("'javascript:' scheme is not allowed") == true)
    }

    @Test func disallowedImageBecomesItsAltText() {
        let rendered = render("![a chart](data:image/png;base64,AAAA)")
        #expect(rendered.html == "<p>a chart</p>\n")
        #expect(rendered.diagnostics.first?.severity == .error)
    }

    @Test func allowedDestinationsAreKept() {
        let rendered = render(
            "[a](https://example.com/x?y=1&z=2) [b](http://example.com) [c](mailto:team@example.com) [d](/compare/cheapest/) [e](#pricing) ![f](/assets/f.png) ![g](https://example.com/g.png)"
        )
        #expect(rendered.diagnostics.isEmpty)
        #expect(rendered.html.contains(#"<a href="https://example.com/x?y=1&amp;z=2">a</a>"#))
        #expect(rendered.html.contains(#"<a href="http://example.com">b</a>"#))
        #expect(rendered.html.contains(#"<a href="mailto:team@example.com">c</a>"#))
        #expect(rendered.html.contains(#"<a href="/compare/cheapest/">d</a>"#))
        #expect(rendered.html.contains(##"<a href="#pricing">e</a>"##))
        #expect(rendered.html.contains(#"<img src="/assets/f.png" alt="f" />"#))
        #expect(rendered.html.contains(#"<img src="https://example.com/g.png" alt="g" />"#))
    }

    @Test func relativeLinksAreRejected() {
        let rendered = render("[a](other-page.html) [b](../up/)")
        #expect(!rendered.html.contains("<a "))
        #expect(rendered.diagnostics.count == 2)
        #expect(rendered.diagnostics.allSatisfy { $0.message.contains("site-relative") })
    }

    @Test func imageWithoutAltTextWarns() {
        let rendered = render("![](/assets/chart.png)")
        #expect(rendered.diagnostics.map(\.severity) == [.warning])
        #expect(rendered.diagnostics.first?.message.contains("alt text") == true)
    }
}
