import Diff
import Foundation
import ModelCatalog
import XCTest

/// The three renderings: Markdown for pull requests, the JSON contract, terminal text.
final class ReportTests: XCTestCase {
    /// A diff with every kind of change and anomaly, `scale` times over.
    static func bigDiff(scale: Int) -> CatalogDiff {
        var baseModels: [Model] = [], headModels: [Model] = []
        for index in 0..<scale {
            let slug = "model-\(index)-" + String(repeating: "long-name-", count: 6)
            var old = Fixture.endpoint("provider-\(index % 7)", "\(slug)-a", prompt: "0.000001", completion: "0.000002")
            old.capabilities = [.tools: false]
            var new = Fixture.endpoint("provider-\(index % 7)", "\(slug)-a", prompt: index % 5 == 0 ? "0.00001" : "0.0000011", completion: "0.0000025", context: 200_000)
            new.capabilities = [.tools: true]
            new.maxOutputTokens = 8192
            new.status = "deprecated"
            baseModels.append(Fixture.model("author/\(slug)", [old, Fixture.endpoint("gone", "\(slug)-gone")], note: "<p>note</p>"))
            headModels.append(Fixture.model("author/\(slug)", [new, Fixture.endpoint("new", "\(slug)-new")], note: "<p>note changed</p>"))
            headModels.append(Fixture.model("author/\(slug)-added", [Fixture.endpoint("new", "\(slug)-added")]))
        }
        return CatalogDiffer().diff(base: Fixture.catalog(baseModels), head: Fixture.catalog(headModels), baseLabel: "origin/main", headLabel: "HEAD")
    }

    func testMarkdownStartsWithASummaryAndStaysUnderTheCommentLimitOnAHugeDiff() {
        let diff = Self.bigDiff(scale: 2_000)
        XCTAssertGreaterThan(diff.changes.count, 15_000)
        let markdown = MarkdownReport().render(diff)
        XCTAssertLessThan(markdown.count, 65_000)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: true)
        XCTAssertTrue(lines[0].hasPrefix("⚠️ **Pricing diff** `origin/main` → `HEAD`: 4000 price changes, 4000 endpoints added (2000 new models), 2000 endpoints removed"), String(lines[0]))
        XCTAssertTrue(lines[0].hasSuffix("anomalies"), String(lines[0]))
        XCTAssertTrue(lines[1].hasPrefix("<details open><summary>⚠️ Anomalies"), String(lines[1]))
        XCTAssertTrue(markdown.contains("<details open><summary>⚠️ Anomalies"))
        XCTAssertTrue(markdown.contains("<details><summary>Price changes ("))
        XCTAssertTrue(markdown.contains("more_"))
        XCTAssertTrue(markdown.hasSuffix(MarkdownReport.marker + "\n"))
        // Every kind is present as a section even when rows had to be cut.
        for kind in [ChangeKind.added, .removed, .price, .context, .maxOutput, .capability, .deprecation, .note] {
            XCTAssertTrue(markdown.contains("<summary>\(kind.title) ("), kind.rawValue)
        }
    }

    func testMarkdownSortsByImpactWithAnomaliesFirst() throws {
        let diff = Self.bigDiff(scale: 20)
        let markdown = MarkdownReport().render(diff)
        let section = try XCTUnwrap(markdown.components(separatedBy: "<summary>Price changes").last)
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| author/") }
        XCTAssertTrue(rows[0].contains("⚠️"), String(rows[0]))  // the ×10 moves come first
        XCTAssertTrue(rows[0].contains("+900%"), String(rows[0]))
    }

    func testMarkdownEscapesTableCells() {
        var provider = Provider(id: "evil", name: "Evil")
        provider.retention = "a | b <script>"
        let models = [Fixture.model("openai/gpt-4o", [Fixture.endpoint("evil", "x")])]
        let diff = CatalogDiffer().diff(base: Fixture.catalog(models, providers: [Provider(id: "evil", name: "Evil")]), head: Fixture.catalog(models, providers: [provider]))
        let markdown = MarkdownReport().render(diff)
        XCTAssertTrue(markdown.contains("a \\| b &lt;script&gt;"))
        XCTAssertFalse(markdown.contains("<script>"))
    }

    func testJSONContract() throws {
        let old = Fixture.endpoint("openai", "gpt-4o", prompt: "0.0000025", completion: "0.00001")
        let new = Fixture.endpoint("openai", "gpt-4o", prompt: "0.00001", completion: "0.00001")
        let diff = CatalogDiffer().diff(
            base: Fixture.catalog([Fixture.model("openai/gpt-4o", [old])]),
            head: Fixture.catalog([Fixture.model("openai/gpt-4o", [new]), Fixture.model("openai/gpt-5", [Fixture.endpoint("openai", "gpt-5")])]))
        let data = try JSONReport.render(diff)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["schema_version"] as? String, "1")
        let summary = try XCTUnwrap(object["summary"] as? [String: Int])
        XCTAssertEqual(summary["price"], 1)
        XCTAssertEqual(summary["added"], 2)
        XCTAssertEqual(summary["removed"], 0)
        XCTAssertEqual(summary["models_added"], 1)
        XCTAssertEqual(summary["endpoints_added"], 1)
        XCTAssertEqual(summary["anomalies"], 1)
        XCTAssertEqual(summary["anomaly_price_factor"], 1)
        for kind in ChangeKind.allCases { XCTAssertNotNil(summary[kind.rawValue], kind.rawValue) }
        let changes = try XCTUnwrap(object["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.map { $0["kind"] as? String }, ["added", "added", "price"])
        let price = changes[2]
        XCTAssertEqual(price["model"] as? String, "openai/gpt-4o")
        XCTAssertEqual(price["provider"] as? String, "openai")
        XCTAssertEqual(price["provider_model_id"] as? String, "gpt-4o")
        XCTAssertEqual(price["field"] as? String, "prompt")
        XCTAssertEqual(price["old"] as? String, "0.0000025")  // decimal strings, USD per token
        XCTAssertEqual(price["new"] as? String, "0.00001")
        XCTAssertEqual(price["old_per_1m"] as? String, "2.5")
        XCTAssertEqual(price["new_per_1m"] as? String, "10")
        XCTAssertEqual(price["change_percent"] as? String, "300")
        XCTAssertEqual(price["anomalies"] as? [String], ["price_factor"])
        let modelAdded = changes[0]
        XCTAssertEqual(modelAdded["field"] as? String, "model")
        XCTAssertTrue(modelAdded["provider"] is NSNull)
        XCTAssertTrue(modelAdded["old"] is NSNull)
        let anomalies = try XCTUnwrap(object["anomalies"] as? [[String: Any]])
        XCTAssertEqual(anomalies.first?["kind"] as? String, "price_factor")
        // Deterministic bytes.
        XCTAssertEqual(try JSONReport.render(diff), data)
    }

    func testTextReportColoursOnlyWhenAsked() {
        let diff = Self.bigDiff(scale: 3)
        let plain = TextReport(colour: false).render(diff)
        XCTAssertFalse(plain.contains("\u{1B}["))
        XCTAssertTrue(plain.hasPrefix("modelcat diff: origin/main → HEAD\n"))
        XCTAssertTrue(plain.contains("ANOMALIES ("))
        XCTAssertTrue(plain.contains("~ author/model-0-"))
        let coloured = TextReport(colour: true, maxRows: 1).render(diff)
        XCTAssertTrue(coloured.contains("\u{1B}[32m+ \u{1B}[0m"))
        XCTAssertTrue(coloured.contains("… and 2 more"))
    }
}
