import Analysis
import Foundation
import ModelCatalog
import Site

/// Turns the recorded price history into what the site shows: per-model price points
/// (one per endpoint and recording) and the change log of the newest recordings.
/// Recordings without a date are shown by their label, never given an invented date.
enum HistorySupplements {
    /// The most changes listed on the changes page and in the feed.
    static let changeLimit = 300

    static func make(_ history: PriceHistory, catalog: Catalog) -> SiteSupplements {
        var points: [ModelID: [SiteSupplements.PricePoint]] = [:]
        var state = HistoryState()
        let known = Set(catalog.models.map(\.id))
        let prompt = HistoryField.price(PriceKey(.prompt))
        let completion = HistoryField.price(PriceKey(.completion))
        for recording in history.recordings {
            state.apply(recording)
            let header = recording.header
            for (key, endpoint) in state.endpoints {
                guard let model = ModelID(endpoint.model), known.contains(model) else { continue }
                let input = endpoint.values[prompt].flatMap { Decimal(string: $0) }
                let output = endpoint.values[completion].flatMap { Decimal(string: $0) }
                guard input != nil || output != nil else { continue }
                points[model, default: []].append(SiteSupplements.PricePoint(
                    date: header.date ?? header.name, provider: "\(key.provider) · \(key.providerModelID)", prompt: input, completion: output,
                    contextLength: endpoint.values[.contextLength].flatMap { Int($0) }, order: header.sequence))
            }
        }
        for (model, list) in points { points[model] = list.sorted { ($0.order, $0.provider) < ($1.order, $1.provider) } }

        var changes: [SiteSupplements.Change] = []
        for event in history.changeLog(pricesOnly: true) where changes.count < changeLimit {
            let change = event.change
            guard let model = ModelID(change.model), known.contains(model), let field = HistoryField(change.field) else { continue }
            let header = event.recording
            let title: String
            switch (change.old, change.new) {
            case (nil, _): title = "\(field) priced at \(change.provider)"
            case (_, nil): title = "\(field) no longer listed at \(change.provider)"
            default: title = "\(field) changed at \(change.provider)"
            }
            let summary = "\(change.provider) \(change.providerModelID): \(field) \(change.old ?? "none") → \(change.new ?? "none") USD per unit (\(header.name))."
            changes.append(SiteSupplements.Change(date: header.date ?? "", model: model, title: title, summary: summary, label: header.name))
        }
        return SiteSupplements(priceHistory: points, changes: changes)
    }

    /// The site's form of the analysis stage's leaderboards: each entry's figure formatted
    /// for the leaderboard's sort (blended price per 1M, context or max output).
    static func leaderboards(_ boards: [Leaderboard]) -> [SiteSupplements.Leaderboard] {
        boards.map { board in
            let label: String
            switch board.definition.sort {
            case .price: label = "blended USD per 1M tokens (3 input : 1 output)"
            case .context: label = "context length"
            case .outputLimit: label = "max output tokens"
            }
            let entries = board.entries.map { entry -> SiteSupplements.Leaderboard.Entry in
                let value: String
                switch board.definition.sort {
                case .price: value = PriceDisplay.perMillionText(entry.blendedPrice) + " at \(entry.endpoint.provider)"
                case .context: value = PriceDisplay.tokens(entry.contextLength) + " at \(entry.endpoint.provider)"
                case .outputLimit: value = PriceDisplay.tokens(entry.maxOutputTokens) + " at \(entry.endpoint.provider)"
                }
                return SiteSupplements.Leaderboard.Entry(model: entry.model, value: value)
            }
            return SiteSupplements.Leaderboard(id: board.definition.id, title: board.definition.title, valueLabel: label, entries: entries)
        }
    }
}
