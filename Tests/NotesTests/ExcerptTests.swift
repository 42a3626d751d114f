import Testing

@testable import Notes

@Suite("Excerpt")
struct ExcerptTests {
    /// `&nbsp;` decodes to U+00A0, which counts as whitespace and collapses to a space.
    @Test func firstParagraphAsPlainText() {
        let rendered = render("# Title\n\nRocket&nbsp;1 is *fast* &amp; `cheap`,\nsee [docs](https://x.example) \"now\".\n\nSecond paragraph.")
        #expect(rendered.excerpt == "Rocket 1 is fast & cheap, see docs “now”.")
    }

    @Test func whitespaceCollapses() {
        #expect(render("A  \t lot\nof   \n space.").excerpt == "A lot of space.")
    }

    @Test func topLevelParagraphIsPreferred() {
        #expect(render("- item one\n\nThe real intro.").excerpt == "The real intro.")
        #expect(render("> quoted only").excerpt == "quoted only")
        #expect(render("## Only a heading").excerpt == "")
    }

    @Test func rawHTMLIsNotInTheExcerpt() {
        #expect(render("Fast <span class=x>and</span> cheap.").excerpt == "Fast and cheap.")
    }

    @Test func longTextIsCutAtAWordWithAnEllipsis() {
        let words = Array(repeating: "wordy", count: 80).joined(separator: " ")  // 479 characters
        let excerpt = render(words).excerpt
        #expect(excerpt.count <= Excerpt.maximumLength)
        #expect(excerpt.hasSuffix("wordy…"))
        #expect(excerpt.count > 250)
    }

    @Test func trailingPunctuationIsDroppedBeforeTheEllipsis() {
        let text = String(repeating: "a", count: 290) + ", bbbbbbbbbbbbbbbbbbbbbbbb"
        #expect(Excerpt.make(text) == String(repeating: "a", count: 290) + "…")
    }

    @Test func oneLongWordIsCutHard() {
        let excerpt = Excerpt.make(String(repeating: "x", count: 400))
        #expect(excerpt == String(repeating: "x", count: 299) + "…")
    }

    @Test func exactlyTheLimitIsKept() {
        let text = String(repeating: "y", count: 300)
        #expect(Excerpt.make(text) == text)
    }
}
