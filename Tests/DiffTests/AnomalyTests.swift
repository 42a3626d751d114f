import Diff
import ModelCatalog
import XCTest

/// One test per anomaly rule, each with its boundary.
final class AnomalyTests: XCTestCase {
    func diff(_ oldPrompt: String, _ newPrompt: String, settings: DiffSettings = DiffSettings()) -> CatalogDiff {
        CatalogDiffer(settings: settings).diff(
            base: Fixture.catalog([Fixture.model("openai/gpt-4o", [Fixture.endpoint("openai", "gpt-4o", prompt: oldPrompt)])]),
            head: Fixture.catalog([Fixture.model("openai/gpt-4o", [Fixture.endpoint("openai", "gpt-4o", prompt: newPrompt)])]))
    }

    func testPriceMovingMoreThanTheFactorEitherWay() {
        XCTAssertEqual(diff("0.000001", "0.0000031").anomalies.map(\.kind), [.priceFactor])
        XCTAssertEqual(diff("0.0000031", "0.000001").anomalies.map(\.kind), [.priceFactor])
        XCTAssertEqual(diff("0.0032", "0.0000032").anomalies.first?.message, "openai:gpt-4o prompt down ×1000 (0.0032 → 0.0000032)")
        XCTAssertEqual(diff("0.0032", "0.0000032").anomalies.first?.detail, "down ×1000")
        // Exactly ×3 is allowed; the factor is configurable.
        XCTAssertTrue(diff("0.000001", "0.000003").anomalies.isEmpty)
        XCTAssertEqual(diff("0.000001", "0.0000021", settings: DiffSettings(priceFactor: 2)).anomalies.map(\.kind), [.priceFactor])
        let change = diff("0.000001", "0.00001").changes.first { $0.kind == .price }
        XCTAssertEqual(change?.anomalies, [.priceFactor])
    }

    func testPaidBecomingFreeAndFreeBecomingPaid() {
        XCTAssertEqual(diff("0.000001", "0").anomalies.map(\.kind), [.paidToFree])
        XCTAssertEqual(diff("0", "0.0000275").anomalies.map(\.kind), [.freeToPaid])
        // A price appearing or disappearing is a change but not "free becoming paid".
        let appeared = CatalogDiffer().diff(
            base: Fixture.catalog([Fixture.model("openai/gpt-4o", [Fixture.endpoint("openai", "gpt-4o", prompt: nil)])]),
            head: Fixture.catalog([Fixture.model("openai/gpt-4o", [Fixture.endpoint("openai", "gpt-4o", prompt: "0.000001")])]))
        XCTAssertEqual(appeared.counts[.price], 1)
        XCTAssertTrue(appeared.anomalies.isEmpty)
    }

    func testProviderLosingMoreThanAFifthOfItsEndpoints() {
        let endpoints = (0..<10).map { Fixture.endpoint("groq", "m\($0)") }
        let base = Fixture.catalog([Fixture.model("meta-llama/llama", endpoints)])
        let twoLost = Fixture.catalog([Fixture.model("meta-llama/llama", Array(endpoints.dropFirst(2)))])
        let threeLost = Fixture.catalog([Fixture.model("meta-llama/llama", Array(endpoints.dropFirst(3)))])
        XCTAssertTrue(CatalogDiffer().diff(base: base, head: twoLost).anomalies.isEmpty, "20% exactly is not more than 20%")
        let diff = CatalogDiffer().diff(base: base, head: threeLost)
        XCTAssertEqual(diff.anomalies.map(\.kind), [.providerLostEndpoints])
        XCTAssertEqual(diff.anomalies.first?.provider, "groq")
        XCTAssertEqual(diff.anomalies.first?.old, .integer(10))
        XCTAssertEqual(diff.anomalies.first?.new, .integer(7))
        XCTAssertEqual(diff.anomalies.first?.message, "groq lost 3 of its 10 endpoints (30%)")
    }

    func testModelWithANoteLosingItsLastEndpoint() {
        let noted = Fixture.model("openai/gpt-4", [Fixture.endpoint("openai", "gpt-4")], note: "<p>The classic.</p>")
        let plain = Fixture.model("openai/gpt-3", [Fixture.endpoint("openai", "gpt-3")])
        let keep = Fixture.model("openai/gpt-5", (0..<20).map { Fixture.endpoint("openai", "gpt-5-\($0)") })
        let base = Fixture.catalog([noted, plain, keep])
        // Removed entirely, and kept with a note but no endpoint: both flagged; the model without a note is not.
        let head = Fixture.catalog([keep])
        var stillNoted = noted
        stillNoted.endpoints = []
        let headKeepingNote = Fixture.catalog([stillNoted, keep])
        for head in [head, headKeepingNote] {
            let anomalies = CatalogDiffer().diff(base: base, head: head).anomalies.filter { $0.kind == .notedModelLostEndpoints }
            XCTAssertEqual(anomalies.map(\.model), [ModelID("openai/gpt-4")])
        }
    }

    func testCanonicalResolutionChange() {
        let endpoint = Fixture.endpoint("bedrock", "anthropic.claude-x-v1:0")
        let diff = CatalogDiffer().diff(
            base: Fixture.catalog([Fixture.model("bedrock/anthropic.claude-x", [endpoint])]),
            head: Fixture.catalog([Fixture.model("anthropic/claude-x", [endpoint])]))
        XCTAssertEqual(diff.anomalies.map(\.kind), [.resolutionChanged])
        XCTAssertEqual(diff.anomalies.first?.message, "bedrock:anthropic.claude-x-v1:0 moved from bedrock/anthropic.claude-x to anthropic/claude-x")
        XCTAssertEqual(diff.anomalyCounts[.resolutionChanged], 1)
    }
}
