import Foundation
import ModelCatalog
import XCTest

@testable import Analysis

/// Hand-computed costs: every component, tiers, cache, batch, free, missing, off-peak, multipliers.
final class CostCalculatorTests: XCTestCase {
    /// A price sheet with every component the calculator bills.
    var full: Pricing {
        var p = Pricing()
        p[.prompt] = dec("0.000003")
        p[.completion] = dec("0.000015")
        p[.inputCacheRead] = dec("0.0000003")
        p[.inputCacheWrite] = dec("0.00000375")
        p[.inputCacheWrite1h] = dec("0.000006")
        p[.internalReasoning] = dec("0.00001")
        p[.image] = dec("0.002")
        p[CostCalculator.audioPerSecond] = dec("0.0001")
        p[.request] = dec("0.005")
        p[.webSearch] = dec("0.01")
        return p
    }

    func testEveryComponentHandComputed() {
        let usage = Usage(inputTokens: 1000, outputTokens: 500, cachedInputTokens: 2000, cacheWriteTokens: 400, cacheWrite1hTokens: 100,
                          reasoningTokens: 300, images: 2, audioSeconds: dec("12.5"), requests: 3, webSearches: 4)
        let cost = CostCalculator().cost(of: usage, pricing: full)
        let c = cost.components
        XCTAssertEqual(c["prompt"], dec("0.003"))  // 1000 × 0.000003
        XCTAssertEqual(c["completion"], dec("0.0075"))  // 500 × 0.000015
        XCTAssertEqual(c["input_cache_read"], dec("0.0006"))  // 2000 × 0.0000003
        XCTAssertEqual(c["input_cache_write"], dec("0.0015"))  // 400 × 0.00000375
        XCTAssertEqual(c["input_cache_write_1h"], dec("0.0006"))  // 100 × 0.000006
        XCTAssertEqual(c["internal_reasoning"], dec("0.003"))  // 300 × 0.00001
        XCTAssertEqual(c["image"], dec("0.004"))  // 2 × 0.002
        XCTAssertEqual(c["audio_per_second"], dec("0.00125"))  // 12.5 × 0.0001
        XCTAssertEqual(c["request"], dec("0.015"))  // 3 × 0.005
        XCTAssertEqual(c["web_search"], dec("0.04"))  // 4 × 0.01
        XCTAssertEqual(cost.total, dec("0.07645"))
        XCTAssertTrue(cost.missing.isEmpty)
        XCTAssertEqual(usage.totalInputTokens, 3500)
    }

    func testExactDecimalKeepsBinaryFloatArtifacts() {
        var p = Pricing()
        p[.prompt] = dec("0.0000015000300000000002")
        let cost = CostCalculator().cost(of: Usage(inputTokens: 1_000_000), pricing: p)
        XCTAssertEqual(cost.total, dec("1.5000300000000002"))
        XCTAssertEqual(CostDisplay.amount(dec("1.5000300000000002")), "1.50003")
        XCTAssertEqual(CostDisplay.amount(dec("0.0075")), "0.0075")
        XCTAssertEqual(CostDisplay.amount(dec("12.5")), "12.50")
        XCTAssertEqual(CostDisplay.amount(dec("0.0000000001")), "<0.000001")
    }

    func testReasoningWithoutItsOwnRateIsBilledAtTheCompletionRate() {
        var p = full
        p[.internalReasoning] = nil
        let cost = CostCalculator().cost(of: Usage(outputTokens: 100, reasoningTokens: 200), pricing: p)
        XCTAssertEqual(cost.components["internal_reasoning"], dec("0.003"))  // 200 × 0.000015
        XCTAssertEqual(cost.lines.last?.rateKey, PriceKey(.completion))
        XCTAssertEqual(cost.total, dec("0.0045"))
    }

    // MARK: cache

    func testCachePricing() {
        // 10,000 uncached + 90,000 cache reads + 5,000 5m writes + 1,000 1h writes, 1,000 out.
        let cost = CostCalculator().cost(
            of: Usage(inputTokens: 10_000, outputTokens: 1000, cachedInputTokens: 90_000, cacheWriteTokens: 5000, cacheWrite1hTokens: 1000), pricing: full)
        XCTAssertEqual(cost.components["prompt"], dec("0.03"))
        XCTAssertEqual(cost.components["input_cache_read"], dec("0.027"))
        XCTAssertEqual(cost.components["input_cache_write"], dec("0.01875"))
        XCTAssertEqual(cost.components["input_cache_write_1h"], dec("0.006"))
        XCTAssertEqual(cost.components["completion"], dec("0.015"))
        XCTAssertEqual(cost.total, dec("0.09675"))
    }

    func testMissingCacheReadPriceIsUnknownNeverInputRateOrFree() {
        var p = Pricing()
        p[.prompt] = dec("0.000002")
        p[.completion] = dec("0.000008")
        let cost = CostCalculator().cost(of: Usage(inputTokens: 100, outputTokens: 10, cachedInputTokens: 1000), pricing: p)
        XCTAssertNil(cost.total)
        XCTAssertEqual(cost.missing.map(\.description), ["no input_cache_read rate"])
        XCTAssertEqual(cost.components["input_cache_read"], .some(nil))
        XCTAssertEqual(cost.components["prompt"], dec("0.0002"))
        // Without cache reads the same sheet prices fine: a price is only needed when used.
        XCTAssertEqual(CostCalculator().cost(of: Usage(inputTokens: 100, outputTokens: 10), pricing: p).total, dec("0.00028"))
    }

    func testMissingOutputPriceIsUnknown() {
        var p = Pricing()
        p[.prompt] = dec("0.000001")
        let cost = CostCalculator().cost(of: Usage(inputTokens: 10, outputTokens: 10), pricing: p)
        XCTAssertNil(cost.total)
        XCTAssertEqual(cost.missing.map(\.key), [PriceKey(.completion)])
    }

    func testFreeModelCostsZeroNotUnknown() {
        var p = Pricing()
        p[.prompt] = 0
        p[.completion] = 0
        XCTAssertTrue(p.isFree)
        let cost = CostCalculator().cost(of: Usage(inputTokens: 123_456, outputTokens: 7890), pricing: p)
        XCTAssertEqual(cost.total, 0)
        XCTAssertTrue(cost.missing.isEmpty)
    }

    func testEmptyUsageCostsZero() {
        XCTAssertEqual(CostCalculator().cost(of: Usage(), pricing: Pricing()).total, 0)
    }

    // MARK: tiers

    /// Gemini-2.5-Pro-like rates: above 200K (strictly, as LiteLLM's `_above_200k_tokens`).
    func tiered(inclusive: Bool) -> Pricing {
        var p = Pricing()
        let tier = PriceTier(inputTokens: 200_000, inclusive: inclusive)
        p[.prompt] = dec("0.00000125")
        p[.completion] = dec("0.00001")
        p[.inputCacheRead] = dec("0.000000125")
        p.setRate(dec("0.0000025"), for: PriceKey(.prompt, tier: tier))
        p.setRate(dec("0.000015"), for: PriceKey(.completion, tier: tier))
        p.setRate(dec("0.00000025"), for: PriceKey(.inputCacheRead, tier: tier))
        return p
    }

    func testStrictTierBoundary() {
        let p = tiered(inclusive: false)
        let calc = CostCalculator()
        // just below: 199,999 × 0.00000125 + 1,000 × 0.00001
        let below = calc.cost(of: Usage(inputTokens: 199_999, outputTokens: 1000), pricing: p)
        XCTAssertNil(below.tier)
        XCTAssertEqual(below.total, dec("0.25999875"))
        // at: a strict tier does not apply yet
        let at = calc.cost(of: Usage(inputTokens: 200_000, outputTokens: 1000), pricing: p)
        XCTAssertNil(at.tier)
        XCTAssertEqual(at.total, dec("0.26"))
        // just above: the cliff, every token at the tier rate: 200,001 × 0.0000025 + 1,000 × 0.000015
        let above = calc.cost(of: Usage(inputTokens: 200_001, outputTokens: 1000), pricing: p)
        XCTAssertEqual(above.tier, PriceTier(inputTokens: 200_000, inclusive: false))
        XCTAssertEqual(above.total, dec("0.5150025"))
    }

    func testInclusiveTierBoundary() {
        let p = tiered(inclusive: true)
        let calc = CostCalculator()
        XCTAssertEqual(calc.cost(of: Usage(inputTokens: 199_999, outputTokens: 1000), pricing: p).total, dec("0.25999875"))
        // at: an inclusive tier applies at its threshold: 200,000 × 0.0000025 + 1,000 × 0.000015
        let at = calc.cost(of: Usage(inputTokens: 200_000, outputTokens: 1000), pricing: p)
        XCTAssertEqual(at.tier, PriceTier(inputTokens: 200_000, inclusive: true))
        XCTAssertEqual(at.total, dec("0.515"))
        XCTAssertEqual(calc.cost(of: Usage(inputTokens: 200_001, outputTokens: 1000), pricing: p).total, dec("0.5150025"))
    }

    func testCacheTokensCountTowardTheTierAndAreBilledAtTheTier() {
        // 150,000 uncached + 50,001 cache reads = 200,001 > 200,000: the whole request at the tier.
        let cost = CostCalculator().cost(of: Usage(inputTokens: 150_000, outputTokens: 0, cachedInputTokens: 50_001), pricing: tiered(inclusive: false))
        XCTAssertNotNil(cost.tier)
        XCTAssertEqual(cost.components["prompt"], dec("0.375"))  // 150,000 × 0.0000025
        XCTAssertEqual(cost.components["input_cache_read"], dec("0.01250025"))  // 50,001 × 0.00000025
        XCTAssertEqual(cost.total, dec("0.38750025"))
    }

    func testTierLackingARateIsUnknownNotTheBaseRate() {
        var p = tiered(inclusive: false)
        p.setRate(nil, for: PriceKey(.inputCacheRead, tier: PriceTier(inputTokens: 200_000)))
        let cost = CostCalculator().cost(of: Usage(inputTokens: 150_000, cachedInputTokens: 60_000), pricing: p)
        XCTAssertNil(cost.total)
        XCTAssertEqual(cost.missing.map(\.description), ["no input_cache_read rate above 200000 input tokens"])
    }

    // MARK: service tiers

    /// Claude-Sonnet-4.5-like batch rates (no batch 1-hour cache write).
    var withBatch: Pricing {
        var p = full
        p.setRate(dec("0.0000015"), for: PriceKey(.prompt, serviceTier: .batch))
        p.setRate(dec("0.0000075"), for: PriceKey(.completion, serviceTier: .batch))
        p.setRate(dec("0.00000015"), for: PriceKey(.inputCacheRead, serviceTier: .batch))
        p.setRate(dec("0.000001875"), for: PriceKey(.inputCacheWrite, serviceTier: .batch))
        return p
    }

    func testBatchRates() {
        let calc = CostCalculator(conditions: PricingConditions(serviceTier: .batch))
        // 10,000 × 0.0000015 + 2,000 × 0.0000075 + 4,000 × 0.00000015 + 1,000 × 0.000001875
        let cost = calc.cost(of: Usage(inputTokens: 10_000, outputTokens: 2000, cachedInputTokens: 4000, cacheWriteTokens: 1000), pricing: withBatch)
        XCTAssertEqual(cost.total, dec("0.032475"))
        XCTAssertEqual(cost.serviceTier, .batch)
        // the same usage at standard rates, for comparison: exactly double
        XCTAssertEqual(CostCalculator().cost(of: Usage(inputTokens: 10_000, outputTokens: 2000, cachedInputTokens: 4000, cacheWriteTokens: 1000), pricing: withBatch).total, dec("0.06495"))
    }

    func testBatchNeverBorrowsStandardRates() {
        let calc = CostCalculator(conditions: PricingConditions(serviceTier: .batch))
        let oneHour = calc.cost(of: Usage(inputTokens: 10, cacheWrite1hTokens: 10), pricing: withBatch)
        XCTAssertNil(oneHour.total)
        XCTAssertEqual(oneHour.missing.map(\.description), ["no batch input_cache_write_1h rate"])
        let noBatch = calc.cost(of: Usage(inputTokens: 10, outputTokens: 10), pricing: full)
        XCTAssertNil(noBatch.total)
        XCTAssertEqual(noBatch.missing.count, 2)
    }

    func testPriorityAndFlexTiers() {
        var p = full
        p.setRate(dec("0.000006"), for: PriceKey(.prompt, serviceTier: .priority))
        p.setRate(dec("0.00003"), for: PriceKey(.completion, serviceTier: .priority))
        p.setRate(dec("0.0000015"), for: PriceKey(.prompt, serviceTier: .flex))
        p.setRate(dec("0.0000075"), for: PriceKey(.completion, serviceTier: .flex))
        let usage = Usage(inputTokens: 1000, outputTokens: 1000)
        XCTAssertEqual(CostCalculator(conditions: PricingConditions(serviceTier: .priority)).cost(of: usage, pricing: p).total, dec("0.036"))
        XCTAssertEqual(CostCalculator(conditions: PricingConditions(serviceTier: .flex)).cost(of: usage, pricing: p).total, dec("0.009"))
    }

    // MARK: off-peak and multipliers

    /// DeepSeek-like off-peak sheet from LiteLLM 1.110.2 (`deepseek-flash`).
    var offPeakSheet: Pricing {
        var p = Pricing()
        p[.prompt] = dec("0.0000003")
        p[.completion] = dec("0.0000012")
        p[.inputCacheRead] = dec("0.000000006")
        p[.inputCacheWrite] = dec("0.0")
        p.setRate(dec("0.00000015"), for: PriceKey(.prompt, serviceTier: .offPeak))
        p.setRate(dec("0.0000006"), for: PriceKey(.completion, serviceTier: .offPeak))
        p.setRate(dec("0.000000003"), for: PriceKey(.inputCacheRead, serviceTier: .offPeak))
        p.offPeakWindows = [
            OffPeakWindow(weekdays: [1, 2, 3, 4, 5], hoursUTC: ["00:00-01:00", "04:00-06:00", "10:00-00:00"]),
            OffPeakWindow(weekdays: [6, 7], hoursUTC: ["00:00-00:00"]),
        ]
        return p
    }

    func date(_ text: String) -> Date? { ISO8601DateFormatter().date(from: text) }

    func testOffPeakWindows() throws {
        let usage = Usage(inputTokens: 1_000_000, outputTokens: 1_000_000, cacheWriteTokens: 1000)
        let monday0030 = CostCalculator(conditions: PricingConditions(time: try XCTUnwrap(date("2025-06-02T00:30:00Z")))).cost(of: usage, pricing: offPeakSheet)
        XCTAssertTrue(monday0030.offPeak)
        XCTAssertEqual(monday0030.total, dec("0.75"))  // 0.15 + 0.60; cache write not in the off-peak sheet: standard 0.0
        let monday0200 = CostCalculator(conditions: PricingConditions(time: try XCTUnwrap(date("2025-06-02T02:00:00Z")))).cost(of: usage, pricing: offPeakSheet)
        XCTAssertFalse(monday0200.offPeak)
        XCTAssertEqual(monday0200.total, dec("1.5"))
        let monday2300 = CostCalculator(conditions: PricingConditions(time: try XCTUnwrap(date("2025-06-02T23:59:00Z")))).cost(of: usage, pricing: offPeakSheet)
        XCTAssertTrue(monday2300.offPeak, "10:00-00:00 runs to midnight")
        let saturdayNoon = CostCalculator(conditions: PricingConditions(time: try XCTUnwrap(date("2025-06-07T12:00:00Z")))).cost(of: usage, pricing: offPeakSheet)
        XCTAssertTrue(saturdayNoon.offPeak)
        XCTAssertFalse(CostCalculator().cost(of: usage, pricing: offPeakSheet).offPeak, "no time given: peak rates")
    }

    func testRegionalMultiplier() {
        var p = full
        p.multipliers["regional_processing_uplift_eu"] = dec("1.1")
        let eu = CostCalculator(conditions: PricingConditions(multipliers: [PricingConditions.regionalMultiplier("EU")]))
        let cost = eu.cost(of: Usage(inputTokens: 1000, outputTokens: 1000), pricing: p)
        XCTAssertEqual(cost.components["prompt"], dec("0.0033"))
        XCTAssertEqual(cost.components["completion"], dec("0.0165"))
        XCTAssertEqual(cost.total, dec("0.0198"))  // (0.003 + 0.015) × 1.1
        XCTAssertEqual(cost.appliedMultipliers, ["regional_processing_uplift_eu": dec("1.1")])
        let us = CostCalculator(conditions: PricingConditions(multipliers: ["regional_processing_uplift_us"])).cost(of: Usage(inputTokens: 1000, outputTokens: 1000), pricing: p)
        XCTAssertEqual(us.total, dec("0.018"))
        XCTAssertEqual(us.notes, ["no regional_processing_uplift_us multiplier listed; none applied"])
    }

    // MARK: ranking and JSON

    func testRankingCheapestFirstUnknownLastAndJSONContract() throws {
        var cheap = Pricing(), dear = Pricing(), unknown = Pricing()
        cheap[.prompt] = dec("0.000001"); cheap[.completion] = dec("0.000002")
        dear[.prompt] = dec("0.000003"); dear[.completion] = dec("0.000015")
        unknown[.prompt] = dec("0.0000001")
        let id = ModelID(author: "acme", slug: "m")
        let rows = EndpointCost.rank(Usage(inputTokens: 1000, outputTokens: 100), model: id, endpoints: [
            ("zeta", "m", unknown), ("beta", "m", dear), ("alpha", "m", cheap),
        ], calculator: CostCalculator())
        XCTAssertEqual(rows.map(\.provider), ["alpha", "beta", "zeta"])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: EndpointCost.json(rows)) as? [[String: Any]])
        XCTAssertEqual(json.count, 3)
        XCTAssertEqual(json[0]["provider"] as? String, "alpha")
        XCTAssertEqual(json[0]["model"] as? String, "acme/m")
        XCTAssertEqual(json[0]["total"] as? String, "0.0012")
        XCTAssertEqual((json[0]["components"] as? [String: Any])?["prompt"] as? String, "0.001")
        XCTAssertTrue(json[2]["total"] is NSNull, "unknown total is null, not left out")
        XCTAssertTrue((json[2]["components"] as? [String: Any])?["completion"] is NSNull)
    }
}
