import Foundation
import ModelCatalog

/// The cost of one usage at one endpoint: a line per billed quantity and the total,
/// or no total when a price the usage needs is unknown.
public struct CostBreakdown: Hashable, Sendable {
    /// One billed quantity.
    public struct Line: Hashable, Sendable {
        /// What the line bills, named as the usage names it (`prompt`, `input_cache_read`, ...).
        public var component: PriceComponent
        /// How many units (tokens, images, seconds, requests, searches).
        public var quantity: Decimal
        /// The rate used, USD per unit; nil when unknown.
        public var rate: Decimal?
        /// Where the rate sits in the price sheet; for reasoning billed at the completion rate, the completion key.
        public var rateKey: PriceKey
        /// quantity × rate × multipliers, exact; nil when the rate is unknown.
        public var amount: Decimal?
    }

    /// A price the usage needs that the endpoint's sources do not give.
    public struct MissingPrice: Hashable, Sendable, CustomStringConvertible {
        /// The rate that was looked for.
        public var key: PriceKey
        /// Readable: `no batch input_cache_read rate above 200000 input tokens`.
        public var description: String {
            var text = "no "
            if key.serviceTier != .standard { text += "\(key.serviceTier) " }
            text += "\(key.component) rate"
            if let tier = key.tier { text += " \(tier.inclusive ? "from" : "above") \(tier.inputTokens) input tokens" }
            return text
        }
    }

    /// Lines in usage order (input, output, cache, reasoning, images, audio, requests, searches); only quantities above zero.
    public var lines: [Line]
    /// Sum of the lines in USD; nil when any needed price is unknown.
    public var total: Decimal?
    /// The prices that made the total unknown.
    public var missing: [MissingPrice]
    /// The service tier billed.
    public var serviceTier: ServiceTier
    /// The input-size tier whose rates applied to the whole request, if one did.
    public var tier: PriceTier?
    /// True when off-peak rates applied.
    public var offPeak: Bool
    /// Multipliers applied to every line, by name.
    public var appliedMultipliers: [String: Decimal]
    /// Remarks a reader should see (a requested multiplier the endpoint does not list, ...).
    public var notes: [String]

    /// The amounts by component name, nil where unknown: the `components` of the JSON contract.
    public var components: [String: Decimal?] {
        var out: [String: Decimal?] = [:]
        for line in lines { out.updateValue(line.amount, forKey: line.component.rawValue) }
        return out
    }
}
