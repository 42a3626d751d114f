import Foundation
import ModelCatalog
import XCTest

@testable import Site

final class SiteRendererTests: XCTestCase {
    func testEveryPageKindIsWritten() throws {
        let files = try SiteFixture.render()
        for path in [
            "index.html", "models/openai/gpt-4o-mini/index.html", "models/openai/gpt-4o-mini/badge.svg", "providers/azure/index.html",
            "authors/openai/index.html", "compare/index.html", "compare/price-vs-context/index.html", "compare/leaderboards/index.html",
            "changes/index.html", "feed.xml", "sitemap.xml", "404.html", "catalog.json", "assets/style.css", "assets/directory.js", "assets/site.js", "assets/compare.js",
        ] {
            XCTAssertNotNil(files[path], path)
        }
    }

    func testTextIsEscapedAndOnlyTheTrustedNoteIsRaw() throws {
        let files = try SiteFixture.render()
        let page = try XCTUnwrap(files["models/acme/evil/index.html"])
        XCTAssertFalse(page.contains("<script>alert"), "model names are escaped")
        XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"))
        XCTAssertTrue(page.contains("<p>Trusted <em>note</em></p>"), "the note is trusted HTML")
        XCTAssertTrue(page.contains("A model whose name &lt;b&gt;tries&lt;/b&gt; markup."))
        XCTAssertFalse(try XCTUnwrap(files["index.html"]).contains("<script>alert"))
        XCTAssertFalse(try XCTUnwrap(files["models/acme/evil/badge.svg"]).contains("<script>"))
        XCTAssertTrue(try XCTUnwrap(files["compare/index.html"]).contains("data-n=\"&lt;script&gt;"))
        let templates = try FileManager.default.contentsOfDirectory(atPath: SiteFixture.templates.path).filter { $0.hasSuffix(".mustache") }
        for name in templates {
            let text = try String(contentsOf: SiteFixture.templates.appendingPathComponent(name), encoding: .utf8)
            let raw = text.components(separatedBy: "{{{").dropFirst().map { $0.prefix(while: { $0 != "}" }) }
            let allowed: Set<Substring> = name == "head.mustache" ? ["trustedSiteHeaderHTML"] : name == "foot.mustache" ? ["trustedSiteFooterHTML"] : ["trustedNoteHTML"]
            XCTAssertTrue(raw.allSatisfy(allowed.contains), "\(name): unescaped values other than \(allowed.sorted())")
        }
    }

    /// The site header and footer are rendered once per depth, so each page's navigation and
    /// footer links must still start from that page's own way back to the root.
    func testSiteHeaderAndFooterLinksStartFromEachPagesDepth() throws {
        let files = try SiteFixture.render()
        for (path, root) in [("index.html", ""), ("changes/index.html", "../"), ("compare/leaderboards/index.html", "../../"), ("models/acme/evil/index.html", "../../../")] {
            let page = try XCTUnwrap(files[path], path)
            XCTAssertTrue(page.contains(#"<a class="brand" href="\#(root)index.html">"#), path)
            XCTAssertTrue(page.contains(#"<li><a href="\#(root)compare/index.html">Compare</a></li>"#), path)
            XCTAssertTrue(page.contains(#"<a href="\#(root)catalog.json">catalog.json</a>"#), path)
            XCTAssertEqual(page.components(separatedBy: "<header class=\"top\">").count, 2, "\(path): one site header")
        }
    }

    func testDirectoryRowsCarryExactValuesForSortingAndFiltering() throws {
        let index = try XCTUnwrap(SiteFixture.render()["index.html"])
        XCTAssertTrue(index.contains(#"data-p="azure openai""#))
        XCTAssertTrue(index.contains(#"data-usd="0.15">0.15<"#), "cheapest endpoint's input per 1M")
        XCTAssertTrue(index.contains(#"data-c="tools""#))
        XCTAssertTrue(index.contains(#"<th scope="col" class="num" data-type="num" data-key="input">"#))
        XCTAssertTrue(index.contains(#"<form class="filters" id="filters" hidden>"#), "filters appear only with JavaScript")
        XCTAssertEqual(index.components(separatedBy: "<tr data-a=").count - 1, 2, "every model is server-rendered")
    }

    func testLinksAreRelativeAndCanonicalURLsUseTheBaseURL() throws {
        let files = try SiteFixture.render()
        let page = try XCTUnwrap(files["models/openai/gpt-4o-mini/index.html"])
        XCTAssertTrue(page.contains(#"<link rel="canonical" href="https://example.org/models/models/openai/gpt-4o-mini/">"#))
        XCTAssertTrue(page.contains(#"href="../../../assets/style.css""#))
        XCTAssertTrue(page.contains(#"href="../../../providers/azure/index.html""#))
        XCTAssertTrue(page.contains(#"<meta property="og:title" content="GPT-4o mini">"#))
        XCTAssertFalse(page.contains(#"href="/"#), "no root-absolute links outside the 404 page")
        let notFound = try XCTUnwrap(files["404.html"])
        XCTAssertTrue(notFound.contains(#"href="/models/assets/style.css""#), "the 404 page links from the base URL's path")
        let sitemap = try XCTUnwrap(files["sitemap.xml"])
        XCTAssertTrue(sitemap.contains("<loc>https://example.org/models/models/openai/gpt-4o-mini/</loc>"))
        XCTAssertFalse(sitemap.contains("404"))
    }

    func testWithoutBaseURLThereIsNoSitemapAndNoCanonical() throws {
        let files = try SiteFixture.render(settings: SiteFixture.settings(baseURL: nil))
        XCTAssertNil(files["sitemap.xml"])
        XCTAssertFalse(try XCTUnwrap(files["index.html"]).contains("rel=\"canonical\""))
        XCTAssertTrue(try XCTUnwrap(files["404.html"]).contains(#"href="/assets/style.css""#))
    }

    func testModelPageShowsCheapestProvenanceEditLinkBadgeAndDeprecation() throws {
        let files = try SiteFixture.render()
        let page = try XCTUnwrap(files["models/openai/gpt-4o-mini/index.html"])
        let cheapestRow = try XCTUnwrap(page.components(separatedBy: "<tr").first { $0.contains("class=\"cheapest\"") })
        XCTAssertTrue(cheapestRow.contains(">OpenAI<"), "openai's endpoint is the cheaper one")
        XCTAssertTrue(page.contains("verified: LiteLLM 1.2.3"), "last verified is the snapshot label")
        XCTAssertTrue(page.contains("https://github.com/example/catalog/blob/main/catalog/sources/litellm.json"))
        XCTAssertTrue(page.contains("https://github.com/example/catalog/new/main/catalog/notes/openai?filename=gpt-4o-mini.md"), "edit link creates the missing note")
        XCTAssertTrue(page.contains("https://example.org/models/models/openai/gpt-4o-mini/badge.svg"), "embed snippet uses the absolute badge URL")
        XCTAssertTrue(page.contains(#"data-copy="gpt-4o-mini""#))
        let evil = try XCTUnwrap(files["models/acme/evil/index.html"])
        XCTAssertTrue(evil.contains("Deprecated:"))
        XCTAssertTrue(evil.contains("https://github.com/example/catalog/edit/main/catalog/notes/acme/evil.md"), "edit link edits the existing note")
        let badge = try XCTUnwrap(files["models/openai/gpt-4o-mini/badge.svg"])
        XCTAssertTrue(badge.contains("in $0.15 · out $0.60 /1M"))
    }

    func testHistoryChangesAndLeaderboardsAppearWhenSupplied() throws {
        let id = ModelID(author: "openai", slug: "gpt-4o-mini")
        let supplements = SiteSupplements(
            priceHistory: [id: [
                .init(date: "2024-07-18", provider: "openai", prompt: Decimal(string: "0.0000003"), completion: Decimal(string: "0.0000012")),
                .init(date: "2024-10-01", provider: "openai", prompt: Decimal(string: "0.00000015"), completion: Decimal(string: "0.0000006")),
            ]],
            changes: [.init(date: "2024-10-01", model: id, title: "Input price down 50% at openai", summary: "0.30 → 0.15 per 1M input tokens.")],
            leaderboards: [.init(id: "custom", title: "Custom board", valueLabel: "score", entries: [.init(model: id, value: "42")])])
        let files = try SiteFixture.render(supplements: supplements)
        let page = try XCTUnwrap(files["models/openai/gpt-4o-mini/index.html"])
        XCTAssertTrue(page.contains("<h2 id=\"history\">Price history</h2>"))
        XCTAssertTrue(page.contains("<polyline class=\"line c0\""))
        XCTAssertTrue(page.contains("<td>2024-07-18</td>"))
        XCTAssertFalse(try XCTUnwrap(files["models/acme/evil/index.html"]).contains("Price history"), "no history, no section")
        let feed = try XCTUnwrap(files["feed.xml"])
        XCTAssertTrue(feed.contains("<updated>2024-10-01T00:00:00Z</updated>"))
        XCTAssertTrue(feed.contains("<title>GPT-4o mini: Input price down 50% at openai</title>"))
        XCTAssertTrue(feed.contains("<link href=\"https://example.org/models/models/openai/gpt-4o-mini/\"/>"))
        XCTAssertTrue(try XCTUnwrap(files["changes/index.html"]).contains("Input price down 50% at openai"))
        let boards = try XCTUnwrap(files["compare/leaderboards/index.html"])
        XCTAssertTrue(boards.contains("Custom board") && !boards.contains("Cheapest chat models"))
    }

    func testDefaultLeaderboardsAndScatterChart() throws {
        let files = try SiteFixture.render()
        let boards = try XCTUnwrap(files["compare/leaderboards/index.html"])
        XCTAssertTrue(boards.contains("Longest context"))
        let scatter = try XCTUnwrap(files["compare/price-vs-context/index.html"])
        XCTAssertEqual(scatter.components(separatedBy: "<circle").count - 1, 2)
        XCTAssertTrue(scatter.contains("<title>GPT-4o mini (openai/gpt-4o-mini): 128K context, $0.15 input / $0.60 output per 1M</title>"))
    }

    func testCurrencySwitchAppearsOnlyWithConfiguredCurrencies() throws {
        XCTAssertFalse(try XCTUnwrap(SiteFixture.render()["index.html"]).contains("id=\"currency\""))
        let extra = "[[site.currencies]]\ncode = \"EUR\"\nrate = \"0.5\"\ndate = \"2000-01-01\"\nsource = \"EXAMPLE\"\n"
        let index = try XCTUnwrap(SiteFixture.render(settings: SiteFixture.settings(extra))["index.html"])
        XCTAssertTrue(index.contains(#"<option value="EUR" data-rate="0.5" data-date="2000-01-01" data-source="EXAMPLE">EUR</option>"#))
    }

    func testRenderingIsDeterministic() throws {
        let first = try SiteFixture.render()
        let second = try SiteFixture.render()
        XCTAssertEqual(first, second)
    }
}
