import Foundation
import ModelCatalog

/// Prices a ``Usage`` with an endpoint's ``Pricing``, exactly, in USD.
///
/// Rules (docs/pricing.md): a quantity above zero needs its rate; a missing rate makes the
/// total unknown and is named, never read as zero or replaced by the input rate. Tiers are a
/// cliff: once the request's total input (cache reads and writes included) reaches a tier
/// (at or above its threshold when inclusive, strictly above otherwise), that tier's rates
/// bill every token of the request, and a rate the tier lacks is unknown. A service tier's
/// rates are never borrowed from another tier. Off-peak rates replace the standard rates
/// they list while the request time is in a window. Reasoning tokens use the reasoning rate,
/// or the completion rate when the endpoint has no separate one (providers bill them as output).
public struct CostCalculator: Sendable {
    /// The conditions every cost is computed under.
    public var conditions: PricingConditions

    /// A calculator for the given conditions.
    public init(conditions: PricingConditions = PricingConditions()) {
        self.conditions = conditions
    }

    /// The cost of `usage` at an endpoint priced by `pricing`.
    public func cost(of usage: Usage, pricing: Pricing) -> CostBreakdown {
        let serviceTier = conditions.serviceTier
        let offPeak = serviceTier == .standard && conditions.time.map { OffPeakSchedule.contains($0, windows: pricing.offPeakWindows) } == true
        let totalInput = usage.totalInputTokens
        let tier = pricing.tiers(in: serviceTier).filter { $0.applies(toInputTokens: totalInput) }.max()

        var multiplier = Decimal(1)
        var applied: [String: Decimal] = [:]
        var notes: [String] = []
        for name in conditions.multipliers {
            if let value = pricing.multipliers[name] {
                multiplier *= value
                applied[name] = value
            } else {
                notes.append("no \(name) multiplier listed; none applied")
            }
        }

        let quantities: [(PriceComponent, Decimal)] = [
            (.prompt, Decimal(usage.inputTokens)),
            (.completion, Decimal(usage.outputTokens)),
            (.inputCacheRead, Decimal(usage.cachedInputTokens)),
            (.inputCacheWrite, Decimal(usage.cacheWriteTokens)),
            (.inputCacheWrite1h, Decimal(usage.cacheWrite1hTokens)),
            (.internalReasoning, Decimal(usage.reasoningTokens)),
            (.image, Decimal(usage.images)),
            (CostCalculator.audioPerSecond, usage.audioSeconds),
            (.request, Decimal(usage.requests)),
            (.webSearch, Decimal(usage.webSearches)),
        ]
        var lines: [CostBreakdown.Line] = []
        var missing: [CostBreakdown.MissingPrice] = []
        var total = Decimal(0)
        for (component, quantity) in quantities where quantity > 0 {
            var (key, rate) = lookup(component, pricing: pricing, serviceTier: serviceTier, tier: tier, offPeak: offPeak)
            if rate == nil, component == .internalReasoning {
                let fallback = lookup(.completion, pricing: pricing, serviceTier: serviceTier, tier: tier, offPeak: offPeak)
                if fallback.rate != nil { (key, rate) = fallback }
            }
            guard let rate else {
                missing.append(CostBreakdown.MissingPrice(key: key))
                lines.append(CostBreakdown.Line(component: component, quantity: quantity, rate: nil, rateKey: key, amount: nil))
                continue
            }
            let amount = quantity * rate * multiplier
            total += amount
            lines.append(CostBreakdown.Line(component: component, quantity: quantity, rate: rate, rateKey: key, amount: amount))
        }
        return CostBreakdown(
            lines: lines, total: missing.isEmpty ? total : nil, missing: missing, serviceTier: serviceTier,
            tier: tier, offPeak: offPeak, appliedMultipliers: applied, notes: notes)
    }

    /// The price component for input audio priced per second.
    public static let audioPerSecond = PriceComponent("audio_per_second")

    private func lookup(_ component: PriceComponent, pricing: Pricing, serviceTier: ServiceTier, tier: PriceTier?, offPeak: Bool) -> (key: PriceKey, rate: Decimal?) {
        if offPeak, tier == nil, let rate = pricing.rate(component, serviceTier: .offPeak) {
            return (PriceKey(component, serviceTier: .offPeak), rate)
        }
        let key = PriceKey(component, serviceTier: serviceTier, tier: tier)
        return (key, pricing.rate(component, serviceTier: serviceTier, tier: tier))
    }
}
