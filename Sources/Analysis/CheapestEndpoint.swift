import Foundation
import ModelCatalog

/// Finds the endpoint of a model that is cheapest for a typical request, using the
/// blended price (input and output per token weighted by a ratio, default 3:1).
/// Delegates to ``RoutePlanner`` so the site and `modelcat route` agree.
public enum CheapestEndpoint {
    /// The blended per-token price of an endpoint, or nil when input or output price is unknown.
    public static func blendedPrice(_ pricing: Pricing, inputWeight: Decimal = 3, outputWeight: Decimal = 1) -> Decimal? {
        BlendRatio(input: inputWeight, output: outputWeight).blendedPrice(pricing)
    }

    /// The index of the cheapest endpoint with known input and output prices, preferring
    /// endpoints not marked deprecated; ties go to the first in the model's endpoint order
    /// (provider, then provider model id). Nil when no endpoint is fully priced.
    public static func index(in endpoints: [Endpoint]) -> Int? {
        RoutePlanner.cheapestIndex(in: endpoints, blend: .default)
    }
}
