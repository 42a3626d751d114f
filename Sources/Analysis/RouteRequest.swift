import Foundation
import ModelCatalog

/// What a router asks for: how to order a model's endpoints and which to leave out.
public struct RouteRequest: Hashable, Sendable {
    /// The order to try endpoints in.
    public enum Sort: String, Hashable, Sendable, CaseIterable {
        /// Cheapest blended price first; endpoints with an unknown price after every priced one.
        case price
        /// Longest context first; unknown context last.
        case context
        /// Largest max output first; unknown last.
        case outputLimit = "output-limit"
    }

    /// The order.
    public var sort: Sort
    /// Capabilities every endpoint must list as supported.
    public var require: [Capability]
    /// The highest input price accepted, USD per token; an unknown input price is excluded when set.
    public var maxPromptPrice: Decimal?
    /// The highest output price accepted, USD per token; an unknown output price is excluded when set.
    public var maxCompletionPrice: Decimal?
    /// Only these providers, when non-nil.
    public var only: [String]?
    /// Never these providers.
    public var ignore: [String]
    /// Only these quantizations, when non-nil (an endpoint with no quantization listed is excluded).
    public var quantizations: [String]?
    /// Whether endpoints marked deprecated may be routed to.
    public var allowDeprecated: Bool
    /// The input:output weighting of the price order.
    public var blend: BlendRatio

    /// A request; the default orders every active endpoint by blended price.
    public init(
        sort: Sort = .price, require: [Capability] = [], maxPromptPrice: Decimal? = nil, maxCompletionPrice: Decimal? = nil,
        only: [String]? = nil, ignore: [String] = [], quantizations: [String]? = nil, allowDeprecated: Bool = false, blend: BlendRatio = .default
    ) {
        self.sort = sort
        self.require = require
        self.maxPromptPrice = maxPromptPrice
        self.maxCompletionPrice = maxCompletionPrice
        self.only = only
        self.ignore = ignore
        self.quantizations = quantizations
        self.allowDeprecated = allowDeprecated
        self.blend = blend
    }
}
