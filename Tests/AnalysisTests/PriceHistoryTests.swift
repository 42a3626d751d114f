import Foundation
import ModelCatalog
import Pipeline
import XCTest

@testable import Analysis

/// The history format, the recorder, and the seed from the three shipped LiteLLM releases.
final class PriceHistoryTests: XCTestCase {
    func testFieldTextRoundTrips() {
        let fields: [HistoryField] = [
            .price(PriceKey(.prompt)), .price(PriceKey(.prompt, serviceTier: .batch)),
            .price(PriceKey(.inputCacheRead, serviceTier: .priority, tier: PriceTier(inputTokens: 200_000))),
            .price(PriceKey(.completion, tier: PriceTier(inputTokens: 128_000, inclusive: true))),
            .multiplier("regional_processing_uplift_eu"), .contextLength, .maxOutputTokens,
        ]
        XCTAssertEqual(fields.map(\.description), [
            "prompt", "prompt@batch", "input_cache_read@priority>200000", "completion>=128000",
            "multiplier:regional_processing_uplift_eu", "context_length", "max_output_tokens",
        ])
        for field in fields { XCTAssertEqual(HistoryField(field.description), field) }
        XCTAssertNil(HistoryField("prompt>"))
        XCTAssertNil(HistoryField("multiplier:"))
    }

    func catalog(prompt: String?, context: Int?) -> Catalog {
        var e = endpoint("p", "m", prompt: prompt, completion: "0.000002", context: context)
        e.pricing.multipliers["fedramp_uplift"] = dec("1.1")
        return Catalog(models: [Model(id: ModelID(author: "acme", slug: "m"), name: "M", endpoints: [e])], providers: [], sources: [])
    }

    func testStateDiffReplayAndFileRoundTrip() throws {
        let first = HistoryState().changes(to: HistoryState(catalog: catalog(prompt: "0.000001", context: 8192)))
        XCTAssertEqual(first.map(\.field), ["completion", "context_length", "multiplier:fedramp_uplift", "prompt"])
        XCTAssertTrue(first.allSatisfy { $0.kind == .added && $0.source == "test" })
        let one = HistoryRecording(header: .init(sequence: 1, label: "R1", date: nil, sources: []), changes: first)

        var replayed = HistoryState()
        replayed.apply(one)
        // 0.0000010 is the same price as 0.000001: no change; context removed; prompt raised.
        XCTAssertEqual(replayed.changes(to: HistoryState(catalog: catalog(prompt: "0.0000010", context: 8192))), [])
        let second = replayed.changes(to: HistoryState(catalog: catalog(prompt: "0.0000015", context: nil)))
        XCTAssertEqual(second, [
            PriceChange(model: "acme/m", provider: "p", providerModelID: "m", field: "context_length", old: "8192", new: nil, source: "test"),
            PriceChange(model: "acme/m", provider: "p", providerModelID: "m", field: "prompt", old: "0.000001", new: "0.0000015", source: "test"),
        ])
        XCTAssertEqual(second.map(\.kind), [.removed, .changed])

        let two = HistoryRecording(header: .init(sequence: 2, label: "R2", date: "2025-07-01", sources: [.init(id: "test", label: "R2", file: "x.json")]), changes: second)
        let data = try two.encoded()
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertEqual(text.split(separator: "\n").first, #"{"recording":{"date":"2025-07-01","label":"R2","sequence":2,"sources":[{"file":"x.json","id":"test","label":"R2"}]}}"#)
        XCTAssertTrue(text.contains(#"{"field":"context_length","model":"acme/m","new":null,"old":"8192","provider":"p","provider_model_id":"m","source":"test"}"#))
        XCTAssertEqual(try HistoryRecording(data: data, file: "t.jsonl"), two)
        XCTAssertEqual(two.fileName, "0002-r2.jsonl")

        let history = try PriceHistory(recordings: [two, one])
        XCTAssertEqual(history.state(through: 1).endpoints(of: ModelID(author: "acme", slug: "m")).first?.pricing[.prompt], dec("0.000001"))
        XCTAssertEqual(history.state().endpoints(of: ModelID(author: "acme", slug: "m")).first?.pricing[.prompt], dec("0.0000015"))
        XCTAssertEqual(history.state().endpoints(of: ModelID(author: "acme", slug: "m")).first?.pricing.multipliers["fedramp_uplift"], dec("1.1"))
        XCTAssertEqual(history.changeLog().count, 2, "the baseline is not a change")
        XCTAssertEqual(history.changeLog(pricesOnly: true).map(\.change.field), ["prompt"])
        XCTAssertEqual(history.events(for: ModelID(author: "acme", slug: "m")).filter(\.isBaseline).count, 4)
    }

    func testMalformedLinesAreNamed() {
        let bad = Data("{\"recording\":{\"sequence\":1,\"label\":null,\"date\":null,\"sources\":[]}}\n{\"model\":1}\n".utf8)
        XCTAssertThrowsError(try HistoryRecording(data: bad, file: "history/0001-x.jsonl")) { error in
            guard case HistoryError.malformedLine(let file, let line, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "history/0001-x.jsonl")
            XCTAssertEqual(line, 2)
        }
    }

    func testAtLabelOrDate() throws {
        let h = { (n: Int, label: String?, date: String?) in HistoryRecording(header: .init(sequence: n, label: label, date: date, sources: []), changes: []) }
        let history = try PriceHistory(recordings: [h(1, "LiteLLM 1.90.0", nil), h(2, "LiteLLM 1.100.0", nil), h(3, nil, "2025-09-01")])
        XCTAssertEqual(try history.recording(at: "LiteLLM 1.100.0").sequence, 2)
        XCTAssertEqual(try history.recording(at: "1.90.0").sequence, 1)
        XCTAssertEqual(try history.recording(at: "2025-10-15").sequence, 3)
        XCTAssertThrowsError(try history.recording(at: "1.95.0")) { XCTAssertEqual($0 as? HistoryError, .unknownLabel("1.95.0", known: ["LiteLLM 1.90.0", "LiteLLM 1.100.0", "2025-09-01"])) }
        let undated = try PriceHistory(recordings: [h(1, "LiteLLM 1.90.0", nil)])
        XCTAssertThrowsError(try undated.recording(at: "2025-01-01")) { XCTAssertEqual($0 as? HistoryError, .noRecordingAtDate("2025-01-01", known: ["LiteLLM 1.90.0"])) }
        XCTAssertThrowsError(try PriceHistory(recordings: [h(1, "a", nil), h(1, "b", nil)]))
    }

    // MARK: the shipped seed

    func shippedHistory() throws -> PriceHistory {
        try HistoryRecorder(catalogFolder: repositoryRoot.appendingPathComponent("catalog")).history()
    }

    /// Changes checked by hand in the three LiteLLM files (python, `json.load(..., parse_float=Decimal)`).
    func testShippedSeedListsRealPriceChanges() throws {
        let history = try shippedHistory()
        XCTAssertEqual(history.recordings.map(\.header.label), ["LiteLLM 1.90.0", "LiteLLM 1.100.0", "LiteLLM 1.110.2"])
        XCTAssertTrue(history.recordings.allSatisfy { $0.header.date == nil }, "release dates are unknown: none invented")
        let log = history.changeLog(pricesOnly: true)
        func find(_ label: String, _ provider: String, _ id: String, _ field: String) -> PriceChange? {
            log.first { $0.recording.label == label && $0.change.provider == provider && $0.change.providerModelID == id && $0.change.field == field }?.change
        }
        // deepinfra/Qwen/Qwen3-14B input_cost_per_token: 6E-8 (1.90.0) → 1.2E-7 (1.100.0)
        let qwen = try XCTUnwrap(find("LiteLLM 1.100.0", "deepinfra", "Qwen/Qwen3-14B", "prompt"))
        XCTAssertEqual(qwen.model, "qwen/qwen3-14b")
        XCTAssertEqual([qwen.old, qwen.new], ["0.00000006", "0.00000012"])
        // amazon.titan-embed-text-v2:0 input_cost_per_token: 2E-7 → 2E-8 (1.100.0)
        XCTAssertEqual(find("LiteLLM 1.100.0", "bedrock", "amazon.titan-embed-text-v2:0", "prompt").map { [$0.old, $0.new] }, ["0.0000002", "0.00000002"])
        // azure/gpt-4o-2024-11-20: input 0.00000275 → 0.0000025, output 0.000011 → 0.00001 (1.110.2)
        XCTAssertEqual(find("LiteLLM 1.110.2", "azure", "gpt-4o-2024-11-20", "prompt").map { [$0.old, $0.new] }, ["0.00000275", "0.0000025"])
        XCTAssertEqual(find("LiteLLM 1.110.2", "azure", "gpt-4o-2024-11-20", "completion").map { [$0.old, $0.new] }, ["0.000011", "0.00001"])
        // amazon.titan-text-express-v1: input 0.0000013 → 2E-7, output 0.0000017 → 6E-7 (1.110.2)
        XCTAssertEqual(find("LiteLLM 1.110.2", "bedrock", "amazon.titan-text-express-v1", "prompt").map { [$0.old, $0.new] }, ["0.0000013", "0.0000002"])
        XCTAssertEqual(find("LiteLLM 1.110.2", "bedrock", "amazon.titan-text-express-v1", "completion").map { [$0.old, $0.new] }, ["0.0000017", "0.0000006"])
        // unchanged between 1.90.0 and 1.100.0: no record
        XCTAssertNil(find("LiteLLM 1.100.0", "azure", "gpt-4o-2024-11-20", "prompt"))
        XCTAssertNil(find("LiteLLM 1.100.0", "bedrock", "amazon.titan-text-express-v1", "prompt"))
    }

    func testCostAtARecordedReleaseUsesThePricesThenInForce() throws {
        let history = try shippedHistory()
        let model = ModelID(author: "openai", slug: "gpt-4o-2024-11-20")
        func azurePrompt(at label: String) throws -> Decimal? {
            let header = try history.recording(at: label)
            return history.state(through: header.sequence).endpoints(of: model).first { $0.key == EndpointKey(provider: "azure", providerModelID: "gpt-4o-2024-11-20") }?.pricing[.prompt]
        }
        XCTAssertEqual(try azurePrompt(at: "1.100.0"), dec("0.00000275"))
        XCTAssertEqual(try azurePrompt(at: "LiteLLM 1.110.2"), dec("0.0000025"))
        // 1M in, 100K out at 1.100.0: 2.75 + 1.1 = 3.85 USD
        let then = try history.recording(at: "1.100.0")
        let endpoints = history.state(through: then.sequence).endpoints(of: model).map { ($0.key.provider, $0.key.providerModelID, $0.pricing) }
        let rows = EndpointCost.rank(Usage(inputTokens: 1_000_000, outputTokens: 100_000), model: model, endpoints: endpoints, calculator: CostCalculator())
        XCTAssertEqual(rows.first { $0.provider == "azure" && $0.providerModelID == "gpt-4o-2024-11-20" }?.breakdown.total, dec("3.85"))
    }

    func testShippedCatalogHasNothingUnrecorded() throws {
        XCTAssertNil(try HistoryRecorder(catalogFolder: repositoryRoot.appendingPathComponent("catalog")).pending())
    }

    /// Re-records the three releases from ../shared and compares byte for byte with the committed seed.
    func testSeedIsReproducibleFromTheSharedSnapshots() throws {
        guard let shared = sharedLiteLLMFolder else {
            throw XCTSkip("../shared/data/litellm is absent: cannot re-derive the history seed (the committed seed is still checked above)")
        }
        let fm = FileManager.default
        let temp = fm.temporaryDirectory.appendingPathComponent("modelcat-history-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: temp) }
        try fm.createDirectory(at: temp.appendingPathComponent("sources"), withIntermediateDirectories: true)
        let catalogFolder = repositoryRoot.appendingPathComponent("catalog")
        try fm.copyItem(at: catalogFolder.appendingPathComponent("aliases.toml"), to: temp.appendingPathComponent("aliases.toml"))
        let toml = try String(contentsOf: catalogFolder.appendingPathComponent("catalog.toml"), encoding: .utf8)
        for release in ["1.90.0", "1.100.0", "1.110.2"] {
            let lines = toml.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("label = \"LiteLLM ") ? "label = \"LiteLLM \(release)\"" : String($0) }
            try lines.joined(separator: "\n").write(to: temp.appendingPathComponent("catalog.toml"), atomically: true, encoding: .utf8)
            let snapshot = temp.appendingPathComponent("sources/litellm.json")
            try? fm.removeItem(at: snapshot)
            try fm.copyItem(at: shared.appendingPathComponent("litellm-\(release).json"), to: snapshot)
            XCTAssertNotNil(try HistoryRecorder(catalogFolder: temp).record())
        }
        let committed = try fm.contentsOfDirectory(atPath: catalogFolder.appendingPathComponent("history").path).filter { $0.hasSuffix(".jsonl") }.sorted()
        XCTAssertEqual(committed, ["0001-litellm-1.90.0.jsonl", "0002-litellm-1.100.0.jsonl", "0003-litellm-1.110.2.jsonl"])
        for name in committed {
            let a = try Data(contentsOf: catalogFolder.appendingPathComponent("history/\(name)"))
            let b = try Data(contentsOf: temp.appendingPathComponent("history/\(name)"))
            XCTAssertTrue(a == b, "\(name) differs from a fresh recording")
        }
    }
}
