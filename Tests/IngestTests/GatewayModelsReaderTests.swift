import Foundation
import Ingest
import ModelCatalog
import XCTest

final class GatewayModelsReaderTests: XCTestCase {
    func testReadsModelsWithExactPricesAndProvenance() throws {
        let result = try GatewayModelsReader().read(Fixture.snapshot("gateway/models.json", source: "openrouter"))
        XCTAssertEqual(result.recordCount, 3)
        XCTAssertEqual(result.entries.count, 3)
        let sonnet = try XCTUnwrap(result.entry("anthropic/claude-sonnet-4.5"))
        XCTAssertEqual(sonnet.provider, "openrouter")
        XCTAssertEqual(sonnet.canonicalHint, "anthropic/claude-4.5-sonnet-20250929")
        XCTAssertEqual(sonnet.pricing[.prompt], dec("0.000003"))
        XCTAssertEqual(sonnet.pricing[.completion], dec("0.000015"))
        XCTAssertEqual(sonnet.pricing[.inputCacheRead], dec("0.0000003"))
        XCTAssertEqual(sonnet.pricing[.inputCacheWrite], dec("0.00000375"))
        XCTAssertEqual(sonnet.pricing[.webSearch], dec("0.01"))
        XCTAssertEqual(sonnet.contextLength, 1_000_000)
        XCTAssertEqual(sonnet.maxOutputTokens, 64000)
        XCTAssertEqual(sonnet.knowledgeCutoff, "2025-07-31")
        XCTAssertEqual(sonnet.inputModalities, ["text", "image", "file"])
        XCTAssertEqual(sonnet.capabilities[.tools], true)
        XCTAssertEqual(sonnet.capabilities[.vision], true)
        XCTAssertEqual(sonnet.capabilities[.reasoning], true)
        XCTAssertEqual(sonnet.provenance, Provenance(source: "openrouter", file: "models.json", keyPath: "data[0]"))
    }

    func testMissingFieldsAreNormalAndUnknownOnesWarned() throws {
        let result = try GatewayModelsReader().read(Fixture.snapshot("gateway/models.json", source: "openrouter"))
        let llama = try XCTUnwrap(result.entry("meta-llama/llama-3.1-8b-instruct"))
        XCTAssertNil(llama.maxOutputTokens, "no top_provider: unknown, not zero")
        XCTAssertNil(llama.pricing[.inputCacheRead])
        XCTAssertEqual(llama.contextLength, 131072)
        let unknown = result.warnings.filter { $0.message.hasPrefix("unknown key") }
        XCTAssertEqual(unknown.map(\.location), ["data[1].is_byok"])
        XCTAssertEqual(unknown.first?.file, "models.json")
    }

    func testNegativePriceIsUnknownNotZero() throws {
        let result = try GatewayModelsReader().read(Fixture.snapshot("gateway/models.json", source: "openrouter"))
        let router = try XCTUnwrap(result.entry("openrouter/auto"))
        XCTAssertNil(router.pricing[.prompt])
        XCTAssertNil(router.pricing[.completion])
        XCTAssertTrue(router.pricing.isEmpty)
        XCTAssertEqual(Set(result.warnings.filter { $0.message.contains("variable or unknown") }.compactMap(\.location)), ["data[2].pricing.prompt", "data[2].pricing.completion"])
    }

    func testWrongTypesAreErrorsWithFileAndKeyPath() throws {
        let errors = Fixture.errors(GatewayModelsReader(), try Fixture.snapshot("gateway/wrong-type.json", source: "openrouter"))
        XCTAssertEqual(Set(errors.compactMap(\.location)), ["data[0].context_length", "data[0].pricing.prompt"])
        XCTAssertTrue(errors.allSatisfy { $0.file == "wrong-type.json" && $0.severity == .error })
        XCTAssertTrue(errors.contains { $0.message.contains("expected a number, found a string") })
        XCTAssertTrue(errors.contains { $0.message.contains("expected a price as a decimal string in USD, found a string \"free\"") })
    }

    func testPagesAreReadInOrderAndDuplicatesReported() throws {
        let page = #"{"data": [{"id": "a/one", "pricing": {"prompt": "0.000001", "completion": "0.000002"}}, {"id": "a/two"}]}"#
        let next = #"{"data": [{"id": "a/two"}, {"id": "a/three"}]}"#
        let snapshot = Snapshot(sourceID: "gw", files: [.init(path: "p1.json", data: Data(page.utf8)), .init(path: "p2.json", data: Data(next.utf8))])
        let result = try GatewayModelsReader().read(snapshot)
        XCTAssertEqual(result.entries.map(\.providerModelID), ["a/one", "a/two", "a/three"])
        XCTAssertEqual(result.skipped, ["duplicate id (listed again on a later page)": 1])
        XCTAssertEqual(result.accountedFor, result.recordCount)
        XCTAssertEqual(result.entry("a/two")?.provenance.file, "p1.json")
    }
}
