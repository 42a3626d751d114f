import Foundation
import ModelCatalog
import Pipeline
import XCTest

/// One run reports every input error (sources and notes together), and `strict` makes
/// warnings fatal before anything is written.
final class DiagnosticsCollectionTests: XCTestCase {
    func testEveryErrorOfARunIsReportedTogether() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.putCatalog(format: "litellm", snapshot: "sources/bad.json")
        try sandbox.put("sources/bad.json", Data(#"{"a": {"litellm_provider": "x", "input_cost_per_token": -1}, "b": {"litellm_provider": "x", "supports_vision": 1}}"#.utf8))
        try sandbox.put("notes/acme/x.md", Data("+++\nname = 5\n+++\n".utf8))
        let before = sandbox.tree()
        guard case .failure(let error) = sandbox.build() else { return XCTFail("must fail") }
        XCTAssertEqual(error.diagnostics.sorted().map(\.description), [
            "error: notes/acme/x.md: name: expected a string, found an integer",
            "error: sources/bad.json: [\"a\"].input_cost_per_token: expected a price of zero or more, found -1",
            "error: sources/bad.json: [\"b\"].supports_vision: expected true or false, found a number",
        ])
        XCTAssertEqual(sandbox.tree(), before)
    }

    func testStrictMakesWarningsFatalAndWritesNothing() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.putCatalog(format: "litellm", snapshot: "sources/bad.json")
        try sandbox.put("sources/bad.json", Data(#"{"a": {"litellm_provider": "x", "input_cost_per_token": 1e-06, "odd_key": 1}}"#.utf8))
        let before = sandbox.tree()
        guard case .failure(let error) = sandbox.build(strict: true) else { return XCTFail("strict must fail on a warning") }
        XCTAssertEqual(error.diagnostics.map(\.description), [
            "warning: sources/bad.json: [\"a\"].odd_key: unknown key; not read (add it to LiteLLMFields if it carries a fact)"
        ])
        XCTAssertEqual(sandbox.tree(), before)
        guard case .success(let report) = sandbox.build() else { return XCTFail("without strict the build succeeds") }
        XCTAssertEqual(report.warnings.count, 1)
    }
}
