import Foundation
import ModelCatalog
import Ingest
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

/// A duplicate JSON key is a warning, and the value read is the first, as the warning says.
final class DuplicateKeyTests: XCTestCase {
    func testTheFirstValueIsReadAsTheWarningSays() throws {
        let data = Data("{\n\"m-1\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": 1e-06},\n\"m-1\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": 9e-06}\n}".utf8)
        let result = try LiteLLMReader().read(Snapshot(sourceID: "s", path: "sources/s.json", data: data))
        XCTAssertEqual(result.entries.map { $0.pricing[.prompt] }, [Decimal(string: "0.000001")])
        XCTAssertEqual(result.warnings.map(\.description), [
            "warning: sources/s.json: line 3: duplicate key \"m-1\" in the top-level object with a different value than at line 2; the value at line 2 is read, this one is ignored"
        ])
    }

    func testNestedDuplicatesAndSameValues() {
        let text = "{\"data\": [{\"a\": {\"x\": [1, {\"y\": 2}]}, \"b\": 1,\n \"a\": {\"x\": [1, {\"y\": 2}]}}, {\"c\": 1, \"c\": 2}]}"
        XCTAssertEqual(JSONShapeCheck.findings(in: Array(text.utf8), file: "f.json").warnings.map(\.description), [
            "warning: f.json: line 2: duplicate key \"a\" in data[0], same value as at line 1; read once",
            "warning: f.json: line 2: duplicate key \"c\" in data[1] with a different value than at line 2; the value at line 2 is read, this one is ignored",
        ])
    }
}
