import Foundation
import Ingest
import ModelCatalog
import XCTest

/// The real gateway list and models.dev tree in `../shared/data` ingest completely.
final class RealDataTests: XCTestCase {
    func testGatewayListIngestsCompletely() throws {
        let url = try Fixture.sharedData("openrouter/api-v1-models-2026-05.json")
        let result = try GatewayModelsReader().read(SnapshotLoader.load(url, sourceID: "openrouter"))
        XCTAssertEqual(result.recordCount, 364)
        XCTAssertEqual(result.entries.count, 364)
        XCTAssertEqual(result.accountedFor, result.recordCount)
        XCTAssertFalse(result.warnings.contains { $0.message.hasPrefix("unknown") }, "\(result.warnings)")
        // Checked by hand against the file.
        let opusFast = try XCTUnwrap(result.entry("anthropic/claude-opus-4.7-fast"))
        XCTAssertEqual(opusFast.pricing[.prompt], dec("0.00003"))
        XCTAssertEqual(opusFast.pricing[.completion], dec("0.00015"))
        XCTAssertEqual(opusFast.pricing[.inputCacheRead], dec("0.000003"))
        XCTAssertEqual(opusFast.pricing[.inputCacheWrite], dec("0.0000375"))
        XCTAssertEqual(opusFast.pricing[.webSearch], dec("0.01"))
        XCTAssertEqual(opusFast.maxOutputTokens, 128000)
        XCTAssertEqual(opusFast.provenance.keyPath, "data[0]")
        // Routers priced "-1": unknown, never zero.
        let routers = result.entries.filter { $0.pricing[.prompt] == nil }
        XCTAssertEqual(Set(routers.map(\.providerModelID)), ["openrouter/auto", "openrouter/bodybuilder", "openrouter/pareto-code"])
        XCTAssertFalse(result.entries.contains { ($0.pricing[.prompt] ?? 0) < 0 })
    }

    func testModelsDevTreeIngestsCompletely() throws {
        let url = try Fixture.sharedData("models.dev")
        let result = try ModelsDevReader().read(SnapshotLoader.load(url, sourceID: "models.dev"))
        XCTAssertEqual(result.recordCount, 5307)
        XCTAssertEqual(result.accountedFor, result.recordCount)
        XCTAssertEqual(result.skipped, ["alias symlink to a missing file": 31])
        XCTAssertEqual(result.entries.count, 5276)
        let dangling = result.warnings.filter { $0.message.contains("cannot be resolved") }
        XCTAssertEqual(dangling.count, 31)
        XCTAssertTrue(dangling.contains { $0.file == "providers/zhipuai/models/glm-4.6v-flash.toml" })
        // Typos are warned with file and key path (models.dev itself drops them silently).
        let typos = result.warnings.filter { $0.message.hasPrefix("unknown key") }
        XCTAssertEqual(Set(typos.compactMap(\.location)), ["cost.cache_input", "cost.cached_input", "cost.cached_write"])
        XCTAssertEqual(typos.count, 21)
        XCTAssertTrue(typos.contains { $0.file == "providers/siliconflow/models/zai-org/GLM-5.1.toml" && $0.location == "cost.cache_input" })

        // base_model inheritance: providers/amazon-bedrock/models/anthropic.claude-opus-4-1-20250805-v1:0.toml
        // sets only base_model and cost; the rest comes from models/anthropic/claude-opus-4-1-20250805.toml.
        let bedrock = try XCTUnwrap(result.entry("anthropic.claude-opus-4-1-20250805-v1:0", provider: "amazon-bedrock"))
        XCTAssertEqual(bedrock.canonicalHint, "anthropic/claude-opus-4-1-20250805")
        XCTAssertNotNil(bedrock.name)
        XCTAssertNotNil(bedrock.contextLength)
        XCTAssertNotNil(bedrock.releaseDate)
        XCTAssertFalse(bedrock.inputModalities.isEmpty)
        XCTAssertEqual(bedrock.pricing[.prompt], dec("0.000015"))
        XCTAssertEqual(bedrock.pricing[.completion], dec("0.000075"))
        XCTAssertEqual(bedrock.pricing[.inputCacheRead], dec("0.0000015"))
        XCTAssertEqual(bedrock.pricing[.inputCacheWrite], dec("0.00001875"))

        // Nested model id and exact per-token prices: siliconflow zai-org/GLM-5.1 (input 1.4, output 4.4 per 1M).
        let glm = try XCTUnwrap(result.entry("zai-org/GLM-5.1", provider: "siliconflow"))
        XCTAssertEqual(glm.pricing[.prompt], dec("0.0000014"))
        XCTAssertEqual(glm.pricing[.completion], dec("0.0000044"))
        XCTAssertEqual(glm.pricing[.inputCacheWrite], 0)
        XCTAssertEqual(glm.contextLength, 205_000)

        // A resolved alias link carries its target's facts under its own id.
        let links = try aliasLinks(url)
        let resolved = links.filter { result.entry($0.modelID, provider: $0.provider) != nil }
        XCTAssertEqual(resolved.count, links.count - 31)
        XCTAssertGreaterThan(resolved.count, 100)

        // Tiers: every [[cost.tiers]] became rates above its threshold.
        let tiered = result.entries.filter { !$0.pricing.tiers().isEmpty }
        XCTAssertGreaterThan(tiered.count, 100)
    }

    /// Provider model files that are link stubs (checkout without symlinks), as (provider, model id).
    func aliasLinks(_ root: URL) throws -> [(provider: String, modelID: String)] {
        var out: [(String, String)] = []
        let providers = root.appendingPathComponent("providers")
        let enumerator = FileManager.default.enumerator(atPath: providers.path)
        while let item = enumerator?.nextObject() as? String {
            let parts = item.split(separator: "/").map(String.init)
            guard parts.count >= 3, parts[1] == "models", item.hasSuffix(".toml") else { continue }
            let data = try Data(contentsOf: providers.appendingPathComponent(item))
            guard data.count < 300, !data.contains(UInt8(ascii: "=")) else { continue }
            out.append((parts[0], String(parts[2...].joined(separator: "/").dropLast(5))))
        }
        return out
    }
}
