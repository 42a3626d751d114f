import Analysis
import Foundation
import ModelCatalog

/// A few simple leaderboards the site shows while the analysis stage supplies none:
/// cheapest chat models overall and with tools, vision or reasoning (by blended price of
/// the cheapest endpoint), and the longest contexts. Ranked by exact decimals; ties by id.
enum DefaultLeaderboards {
    /// The leaderboards, each with up to `limit` entries.
    static func make(_ catalog: Catalog, limit: Int = 10) -> [SiteSupplements.Leaderboard] {
        // Each chat model's cheapest endpoint, once for the four boards.
        let priced = catalog.models.compactMap { model -> (Model, Decimal)? in
            guard model.mode == "chat" || model.mode == "responses", let index = CheapestEndpoint.index(in: model.endpoints),
                let blended = CheapestEndpoint.blendedPrice(model.endpoints[index].pricing), blended > 0
            else { return nil }
            return (model, blended)
        }
        func cheapest(_ id: String, _ title: String, _ include: @escaping (Model) -> Bool) -> SiteSupplements.Leaderboard {
            let ranked = first(limit, of: priced.lazy.filter { include($0.0) }) { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
            return SiteSupplements.Leaderboard(
                id: id, title: title, valueLabel: "input / output, USD per 1M tokens (ranked by 3:1 blended price, free endpoints left out)",
                entries: ranked.map { .init(model: $0.0.id, value: ModelPrice($0.0).pairText ?? "—") })
        }
        let longest = first(limit, of: catalog.models.lazy.compactMap { model in model.contextLength.map { (model, $0) } }) { ($1.1, $0.0.id) < ($0.1, $1.0.id) }
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

    /// The first `count` elements of `items` in the order `areInIncreasingOrder` gives (a
    /// strict total order), as `items.sorted(by:).prefix(count)` would give them, in one pass
    /// without sorting everything.
    static func first<Items: Sequence>(_ count: Int, of items: Items, by areInIncreasingOrder: (Items.Element, Items.Element) -> Bool) -> [Items.Element] {
        var kept: [Items.Element] = []
        kept.reserveCapacity(count + 1)
        for item in items {
            if kept.count == count, let last = kept.last, !areInIncreasingOrder(item, last) { continue }
            let position = kept.firstIndex { areInIncreasingOrder(item, $0) } ?? kept.endIndex
            kept.insert(item, at: position)
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }
}
