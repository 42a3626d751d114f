import Foundation
import ModelCatalog

/// Finds the endpoint of a model that is cheapest for a typical request, using the
/// blended price (input and output per token weighted by a ratio, default 3:1).
public enum CheapestEndpoint {
    /// The blended per-token price of an endpoint, or nil when input or output price is unknown.
    public static func blendedPrice(_ pricing: Pricing, inputWeight: Decimal = 3, outputWeight: Decimal = 1) -> Decimal? {
        guard let prompt = pricing[.prompt], let completion = pricing[.completion] else { return nil }
        return (prompt * inputWeight + completion * outputWeight) / (inputWeight + outputWeight)
    }

    /// The index of the cheapest endpoint with known input and output prices, preferring
    /// endpoints not marked deprecated; ties go to the first in the model's endpoint order.
    /// Nil when no endpoint is fully priced.
    public static func index(in endpoints: [Endpoint]) -> Int? {
        cheapest(in: endpoints, where: { $0.status != "deprecated" }) ?? cheapest(in: endpoints, where: { _ in true })
    }

    private static func cheapest(in endpoints: [Endpoint], where include: (Endpoint) -> Bool) -> Int? {
        var best: (index: Int, price: Decimal)?
        for (index, endpoint) in endpoints.enumerated() where include(endpoint) {
            guard let price = blendedPrice(endpoint.pricing) else { continue }
            if let current = best, current.price <= price { continue }
            best = (index, price)
        }
        return best?.index
    }
}
