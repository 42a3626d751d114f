import Analysis
import Foundation
import ModelCatalog

/// The input and output price a list shows for a model: those of its cheapest endpoint
/// (``CheapestEndpoint``), else the lowest known of each.
struct ModelPrice {
    let prompt: Decimal?
    let completion: Decimal?

    init(_ model: Model) {
        let cheapest = CheapestEndpoint.index(in: model.endpoints).map { model.endpoints[$0].pricing }
        prompt = cheapest?[.prompt] ?? model.endpoints.compactMap { $0.pricing[.prompt] }.min()
        completion = cheapest?[.completion] ?? model.endpoints.compactMap { $0.pricing[.completion] }.min()
    }

    /// "0.15 / 0.60" (per 1M tokens), or nil when neither is known.
    var pairText: String? {
        guard prompt != nil || completion != nil else { return nil }
        return "\(PriceDisplay.perMillionText(prompt)) / \(PriceDisplay.perMillionText(completion))"
    }
}
