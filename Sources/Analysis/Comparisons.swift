import Foundation
import ModelCatalog

/// Every comparison the build shows, computed once from a catalog: per model the cheapest
/// endpoint, blended price, rank within its class and price spread; the context and
/// max-output leaders; the leaderboards of `catalog.toml`. Plain values for the site.
public struct Comparisons: Hashable, Sendable {
    /// The ratio blended prices use.
    public var blend: BlendRatio
    /// Per model, sorted by model id.
    public var models: [ModelComparison]
    /// Models by context length, longest first (ties by id); models with unknown context left out.
    public var contextLeaders: [Leader]
    /// Models by max output, largest first (ties by id); unknown left out.
    public var maxOutputLeaders: [Leader]
    /// The leaderboards, in definition order.
    public var leaderboards: [Leaderboard]

    /// Computes every comparison. `leaderLimit` caps the context and max-output leader lists.
    public init(catalog: Catalog, blend: BlendRatio = .default, leaderboards definitions: [LeaderboardDefinition] = [], leaderLimit: Int = 20) {
        self.blend = blend
        var rows: [ModelComparison] = []
        rows.reserveCapacity(catalog.models.count)
        for model in catalog.models {
            let cheapest = RoutePlanner.cheapestEndpoint(of: model, blend: blend)
            let active = model.endpoints.filter { $0.status != "deprecated" }
            rows.append(ModelComparison(
                model: model.id, cheapestEndpoint: cheapest?.key, blendedPrice: cheapest.flatMap { blend.blendedPrice($0.pricing) },
                modelClass: ModelClass(model), classRank: nil, classSize: 0,
                blendedSpread: PriceSpread(active.compactMap { blend.blendedPrice($0.pricing) }),
                promptSpread: PriceSpread(active.compactMap { $0.pricing[.prompt] }),
                completionSpread: PriceSpread(active.compactMap { $0.pricing[.completion] })))
        }
        var byClass: [ModelClass: [Int]] = [:]
        for (index, row) in rows.enumerated() where row.blendedPrice != nil { byClass[row.modelClass, default: []].append(index) }
        for (_, members) in byClass {
            let prices = members.compactMap { rows[$0].blendedPrice }.sorted()
            for index in members {
                guard let price = rows[index].blendedPrice else { continue }
                rows[index].classRank = Self.firstIndex(of: price, inSorted: prices) + 1
                rows[index].classSize = members.count
            }
        }
        models = rows
        contextLeaders = Self.leaders(catalog.models.compactMap { m in m.contextLength.map { (m.id, $0) } }, limit: leaderLimit)
        maxOutputLeaders = Self.leaders(catalog.models.compactMap { m in m.maxOutputTokens.map { (m.id, $0) } }, limit: leaderLimit)
        leaderboards = definitions.map { Leaderboard($0, catalog: catalog, blend: blend) }
    }

    /// The comparison of one model.
    public func model(_ id: ModelID) -> ModelComparison? {
        var low = 0, high = models.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if models[mid].model == id { return models[mid] }
            if models[mid].model < id { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// The index of the first element not less than `value` in an ascending array: where
    /// `value` first appears when it is there (a binary search; a linear `firstIndex` per
    /// model made ranking quadratic in the size of a class).
    static func firstIndex(of value: Decimal, inSorted sorted: [Decimal]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private static func leaders(_ values: [(ModelID, Int)], limit: Int) -> [Leader] {
        Array(values.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit)).map { Leader(model: $0.0, tokens: $0.1) }
    }
}
