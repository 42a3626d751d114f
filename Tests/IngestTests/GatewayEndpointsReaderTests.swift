import Foundation
import Ingest
import ModelCatalog
import XCTest

final class GatewayEndpointsReaderTests: XCTestCase {
    func read() throws -> ReadResult {
        try GatewayEndpointsReader().read(Fixture.snapshot("gateway-endpoints/deepseek-chat-v3.1.json", source: "openrouter"))
    }

    func testEachEndpointIsAnEntryAtItsProvider() throws {
        let result = try read()
        XCTAssertEqual(result.recordCount, 3)
        XCTAssertEqual(result.entries.map(\.provider), ["deepinfra", "deepseek", "chutes"])
        let deepinfra = try XCTUnwrap(result.entry("deepseek/deepseek-chat-v3.1@fp4", provider: "deepinfra"))
        XCTAssertEqual(deepinfra.quantization, "fp4")
        XCTAssertEqual(deepinfra.pricing[.prompt], dec("0.0000002"))
        XCTAssertEqual(deepinfra.pricing[.request], 0, "a listed zero is a real zero")
        XCTAssertEqual(deepinfra.canonicalHint, "deepseek/deepseek-chat-v3.1")
        XCTAssertEqual(deepinfra.provenance.keyPath, "data.endpoints[0]")
        let deepseek = try XCTUnwrap(result.entry("deepseek/deepseek-chat-v3.1", provider: "deepseek"))
        XCTAssertEqual(deepseek.maxInputTokens, 120000)
        XCTAssertEqual(deepseek.maxOutputTokens, 8192)
        XCTAssertEqual(deepseek.capabilities[.promptCaching], true)
        XCTAssertEqual(deepseek.description, "DeepSeek-V3.1 is a large hybrid reasoning model.")
    }

    func testOverridesBecomeInputTiersAndTimeWindowsAreReported() throws {
        let result = try read()
        let deepseek = try XCTUnwrap(result.entry("deepseek/deepseek-chat-v3.1", provider: "deepseek"))
        let tier = PriceTier(inputTokens: 64000, inclusive: true)
        XCTAssertEqual(deepseek.pricing.rate(.prompt, tier: tier), dec("0.00000112"))
        XCTAssertEqual(deepseek.pricing.rate(.completion, tier: tier), dec("0.00000336"))
        XCTAssertEqual(deepseek.pricing[.prompt], dec("0.00000056"), "the time-limited override does not replace the standard rate")
        XCTAssertTrue(result.warnings.contains { $0.location == "data.endpoints[1].pricing.overrides[1]" && $0.message.contains("time-limited") })
    }

    func testMissingFieldsAreNormalAndUnknownOnesWarned() throws {
        let result = try read()
        let chutes = try XCTUnwrap(result.entry("deepseek/deepseek-chat-v3.1", provider: "chutes"))
        XCTAssertNil(chutes.maxOutputTokens)
        XCTAssertNil(chutes.quantization)
        XCTAssertEqual(chutes.name, "DeepSeek: DeepSeek V3.1", "falls back to the model's name")
        let unknown = result.warnings.filter { $0.message.hasPrefix("unknown key") }
        XCTAssertEqual(unknown.map(\.location), ["data.endpoints[1].is_byok_only"])
    }

    func testWrongTypeIsAnErrorWithFileAndKeyPath() throws {
        let errors = Fixture.errors(GatewayEndpointsReader(), try Fixture.snapshot("gateway-endpoints/wrong-type.json", source: "openrouter"))
        XCTAssertEqual(errors.map(\.location), ["data.endpoints[0].max_completion_tokens"])
        XCTAssertEqual(errors.first?.file, "wrong-type.json")
    }

    func testSeveralFilesAndDuplicateEndpoints() throws {
        let data = try Data(contentsOf: Fixture.url("gateway-endpoints/deepseek-chat-v3.1.json"))
        let snapshot = Snapshot(sourceID: "openrouter", files: [.init(path: "a.json", data: data), .init(path: "b.json", data: data)])
        let result = try GatewayEndpointsReader().read(snapshot)
        XCTAssertEqual(result.recordCount, 6)
        XCTAssertEqual(result.entries.count, 3)
        XCTAssertEqual(result.skipped, ["duplicate endpoint (listed twice)": 3])
        XCTAssertEqual(result.accountedFor, result.recordCount)
    }
}
