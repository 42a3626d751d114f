import Foundation
import ModelCatalog
import XCTest

@testable import Ingest

final class LiteLLMReaderTests: XCTestCase {
    private func read(_ json: String, file: String = "sources/litellm.json") throws(DiagnosticsError) -> ReadResult {
        try LiteLLMReader().read(Snapshot(sourceID: "litellm", path: file, data: Data(json.utf8)))
    }

    private func entry(_ result: ReadResult, _ key: String) throws -> ListingEntry {
        try XCTUnwrap(result.entries.first { $0.sourceKey == key }, "no entry \(key)")
    }

    private func errors(_ json: String) -> [Diagnostic] {
        do {
            _ = try read(json)
            XCTFail("expected the snapshot to be rejected")
            return []
        } catch {
            return error.diagnostics
        }
    }

    func testBasePricesAreExactDecimalsFromTheText() throws {
        let result = try read(#"{"m": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-07, "output_cost_per_token": 1.5000300000000002e-06, "cache_read_input_token_cost": 3.75e-06}}"#)
        let pricing = try entry(result, "m").pricing
        XCTAssertEqual(pricing[.prompt], Decimal(string: "0.0000001"))
        XCTAssertEqual(pricing[.completion], Decimal(string: "0.0000015000300000000002"))
        XCTAssertEqual("\(pricing[.completion]!)", "0.0000015000300000000002")
        XCTAssertEqual(pricing[.inputCacheRead], Decimal(string: "0.00000375"))
        XCTAssertNil(pricing[.inputCacheWrite], "a price the source lacks stays unknown, never zero")
    }

    func testThresholdTiersServiceTiersAndCacheLifetimes() throws {
        let result = try read(#"""
        {"g": {"litellm_provider": "gemini", "input_cost_per_token": 1.25e-06, "input_cost_per_token_above_200k_tokens": 2.5e-06,
               "output_cost_per_token_above_272k_tokens_priority": 3e-05, "input_cost_per_token_batches": 6.25e-07,
               "cache_creation_input_token_cost": 3.75e-06, "cache_creation_input_token_cost_above_1hr": 6e-06,
               "cache_read_input_token_cost_flex": 1e-07, "input_cost_per_token_priority": 2e-06}}
        """#)
        let pricing = try entry(result, "g").pricing
        let tier200k = PriceTier(inputTokens: 200_000, inclusive: false)
        XCTAssertEqual(pricing.rate(.prompt, tier: tier200k), Decimal(string: "0.0000025"))
        XCTAssertEqual(pricing.rate(.completion, serviceTier: .priority, tier: PriceTier(inputTokens: 272_000)), Decimal(string: "0.00003"))
        XCTAssertEqual(pricing.rate(.prompt, serviceTier: .batch), Decimal(string: "0.000000625"))
        XCTAssertEqual(pricing.rate(.prompt, serviceTier: .priority), Decimal(string: "0.000002"))
        XCTAssertEqual(pricing.rate(.inputCacheRead, serviceTier: .flex), Decimal(string: "0.0000001"))
        XCTAssertEqual(pricing[.inputCacheWrite], Decimal(string: "0.00000375"))
        XCTAssertEqual(pricing[.inputCacheWrite1h], Decimal(string: "0.000006"))
        XCTAssertFalse(tier200k.applies(toInputTokens: 200_000), "above_200k means strictly above")
        XCTAssertTrue(tier200k.applies(toInputTokens: 200_001))
    }

    func testTieredPricingRangesBecomeTiersAboveTheirLowerBound() throws {
        let result = try read(#"""
        {"dashscope/qwen-flash": {"litellm_provider": "dashscope", "tiered_pricing": [
          {"input_cost_per_token": 5e-08, "output_cost_per_token": 4e-07, "range": [0, 256000.0]},
          {"input_cost_per_token": 2.5e-07, "output_cost_per_token": 2e-06, "range": [256000.0, 1000000.0]}]}}
        """#)
        let pricing = try entry(result, "dashscope/qwen-flash").pricing
        XCTAssertEqual(pricing[.prompt], Decimal(string: "0.00000005"))
        XCTAssertEqual(pricing[.completion], Decimal(string: "0.0000004"))
        XCTAssertEqual(pricing.rate(.prompt, tier: PriceTier(inputTokens: 256_000)), Decimal(string: "0.00000025"))
        XCTAssertEqual(pricing.rate(.completion, tier: PriceTier(inputTokens: 256_000)), Decimal(string: "0.000002"))
    }

    func testWebSearchOffPeakAndMultipliers() throws {
        let result = try read(#"""
        {"d": {"litellm_provider": "deepseek", "search_context_cost_per_query": {"search_context_size_low": 0.01, "search_context_size_medium": 0.02, "search_context_size_high": 0.03},
               "off_peak_pricing": {"input_cost_per_token": 1.5e-07, "windows": [{"hours_utc": ["00:00-01:00"], "weekdays": [1, 2]}, {"hours_utc": "00:00-00:00", "weekdays": [6, 7]}]},
               "regional_processing_uplift_multiplier_eu": 1.1, "fedramp_uplift_multiplier": 1.25}}
        """#)
        let pricing = try entry(result, "d").pricing
        XCTAssertEqual(pricing[.webSearch], Decimal(string: "0.02"))
        XCTAssertEqual(pricing[PriceComponent("web_search_low")], Decimal(string: "0.01"))
        XCTAssertEqual(pricing[PriceComponent("web_search_high")], Decimal(string: "0.03"))
        XCTAssertEqual(pricing.rate(.prompt, serviceTier: .offPeak), Decimal(string: "0.00000015"))
        XCTAssertEqual(pricing.offPeakWindows, [OffPeakWindow(weekdays: [1, 2], hoursUTC: ["00:00-01:00"]), OffPeakWindow(weekdays: [6, 7], hoursUTC: ["00:00-00:00"])])
        XCTAssertEqual(pricing.multipliers["regional_processing_uplift_eu"], Decimal(string: "1.1"))
        XCTAssertEqual(pricing.multipliers["fedramp_uplift"], Decimal(string: "1.25"))
    }

    func testLimitsCapabilitiesAndLifecycleFacts() throws {
        let result = try read(#"""
        {"bedrock/us.anthropic.claude-x-v1:0": {"litellm_provider": "bedrock", "mode": "chat", "max_input_tokens": 200000, "max_output_tokens": 64000,
          "supports_function_calling": true, "supports_vision": false, "supports_fancy_new_thing": true, "supported_regions": ["us-east-1"],
          "supported_modalities": ["text", "image"], "supported_output_modalities": ["text"], "rpm": 100, "tpm": 100000,
          "deprecation_date": "2026-11-30", "successor_model": "claude-y", "source": "https://example.com/pricing"}}
        """#)
        let e = try entry(result, "bedrock/us.anthropic.claude-x-v1:0")
        XCTAssertEqual(e.provider, "bedrock")
        XCTAssertEqual(e.providerModelID, "us.anthropic.claude-x-v1:0", "the routing prefix is not part of the provider's id")
        XCTAssertEqual(e.mode, "chat")
        XCTAssertEqual(e.maxInputTokens, 200_000)
        XCTAssertEqual(e.contextLength, 200_000)
        XCTAssertEqual(e.maxOutputTokens, 64_000)
        XCTAssertEqual(e.capabilities[.tools], true)
        XCTAssertEqual(e.capabilities[.vision], false)
        XCTAssertNil(e.capabilities[.reasoning], "an unstated capability is unknown")
        XCTAssertEqual(e.capabilities[Capability("fancy_new_thing")], true)
        XCTAssertEqual(e.regions, ["us-east-1"])
        XCTAssertEqual(e.inputModalities, ["text", "image"])
        XCTAssertEqual(e.outputModalities, ["text"])
        XCTAssertEqual(e.requestsPerMinute, 100)
        XCTAssertEqual(e.tokensPerMinute, 100_000)
        XCTAssertEqual(e.deprecationDate, "2026-11-30")
        XCTAssertEqual(e.successor, "claude-y")
        XCTAssertEqual(e.sourceURL, "https://example.com/pricing")
        XCTAssertEqual(e.provenance, Provenance(source: "litellm", file: "sources/litellm.json", keyPath: #"["bedrock/us.anthropic.claude-x-v1:0"]"#))
    }

    func testAliasEntriesWithoutProviderTakeTheirTargetsProvider() throws {
        let result = try read(#"""
        {"claude-sonnet-latest": {"alias_of": "claude-sonnet-5"}, "claude-sonnet-5": {"litellm_provider": "anthropic", "mode": "chat"},
         "bedrock/claude-opus-latest": {"alias_of": "global.anthropic.claude-opus-5"}, "orphan-latest": {"alias_of": "nowhere"}}
        """#)
        XCTAssertEqual(try entry(result, "claude-sonnet-latest").provider, "anthropic")
        XCTAssertEqual(try entry(result, "claude-sonnet-latest").aliasOf, "claude-sonnet-5")
        XCTAssertEqual(try entry(result, "bedrock/claude-opus-latest").provider, "bedrock")
        XCTAssertEqual(result.skipped["no provider (no litellm_provider, no resolvable alias_of)"], 1)
        XCTAssertEqual(result.recordCount, 4)
    }

    func testNonTextModesAreKeptWithTheirMode() throws {
        let result = try read(#"{"dall-e-3": {"litellm_provider": "openai", "mode": "image_generation", "output_cost_per_image": 0.04}}"#)
        let e = try entry(result, "dall-e-3")
        XCTAssertEqual(e.mode, "image_generation")
        XCTAssertEqual(e.pricing[.imageOutput], Decimal(string: "0.04"))
    }

    func testSampleSpecAndRoutingRulesAreSkippedWithAReason() throws {
        let result = try read(#"{"sample_spec": {"max_input_tokens": "text"}, "fallback_generalizations": {"rules": []}, "m": {"litellm_provider": "openai"}}"#)
        XCTAssertEqual(result.entries.count, 1)
        XCTAssertEqual(result.skipped["documentation entry (sample_spec)"], 1)
        XCTAssertEqual(result.skipped.values.reduce(0, +) + result.entries.count, result.recordCount)
    }

    func testUnknownKeyIsAWarningNamingFileAndKeyPath() throws {
        let result = try read(#"{"m": {"litellm_provider": "openai", "input_cost_per_widget": 1}}"#)
        XCTAssertEqual(result.warnings.count, 1)
        XCTAssertEqual(result.warnings.first?.file, "sources/litellm.json")
        XCTAssertEqual(result.warnings.first?.location, #"["m"].input_cost_per_widget"#)
    }

    func testPriceGivenAsStringIsAnErrorNamingTheEntryAndField() {
        let diagnostics = errors(#"{"gpt-x": {"litellm_provider": "openai", "input_cost_per_token": "0.000001"}}"#)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.file, "sources/litellm.json")
        XCTAssertEqual(diagnostics.first?.location, #"["gpt-x"].input_cost_per_token"#)
        XCTAssertTrue(diagnostics.first?.message.contains("found a string") ?? false, diagnostics.description)
    }

    func testNegativePriceIsAnError() {
        let diagnostics = errors(#"{"gpt-x": {"litellm_provider": "openai", "output_cost_per_token": -1e-06}}"#)
        XCTAssertEqual(diagnostics.first?.location, #"["gpt-x"].output_cost_per_token"#)
        XCTAssertTrue(diagnostics.first?.message.contains("zero or more") ?? false)
    }

    func testEntryThatIsNotAnObjectIsAnError() {
        let diagnostics = errors(#"{"gpt-x": [1, 2], "ok": {"litellm_provider": "openai"}}"#)
        XCTAssertEqual(diagnostics.map(\.location), [#"["gpt-x"]"#])
        XCTAssertTrue(diagnostics.first?.message.contains("found an array") ?? false)
    }

    func testTruncatedJSONIsAnErrorNamingTheFile() {
        let diagnostics = errors(#"{"gpt-x": {"litellm_provider": "openai", "input_cost_per_token": 1e-06"#)
        XCTAssertEqual(diagnostics.first?.file, "sources/litellm.json")
        XCTAssertTrue(diagnostics.first?.message.hasPrefix("invalid JSON") ?? false)
    }

    func testAllErrorsOfASnapshotAreReportedTogether() {
        let diagnostics = errors(#"{"a": 1, "b": {"litellm_provider": "x", "input_cost_per_token": -1}, "c": {"litellm_provider": "x", "supports_vision": "yes"}}"#)
        XCTAssertEqual(diagnostics.count, 3)
    }
}
