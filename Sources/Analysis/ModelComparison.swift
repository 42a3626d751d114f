import Foundation
import ModelCatalog

/// What the build computes about one model against its providers and its peers.
public struct ModelComparison: Hashable, Sendable {
    /// The model.
    public var model: ModelID
    /// Its cheapest endpoint (``RoutePlanner/cheapestEndpoint(of:blend:)``), if any is priced.
    public var cheapestEndpoint: EndpointKey?
    /// The cheapest endpoint's blended price, USD per token.
    public var blendedPrice: Decimal?
    /// The model's class.
    public var modelClass: ModelClass
    /// 1-based rank by blended price within the class (ties share a rank); nil when unpriced.
    public var classRank: Int?
    /// How many priced models the class has.
    public var classSize: Int
    /// Blended prices across the model's active, priced endpoints.
    public var blendedSpread: PriceSpread?
    /// Input prices across the model's active endpoints.
    public var promptSpread: PriceSpread?
    /// Output prices across the model's active endpoints.
    public var completionSpread: PriceSpread?
}
