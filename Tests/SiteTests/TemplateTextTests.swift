import Mustache
import XCTest

@testable import Site

/// Texts handed to swift-mustache as `TemplateText` (through `TemplateView` and
/// `TemplateValues`) render exactly as the strings they hold, in every place a template can
/// put a value.
final class TemplateTextTests: XCTestCase {
    /// A row with a text and an optional text, answering through `TemplateValues`.
    private struct Row: TemplateValues {
        let name: String
        let note: String?
        func value(named key: String) -> Any? {
            switch key {
            case "name": name
            case "note": note
            default: nil
            }
        }
    }

    private let library: MustacheLibrary = {
        HTMLEscaping.register()
        var library = MustacheLibrary()
        let templates = [
            "variables": "{{title}}|{{{title}}}|{{missing}}|{{count}}",
            // A section over a text: `{{.}}` is the text, other names come from the page.
            "section": "{{#title}}[{{.}}/{{{.}}}/{{count}}/{{title}}]{{/title}}{{^title}}none{{/title}}",
            "inverted": "{{^missing}}no value{{/missing}}{{^empty}}empty is set{{/empty}}",
            "transforms": "{{uppercased(title)}}|{{lowercased(title)}}|{{empty(empty)}}|{{reversed(title)}}",
            "rows": "{{#rows}}<li>{{name}}{{#note}}: {{note}} ({{name}}, {{count}}){{/note}}{{^note}} –{{/note}}</li>{{/rows}}",
            "dotted": "{{page.title}}|{{#page}}{{title}}{{/page}}",
        ]
        for (name, text) in templates {
            try! library.register(HTMLEscaping.pragma + text, named: name)
        }
        return library
    }()

    private let values: [String: Any] = [
        "title": "Tom & <Jerry> 'n' \"friends\"",
        "empty": "",
        "count": 3,
        "rows": [("a<b", "x&y"), ("c", nil), ("d", "")].map { Row(name: $0.0, note: $0.1) },
    ]

    private func render(_ template: String, _ view: [String: Any]) -> String? {
        library.render(view, withTemplate: template)
    }

    func testEveryPlaceAValueGoesRendersTheSameAsWithPlainStrings() {
        // The same rows as dictionaries of plain strings: what swift-mustache gets without TemplateText.
        var plain = values
        plain["rows"] = [["name": "a<b", "note": "x&y"], ["name": "c"], ["name": "d", "note": ""]] as [[String: Any]]
        for template in ["variables", "section", "inverted", "transforms", "rows"] {
            XCTAssertEqual(library.render(TemplateView(values: values), withTemplate: template), render(template, plain), template)
        }
    }

    func testTheValuesRenderAsExpected() {
        let view = TemplateView(values: values)
        XCTAssertEqual(
            library.render(view, withTemplate: "variables"),
            "Tom &amp; &lt;Jerry&gt; &#39;n&#39; &quot;friends&quot;|Tom & <Jerry> 'n' \"friends\"||3")
        XCTAssertEqual(
            library.render(view, withTemplate: "section"),
            "[Tom &amp; &lt;Jerry&gt; &#39;n&#39; &quot;friends&quot;/Tom & <Jerry> 'n' \"friends\"/3/Tom &amp; &lt;Jerry&gt; &#39;n&#39; &quot;friends&quot;]")
        XCTAssertEqual(library.render(view, withTemplate: "inverted"), "no value")
        XCTAssertEqual(
            library.render(view, withTemplate: "transforms"),
            "TOM &amp; &lt;JERRY&gt; &#39;N&#39; &quot;FRIENDS&quot;|tom &amp; &lt;jerry&gt; &#39;n&#39; &quot;friends&quot;|true|&quot;sdneirf&quot; &#39;n&#39; &gt;yrreJ&lt; &amp; moT")
        XCTAssertEqual(library.render(view, withTemplate: "rows"), "<li>a&lt;b: x&amp;y (a&lt;b, 3)</li><li>c –</li><li>d:  (d, 3)</li>")
        XCTAssertEqual(library.render(["page": view], withTemplate: "dotted"), "Tom &amp; &lt;Jerry&gt; &#39;n&#39; &quot;friends&quot;|Tom &amp; &lt;Jerry&gt; &#39;n&#39; &quot;friends&quot;")
    }

    func testTextsAreHandedOverAsTemplateTextAndOtherValuesAsTheyAre() {
        let view = TemplateView(values: values)
        XCTAssertEqual((view.child(named: "title") as? TemplateText)?.renderText, values["title"] as? String)
        XCTAssertEqual(view.child(named: "count") as? Int, 3)
        XCTAssertNil(view.child(named: "missing"))
        XCTAssertNil(Row(name: "n", note: nil).child(named: "note"), "a missing text stays missing, not an empty text")
        XCTAssertNil(TemplateText("x").child(named: "renderText"), "a text answers no names")
    }

    func testTemplateSetRendersADictionaryThroughTemplateView() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("template-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{#title}}<{{.}}>{{count}}{{/title}}".write(to: folder.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(directory: folder, required: ["page"])
        XCTAssertEqual(templates.render(["title": "a&b", "count": 2], template: "page"), "<a&amp;b>2")
    }
}
