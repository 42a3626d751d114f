import Foundation
import ModelCatalog

/// The cost of one usage at one endpoint of a model: a row of `modelcat cost`.
public struct EndpointCost: Hashable, Sendable {
    /// The model the endpoint serves.
    public var model: ModelID
    /// The endpoint's provider.
    public var provider: String
    /// The provider's own model id.
    public var providerModelID: String
    /// The cost.
    public var breakdown: CostBreakdown

    /// A row.
    public init(model: ModelID, provider: String, providerModelID: String, breakdown: CostBreakdown) {
        self.model = model
        self.provider = provider
        self.providerModelID = providerModelID
        self.breakdown = breakdown
    }

    /// Prices a usage at every endpoint given, cheapest first; unknown totals last; ties by provider, then provider model id.
    public static func rank(_ usage: Usage, model: ModelID, endpoints: [(provider: String, providerModelID: String, pricing: Pricing)], calculator: CostCalculator) -> [EndpointCost] {
        let rows = endpoints.map {
            EndpointCost(model: model, provider: $0.provider, providerModelID: $0.providerModelID, breakdown: calculator.cost(of: usage, pricing: $0.pricing))
        }
        return rows.sorted { lhs, rhs in
            switch (lhs.breakdown.total, rhs.breakdown.total) {
            case let (l?, r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (lhs.provider, lhs.providerModelID) < (rhs.provider, rhs.providerModelID)
            }
        }
    }

    /// The stable JSON shape of `modelcat cost --json`: one row.
    public struct JSONRow: Codable, Hashable, Sendable {
        /// The provider id.
        public var provider: String
        /// The canonical model id, `author/slug`.
        public var model: String
        /// The provider's model id (what a router sends).
        public var providerModelID: String
        /// Total USD as an exact decimal string, or nil when a needed price is unknown.
        public var total: String?
        /// USD per component as exact decimal strings; nil for a component whose price is unknown.
        public var components: [String: String?]
        /// The prices that made the total unknown, readable.
        public var missing: [String]

        enum CodingKeys: String, CodingKey {
            case provider, model, total, components, missing
            case providerModelID = "provider_model_id"
        }

        /// Encodes `total` as null rather than leaving it out.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(provider, forKey: .provider)
            try container.encode(model, forKey: .model)
            try container.encode(providerModelID, forKey: .providerModelID)
            try container.encode(total, forKey: .total)
            try container.encode(components, forKey: .components)
            try container.encode(missing, forKey: .missing)
        }
    }

    /// This row in the JSON contract's shape.
    public var jsonRow: JSONRow {
        var components: [String: String?] = [:]
        for (name, amount) in breakdown.components { components.updateValue(amount.map { "\($0)" }, forKey: name) }
        return JSONRow(
            provider: provider, model: model.description, providerModelID: providerModelID,
            total: breakdown.total.map { "\($0)" }, components: components, missing: breakdown.missing.map(\.description))
    }

    /// Rows as the JSON array `modelcat cost --json` prints: sorted keys, no escaped slashes.
    public static func json(_ rows: [EndpointCost]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(rows.map(\.jsonRow))
    }
}
