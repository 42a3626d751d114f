import ModelCatalog
import Testing

@testable import Notes

@Suite("Rendering")
struct RenderingTests {
    @Test func smartPunctuation() {
        #expect(render("\"Quotes\" -- and 'apostrophes' --- and dots...").html == "<p>“Quotes” – and ‘apostrophes’ — and dots…</p>\n")
    }

    @Test func headingsGetUniqueIDs() {
        let rendered = render("## Pricing\n\ntext\n\n## Pricing\n\n### What's *new* in 4.5?\n\n## !!!")
        #expect(rendered.headings.map(\.id) == ["pricing", "pricing-2", "whats-new-in-45", "section"])
        #expect(rendered.headings.map(\.title) == ["Pricing", "Pricing", "What’s new in 4.5?", "!!!"])
        #expect(rendered.headings.map(\.level) == [2, 2, 3, 2])
        #expect(rendered.headings.map(\.line) == [1, 5, 7, 9])
        #expect(rendered.html.contains(#"<h2 id="pricing">Pricing</h2>"#))
        #expect(rendered.html.contains(#"<h2 id="pricing-2">Pricing</h2>"#))
        #expect(rendered.html.contains(#"<h3 id="whats-new-in-45">What’s <em>new</em> in 4.5?</h3>"#))
    }

    @Test func headingLinesCountTheFrontMatter() throws {
        let note = try modelNote("+++\nname = \"x\"\n+++\n\n## Strengths\n")
        #expect(note.headings.first?.line == 5)
    }

    @Test func tableOfContentsOnlyForLongNotes() throws {
        let short = try modelNote("## One\n\n## Two\n")
        #expect(short.tableOfContents.isEmpty)
        let long = try modelNote("## One\n\n### One A\n\n#### Deep\n\n## Two\n")
        #expect(long.tableOfContents.map(\.id) == ["one", "one-a", "two"])
    }

    @Test func fencedCodeKeepsItsLanguage() {
        let html = render("```swift\nlet x = \"<y>\"\n```").html
        #expect(html == "<pre><code class=\"language-swift\">let x = &quot;&lt;y&gt;&quot;\n</code></pre>\n")
    }

    @Test func tableBlocksBecomeTables() {
        let html = render("```table\n| Provider | Context |\n|:--|--:|\n| Acme & Co | 128k |\n| Beta |\n```").html
        #expect(
            html == """
                <table>
                <thead>
                <tr><th>Provider</th><th>Context</th></tr>
                </thead>
                <tbody>
                <tr><td>Acme &amp; Co</td><td>128k</td></tr>
                <tr><td>Beta</td><td></td></tr>
                </tbody>
                </table>

                """)
    }

    @Test func invalidUTF8IsReported() {
        #expect(throws: DiagnosticsError.self) { try Note(file: "notes/a/b.md", contents: .init([0xff, 0xfe, 0x41])) }
    }

    @Test func concurrentRendersAgree() async {
        let markdown = (1...40).map { "## Part \($0)\n\nText with [a link](/models/acme/m-\($0)/) and \"quotes\".\n" }.joined(separator: "\n")
        let expected = render(markdown)
        let results = await withTaskGroup(of: RenderedMarkdown.self) { group in
            for _ in 0..<64 { group.addTask { render(markdown) } }
            var all: [RenderedMarkdown] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == expected })
    }
}
