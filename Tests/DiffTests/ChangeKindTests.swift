import Diff
import ModelCatalog
import XCTest

/// One test per kind of change the diff reports.
final class ChangeKindTests: XCTestCase {
    let differ = CatalogDiffer()

    func testIdenticalCatalogsGiveAnEmptyDiff() {
        let catalog = Fixture.catalog([Fixture.model("openai/gpt-4o", [Fixture.endpoint("openai", "gpt-4o"), Fixture.endpoint("azure", "gpt-4o")])])
        let diff = differ.diff(base: catalog, head: catalog)
        XCTAssertTrue(diff.isEmpty)
        XCTAssertEqual(ReportText.summaryLine(diff), "no changes")
    }

    func testModelsAndEndpointsAddedAndRemoved() {
        let base = Fixture.catalog([
            Fixture.model("openai/gpt-4o", [Fixture.endpoint("openai", "gpt-4o")]),
            Fixture.model("openai/gpt-3", [Fixture.endpoint("openai", "gpt-3")]),
        ])
        let head = Fixture.catalog([
            Fixture.model("openai/gpt-4o", [Fixture.endpoint("openai", "gpt-4o"), Fixture.endpoint("azure", "gpt-4o")]),
            Fixture.model("openai/gpt-5", [Fixture.endpoint("openai", "gpt-5")]),
        ])
        let diff = differ.diff(base: base, head: head)
        XCTAssertEqual(diff.modelsAdded, 1)
        XCTAssertEqual(diff.modelsRemoved, 1)
        XCTAssertEqual(diff.endpointsAdded, 2)  // azure:gpt-4o and openai:gpt-5
        XCTAssertEqual(diff.endpointsRemoved, 1)  // openai:gpt-3
        XCTAssertEqual(diff.counts[.added], 3)
        XCTAssertEqual(diff.counts[.removed], 2)
        let added = diff.changes(of: .added).filter { $0.field == "endpoint" }.map { "\($0.model!):\($0.provider!):\($0.providerModelID!)" }
        XCTAssertEqual(Set(added), ["openai/gpt-4o:azure:gpt-4o", "openai/gpt-5:openai:gpt-5"])
        // The provider azure is new too.
        XCTAssertEqual(diff.changes(of: .provider).map(\.provider), ["azure"])
    }

    func testPriceChangePerComponentWithTiersAndServiceTiers() throws {
        var old = Fixture.endpoint("openai", "gpt-4o", prompt: "0.0000025", completion: "0.00001")
        old.pricing.setRate(Decimal(string: "0.000005"), for: PriceKey(.prompt, tier: PriceTier(inputTokens: 200_000)))
        old.pricing.setRate(Decimal(string: "0.00000125"), for: PriceKey(.prompt, serviceTier: .batch))
        var new = old
        new.pricing[.prompt] = Decimal(string: "0.000003")
        new.pricing.setRate(Decimal(string: "0.000006"), for: PriceKey(.prompt, tier: PriceTier(inputTokens: 200_000)))
        new.pricing.setRate(Decimal(string: "0.0000015"), for: PriceKey(.prompt, serviceTier: .batch))
        new.pricing[.inputCacheRead] = Decimal(string: "0.0000003")
        let diff = differ.diff(
            base: Fixture.catalog([Fixture.model("openai/gpt-4o", [old])]), head: Fixture.catalog([Fixture.model("openai/gpt-4o", [new])]))
        let prices = diff.changes.filter { $0.kind == .price }
        XCTAssertEqual(prices.map(\.field).sorted(), ["batch/prompt", "input_cache_read", "prompt", "prompt >200000"])
        let prompt = try XCTUnwrap(prices.first { $0.field == "prompt" })
        XCTAssertEqual(prompt.old, .price(Decimal(string: "0.0000025")!))
        XCTAssertEqual(prompt.new, .price(Decimal(string: "0.000003")!))
        XCTAssertEqual(prompt.delta, Decimal(string: "0.0000005"))
        XCTAssertEqual(prompt.percent, 20)
        XCTAssertEqual(ReportText.value(prompt.old, of: prompt), "$2.50")
        XCTAssertEqual(ReportText.value(prompt.new, of: prompt), "$3.00")
        XCTAssertEqual(ReportText.movement(prompt), "+20%")
        let cache = try XCTUnwrap(prices.first { $0.field == "input_cache_read" })
        XCTAssertNil(cache.old)
        XCTAssertEqual(ReportText.movement(cache), "new")
        XCTAssertTrue(diff.anomalies.isEmpty, "a 20% move is not an anomaly")
    }

    func testContextAndMaxOutputChanges() {
        let old = Fixture.endpoint("openai", "gpt-4o", context: 128_000)
        var new = Fixture.endpoint("openai", "gpt-4o", context: 200_000)
        new.maxOutputTokens = 32_768
        let diff = differ.diff(base: Fixture.catalog([Fixture.model("openai/gpt-4o", [old])]), head: Fixture.catalog([Fixture.model("openai/gpt-4o", [new])]))
        XCTAssertEqual(diff.changes(of: .context).map(\.field), ["context_length"])
        XCTAssertEqual(diff.changes(of: .context).first?.old, .integer(128_000))
        XCTAssertEqual(diff.changes(of: .context).first?.new, .integer(200_000))
        XCTAssertEqual(diff.changes(of: .maxOutput).first?.new, .integer(32_768))
        XCTAssertNil(diff.changes(of: .maxOutput).first?.old)
    }

    func testCapabilityAndModalityChanges() {
        var old = Fixture.endpoint("openai", "gpt-4o")
        old.capabilities = [.tools: true, .vision: false]
        old.inputModalities = ["text"]
        var new = old
        new.capabilities = [.tools: true, .vision: true, .reasoning: true]
        new.inputModalities = ["image", "text"]
        let diff = differ.diff(base: Fixture.catalog([Fixture.model("openai/gpt-4o", [old])]), head: Fixture.catalog([Fixture.model("openai/gpt-4o", [new])]))
        XCTAssertEqual(diff.changes(of: .capability).map(\.field).sorted(), ["reasoning", "vision"])
        XCTAssertEqual(diff.changes(of: .capability).first { $0.field == "vision" }?.new, .flag(true))
        XCTAssertEqual(diff.changes(of: .modality).map(\.field), ["input_modalities"])
        XCTAssertEqual(diff.changes(of: .modality).first?.new, .list(["image", "text"]))
        // The same modalities in another order are no change.
        var reordered = new
        reordered.inputModalities = ["text", "image"]
        XCTAssertTrue(differ.diff(base: Fixture.catalog([Fixture.model("openai/gpt-4o", [new])]), head: Fixture.catalog([Fixture.model("openai/gpt-4o", [reordered])])).isEmpty)
    }

    func testDeprecations() {
        let old = Fixture.endpoint("openai", "gpt-4")
        var new = old
        new.status = "deprecated"
        new.deprecationDate = "2026-06-01"
        var baseModel = Fixture.model("openai/gpt-4", [old]), headModel = Fixture.model("openai/gpt-4", [new])
        headModel.deprecationDate = "2026-06-01"  // derived from the endpoint: not reported twice
        baseModel.retirementDate = nil
        headModel.retirementDate = "2026-12-01"  // from a note: reported at model level
        let diff = differ.diff(base: Fixture.catalog([baseModel]), head: Fixture.catalog([headModel]))
        let fields = diff.changes(of: .deprecation).map { "\($0.provider ?? "model"):\($0.field)" }.sorted()
        XCTAssertEqual(fields, ["model:retirement_date", "openai:deprecation_date", "openai:status"])
    }

    func testResolutionChangeIsAChangeNotAnAddAndRemove() {
        let endpoint = Fixture.endpoint("bedrock", "anthropic.claude-x-v1:0")
        let base = Fixture.catalog([Fixture.model("bedrock/anthropic.claude-x", [endpoint])])
        let head = Fixture.catalog([Fixture.model("anthropic/claude-x", [endpoint])])
        let diff = differ.diff(base: base, head: head)
        XCTAssertEqual(diff.endpointsAdded, 0)
        XCTAssertEqual(diff.endpointsRemoved, 0)
        XCTAssertEqual(diff.changes(of: .resolution).first?.old, .text("bedrock/anthropic.claude-x"))
        XCTAssertEqual(diff.changes(of: .resolution).first?.new, .text("anthropic/claude-x"))
        XCTAssertEqual(diff.modelsAdded, 1)
        XCTAssertEqual(diff.modelsRemoved, 1)
    }

    func testNoteAndDescriptionChangesAreSummarized() {
        let endpoint = Fixture.endpoint("openai", "gpt-4o")
        var old = Fixture.model("openai/gpt-4o", [endpoint], note: "<p>Fast.</p>")
        old.description = "Fast."
        var new = Fixture.model("openai/gpt-4o", [endpoint], note: "<p>Fast and <em>cheap</em>.</p>\n<p>" + String(repeating: "x", count: 300) + "</p>")
        new.description = "Fast and cheap."
        let diff = differ.diff(base: Fixture.catalog([old]), head: Fixture.catalog([new]))
        let notes = diff.changes(of: .note)
        XCTAssertEqual(notes.map(\.field).sorted(), ["description", "note"])
        let note = notes.first { $0.field == "note" }
        XCTAssertEqual(note?.old, .text("Fast."))
        guard case .text(let excerpt)? = note?.new else { return XCTFail("expected a text excerpt") }
        XCTAssertTrue(excerpt.hasPrefix("Fast and cheap."))
        XCTAssertLessThanOrEqual(excerpt.count, 120)
    }

    func testNoteEditedBeyondItsExcerptStillShowsAChange() {
        let endpoint = Fixture.endpoint("openai", "gpt-4o")
        let old = Fixture.model("openai/gpt-4o", [endpoint], note: "<p>Fast.</p>")
        let new = Fixture.model("openai/gpt-4o", [endpoint], note: "<p><a href=\"https://x\">Fast.</a></p>")
        let note = CatalogDiffer().diff(base: Fixture.catalog([old]), head: Fixture.catalog([new])).changes(of: .note).first
        XCTAssertEqual(note?.old, .text("Fast."))
        XCTAssertEqual(note?.new, .text("Fast. (edited beyond this excerpt)"))
    }

    func testProviderFileChanges() {
        var old = Provider(id: "openai", name: "OpenAI")
        old.website = "https://openai.com"
        var new = old
        new.trainsOnPrompts = false
        new.retention = "30 days"
        new.retentionDays = 30
        new.zeroRetention = .onRequest
        let models = [Fixture.model("openai/gpt-4o", [Fixture.endpoint("openai", "gpt-4o")])]
        let diff = differ.diff(base: Fixture.catalog(models, providers: [old]), head: Fixture.catalog(models, providers: [new]))
        XCTAssertEqual(diff.changes(of: .provider).map(\.field).sorted(), ["retention", "retention_days", "trains_on_prompts", "zero_retention"])
        XCTAssertEqual(diff.changes(of: .provider).first { $0.field == "retention" }?.new, .text("30 days"))
        XCTAssertEqual(diff.changes(of: .provider).first { $0.field == "retention_days" }?.new, .integer(30))
        XCTAssertEqual(diff.changes(of: .provider).first { $0.field == "zero_retention" }?.new, .text("on request"))
    }
}
