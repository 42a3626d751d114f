import Analysis
import Foundation
import ModelCatalog

/// A few simple leaderboards the site shows while the analysis stage supplies none:
/// cheapest chat models overall and with tools, vision or reasoning (by blended price of
/// the cheapest endpoint), and the longest contexts. Ranked by exact decimals; ties by id.
enum DefaultLeaderboards {
    /// The leaderboards, each with up to `limit` entries.
    static func make(_ catalog: Catalog, limit: Int = 10) -> [SiteSupplements.Leaderboard] {
        let chat = catalog.models.filter { $0.mode == "chat" || $0.mode == "responses" }
        func cheapest(_ id: String, _ title: String, _ include: (Model) -> Bool) -> SiteSupplements.Leaderboard {
            let ranked = chat.filter(include).compactMap { model -> (Model, Decimal)? in
                guard let index = CheapestEndpoint.index(in: model.endpoints),
                    let blended = CheapestEndpoint.blendedPrice(model.endpoints[index].pricing), blended > 0
                else { return nil }
                return (model, blended)
            }
            .sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
            .prefix(limit)
            return SiteSupplements.Leaderboard(
                id: id, title: title, valueLabel: "input / output, USD per 1M tokens (ranked by 3:1 blended price, free endpoints left out)",
                entries: ranked.map { .init(model: $0.0.id, value: ModelPrice($0.0).pairText ?? "—") })
        }
        let longest = catalog.models.compactMap { model in model.contextLength.map { (model, $0) } }
            .sorted { ($1.1, $0.0.id) < ($0.1, $1.0.id) }
            .prefix(limit)
        return [
            cheapest("cheapest-chat", "Cheapest chat models", { _ in true }),
            cheapest("cheapest-tools", "Cheapest with tool calling", { $0.capabilities[.tools] == true }),
            cheapest("cheapest-vision", "Cheapest with vision", { $0.capabilities[.vision] == true }),
            cheapest("cheapest-reasoning", "Cheapest with reasoning", { $0.capabilities[.reasoning] == true }),
            SiteSupplements.Leaderboard(
                id: "longest-context", title: "Longest context", valueLabel: "context window, tokens",
                entries: longest.map { .init(model: $0.0.id, value: PriceDisplay.tokens($0.1)) }),
        ]
    }
}
