import Foundation
import XCTest

@testable import Site

/// The templates' escaping: the same entities as swift-mustache's HTML content type, and
/// template errors still pointing at the template's own lines.
final class HTMLEscapingTests: XCTestCase {
    func testTheFiveCharactersAreReplacedByTheirEntities() {
        XCTAssertEqual(HTMLEscaping.escape("<a href=\"x\">Tom & Jerry's</a>"), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }

    func testTextWithNothingToEscapeIsUnchanged() {
        for text in ["", "0.15", "openai/gpt-4o", "Qwen3 235B A22B", "日本語 — ümlaut 🙂"] {
            XCTAssertEqual(HTMLEscaping.escape(text), text)
        }
    }

    func testNonASCIITextAroundEscapesSurvives() {
        XCTAssertEqual(HTMLEscaping.escape("🙂<ü>&日"), "🙂&lt;ü&gt;&amp;日")
    }

    func testRenderedPagesEscapeValuesWithTheRegisteredContentType() throws {
        let folder = try Self.templates(["page.mustache": "<p title=\"{{value}}\">{{value}}</p>{{{value}}}"])
        let rendered = try TemplateSet(directory: folder, required: ["page"]).render(["value": "<b>'&\"</b>"], template: "page")
        XCTAssertEqual(rendered, "<p title=\"&lt;b&gt;&#39;&amp;&quot;&lt;/b&gt;\">&lt;b&gt;&#39;&amp;&quot;&lt;/b&gt;</p><b>'&\"</b>")
    }

    func testPartialsEscapeToo() throws {
        let folder = try Self.templates(["page.mustache": "{{> part}}|{{value}}", "part.mustache": "[{{value}}]"])
        let rendered = try TemplateSet(directory: folder, required: ["page", "part"]).render(["value": "a<b"], template: "page")
        XCTAssertEqual(rendered, "[a&lt;b]|a&lt;b")
    }

    func testATemplateErrorNamesTheTemplatesOwnLine() throws {
        let folder = try Self.templates(["page.mustache": "line one\nline two {{#open}}\nline three\n"])
        XCTAssertThrowsError(try TemplateSet(directory: folder, required: ["page"])) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("templates/page.mustache"), text)
            XCTAssertTrue(text.contains("line 4, column 1"), text)
        }
    }

    private static func templates(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("escaping-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }
}
