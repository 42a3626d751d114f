import Foundation
import ModelCatalog
import Pipeline
import XCTest

/// Builds `Fixtures/hostile-catalog/` (script injections in every text field that reaches a
/// page: model and provider names, descriptions, modes, ids, notes, link titles and URLs, the
/// site title, source labels) and checks every HTML, XML and SVG file written for markup that
/// could run: no `<script` (other than an external script from `assets/`), no event-handler
/// attribute, no `javascript:`/`vbscript:`/`data:` URL in `href` or `src`, none of the
/// injected tags. The browser test (Tests/Browser/) opens the same pages in Chromium.
final class HostileCatalogTests: XCTestCase {
    static func fixture() throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("hostile-catalog")
    }

    /// Builds the hostile catalog into a fresh folder and returns it (the caller removes it).
    static func buildHostileSite() throws -> (site: URL, report: BuildReport) {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("modelcat-hostile-\(UUID().uuidString)")
        let site = top.appendingPathComponent("site")
        let pipeline = BuildPipeline(catalogFolder: try fixture(), templatesFolder: Sandbox.templates)
        do {
            return (site, try pipeline.build(output: site))
        } catch {
            XCTFail("the hostile catalog must build: \(error)")
            throw error
        }
    }

    /// What must never appear in an HTML, XML or SVG file, whatever the input.
    static let forbidden: [(name: String, pattern: String)] = [
        ("a <script> element other than an external script from assets/", #"<script(?![^>]*\bsrc="((\.\./)*|/[^"<>]*/)assets/[^"]+"[^>]*>\s*</script>)"#),
        ("a script URL in href or src", #"(href|src|action|formaction)\s*=\s*["']?\s*(javascript|vbscript|data):"#),
        // The site draws its own SVG (charts, badges); a hostile one would carry an event handler.
        ("an injected tag", #"<(img src=x|svg[\s/]+on[a-z]+=|iframe|style|b onclick)"#),
    ]

    func testNoInjectedMarkupInAnyOutputFile() throws {
        let (site, report) = try Self.buildHostileSite()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        XCTAssertGreaterThan(report.modelCount, 2)
        var checked = 0
        let enumerator = FileManager.default.enumerator(atPath: site.path)
        while let item = enumerator?.nextObject() as? String {
            guard ["html", "xml", "svg"].contains((item as NSString).pathExtension) else { continue }
            let text = try String(contentsOf: site.appendingPathComponent(item), encoding: .utf8)
            checked += 1
            for (name, pattern) in Self.forbidden {
                let regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
                if let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), let range = Range(match.range, in: text) {
                    let start = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
                    let end = text.index(range.upperBound, offsetBy: 60, limitedBy: text.endIndex) ?? text.endIndex
                    XCTFail("\(item): \(name): …\(text[start..<end])…")
                }
            }
            // Event handlers: inside a real tag, outside its quoted attribute values.
            let tags = try NSRegularExpression(pattern: #"<[a-zA-Z][^>]*>"#)
            for match in tags.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range, in: text) else { continue }
                let bare = text[range].replacingOccurrences(of: #""[^"]*"|'[^']*'"#, with: "\"\"", options: .regularExpression)
                if bare.range(of: #"\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) != nil {
                    XCTFail("\(item): an event-handler attribute: \(text[range])")
                }
            }
            if item.hasSuffix(".html") {
                XCTAssertTrue(text.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'"#), "\(item): no CSP meta tag")
            }
        }
        XCTAssertGreaterThan(checked, 5, "pages checked")
    }

    func testInjectedTextIsShownEscapedNotDropped() throws {
        let (site, _) = try Self.buildHostileSite()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), "the site title is shown, escaped")
    }

    func testTemplatesHaveNoInlineScriptAndOneTrustedInsertion() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Sandbox.templates.path).filter { $0.hasSuffix(".mustache") }
        var triple: [String] = []
        for name in names.sorted() {
            let text = try String(contentsOf: Sandbox.templates.appendingPathComponent(name), encoding: .utf8)
            XCTAssertNil(text.range(of: #"<script(?![^>]*\bsrc=)"#, options: [.regularExpression, .caseInsensitive]), "\(name): inline script")
            XCTAssertNil(text.range(of: #"\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]), "\(name): event-handler attribute")
            XCTAssertNil(text.range(of: "{{&", options: .literal), "\(name): unescaped {{& }}")
            var rest = text[...]
            while let range = rest.range(of: "{{{") {
                let end = rest[range.upperBound...].range(of: "}}}")?.lowerBound ?? rest.endIndex
                triple.append("\(name): \(rest[range.upperBound..<end])")
                rest = rest[end...]
            }
        }
        // Where trusted HTML goes in: a note rendered by cmark without CMARK_OPT_UNSAFE, and the
        // site header and footer, rendered (escaped) from site-header/site-footer.mustache once
        // per depth (SiteChrome).
        XCTAssertEqual(
            triple,
            ["foot.mustache: trustedSiteFooterHTML", "head.mustache: trustedSiteHeaderHTML", "model.mustache: trustedNoteHTML", "provider.mustache: trustedNoteHTML"])
    }
}
