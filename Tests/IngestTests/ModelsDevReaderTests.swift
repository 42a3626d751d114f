import Foundation
import Ingest
import ModelCatalog
import XCTest

final class ModelsDevReaderTests: XCTestCase {
    func read() throws -> ReadResult {
        try ModelsDevReader().read(Fixture.snapshot("models.dev", source: "models.dev"))
    }

    func testBaseModelInheritanceAndPricesPerMillion() throws {
        let result = try read()
        let large = try XCTUnwrap(result.entry("acme-large-2", provider: "acme"))
        XCTAssertEqual(large.name, "Acme Large 2", "inherited from models/acmelab/acme-large-2.toml")
        XCTAssertEqual(large.canonicalHint, "acmelab/acme-large-2")
        XCTAssertEqual(large.releaseDate, "2026-01-15")
        XCTAssertEqual(large.lastUpdated, "2026-02-01")
        XCTAssertEqual(large.knowledgeCutoff, "2025-09")
        XCTAssertEqual(large.openWeights, false)
        XCTAssertEqual(large.contextLength, 300_000, "the provider file overrides limit.context")
        XCTAssertEqual(large.maxOutputTokens, 128_000, "limit.output inherited key by key")
        XCTAssertNil(large.maxInputTokens, "limit.input is in base_model_omit")
        XCTAssertEqual(large.inputModalities, ["text", "image", "pdf"])
        XCTAssertEqual(large.capabilities[.tools], true)
        XCTAssertEqual(large.capabilities[.structuredOutputs], true)
        XCTAssertEqual(large.capabilities[Capability("attachment")], true)
        XCTAssertEqual(large.capabilities[.vision], true)
        XCTAssertEqual(large.pricing[.prompt], dec("0.00000125"))
        XCTAssertEqual(large.pricing[.completion], dec("0.00001"))
        XCTAssertEqual(large.pricing[.inputCacheRead], dec("0.000000125"))
        XCTAssertEqual(large.pricing[.inputCacheWrite], dec("0.0000015625"))
        let tier = PriceTier(inputTokens: 200_000, inclusive: false)
        XCTAssertEqual(large.pricing.rate(.prompt, tier: tier), dec("0.0000025"))
        XCTAssertEqual(large.pricing.rate(.completion, tier: tier), dec("0.000015"))
        XCTAssertEqual(large.pricing.rate(.inputCacheRead, tier: tier), dec("0.00000025"))
        XCTAssertEqual(large.pricing.rate(.prompt, serviceTier: ServiceTier("fast")), dec("0.0000025"))
        XCTAssertEqual(large.pricing.rate(.completion, serviceTier: ServiceTier("fast")), dec("0.00002"))
        XCTAssertEqual(large.provenance, Provenance(source: "models.dev", file: "providers/acme/models/acme-large-2.toml", keyPath: ""))
    }

    func testNestedModelIdsMissingFieldsAndUnknownKeys() throws {
        let result = try read()
        let small = try XCTUnwrap(result.entry("team/acme-small", provider: "acme"))
        XCTAssertEqual(small.status, "beta")
        XCTAssertEqual(small.pricing[.prompt], dec("0.0000001"))
        XCTAssertNil(small.pricing[.inputCacheRead], "the typo cached_input is not read as a cache price")
        let mini = try XCTUnwrap(result.entry("acme-mini", provider: "acme"))
        XCTAssertTrue(mini.pricing.isEmpty, "no cost table: unknown prices, not zero")
        XCTAssertNil(mini.knowledgeCutoff)
        let typo = result.warnings.filter { $0.message.hasPrefix("unknown key") }
        XCTAssertEqual(typo.map(\.file), ["providers/acme/models/team/acme-small.toml"])
        XCTAssertEqual(typo.map(\.location), ["cost.cached_input"])
    }

    func testAliasLinksResolveAndDanglingOnesAreCountedSkips() throws {
        let result = try read()
        XCTAssertEqual(result.recordCount, 5)
        XCTAssertEqual(result.entries.count, 4)
        XCTAssertEqual(result.skipped, ["alias symlink to a missing file": 1])
        XCTAssertEqual(result.accountedFor, result.recordCount)
        let alias = try XCTUnwrap(result.entry("acme-small", provider: "mirror"))
        XCTAssertEqual(alias.name, "Acme Small")
        XCTAssertEqual(alias.pricing[.completion], dec("0.0000004"))
        XCTAssertEqual(alias.provenance.file, "providers/mirror/models/acme-small.toml")
        let dangling = try XCTUnwrap(result.warnings.first { $0.message.contains("cannot be resolved") })
        XCTAssertEqual(dangling.file, "providers/mirror/models/acme-tiny.toml")
        XCTAssertTrue(dangling.message.contains("providers/acme/models/acme-tiny.toml"))
    }

    func testSymlinksPassedByThePipelineWithLinkTarget() throws {
        let model = Data("name = \"Zeta 1\"\n[cost]\ninput = 0.3\noutput = 1.2\n".utf8)
        let snapshot = Snapshot(sourceID: "md", files: [
            .init(path: "sources/models.dev/providers/zeta/provider.toml", data: Data("name = \"Zeta\"\n".utf8)),
            .init(path: "sources/models.dev/providers/zeta/models/zeta-1.toml", data: model),
            .init(path: "sources/models.dev/providers/zeta/models/zeta-latest.toml", data: Data(), linkTarget: "zeta-1.toml"),
            .init(path: "sources/models.dev/providers/zeta/models/gone.toml", data: Data(), linkTarget: "../../other/models/gone.toml"),
        ])
        let result = try ModelsDevReader().read(snapshot)
        XCTAssertEqual(result.entries.map(\.providerModelID), ["zeta-1", "zeta-latest"])
        XCTAssertEqual(result.entry("zeta-latest")?.pricing[.prompt], dec("0.0000003"))
        XCTAssertEqual(result.skipped, ["alias symlink to a missing file": 1])
        XCTAssertEqual(result.warnings.first?.file, "sources/models.dev/providers/zeta/models/gone.toml")
    }

    func testWrongTypeIsAnErrorWithFileAndKeyPath() throws {
        let snapshot = Snapshot(sourceID: "md", files: [
            .init(path: "providers/zeta/provider.toml", data: Data("name = \"Zeta\"\n".utf8)),
            .init(path: "providers/zeta/models/zeta-1.toml", data: Data("name = \"Zeta 1\"\n[limit]\ncontext = \"128k\"\n".utf8)),
            .init(path: "providers/zeta/models/zeta-2.toml", data: Data("[cost]\ninput = -1\n".utf8)),
        ])
        let errors = Fixture.errors(ModelsDevReader(), snapshot)
        XCTAssertEqual(errors.map(\.file), ["providers/zeta/models/zeta-1.toml", "providers/zeta/models/zeta-2.toml"])
        XCTAssertEqual(errors.map(\.location), ["limit.context", "cost.input"])
    }
}
