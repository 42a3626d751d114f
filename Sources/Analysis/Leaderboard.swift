import Foundation
import ModelCatalog

/// A maintainer-defined ranking such as "cheapest model with tools, vision and 128K context",
/// declared in `catalog.toml` under `[[leaderboards]]`.
public struct LeaderboardDefinition: Hashable, Sendable {
    /// A URL-safe id, such as `cheap-tools-vision-128k`.
    public var id: String
    /// The heading shown.
    public var title: String
    /// Capabilities the endpoint must support.
    public var require: [Capability]
    /// The smallest context length accepted.
    public var minContext: Int?
    /// The smallest max output accepted.
    public var minOutput: Int?
    /// The model mode, such as `chat`; nil for any.
    public var mode: String?
    /// The order: cheapest blended price, longest context, or largest output limit.
    public var sort: RouteRequest.Sort
    /// How many models to keep.
    public var limit: Int

    /// A definition.
    public init(id: String, title: String, require: [Capability] = [], minContext: Int? = nil, minOutput: Int? = nil, mode: String? = nil, sort: RouteRequest.Sort = .price, limit: Int = 10) {
        self.id = id
        self.title = title
        self.require = require
        self.minContext = minContext
        self.minOutput = minOutput
        self.mode = mode
        self.sort = sort
        self.limit = limit
    }
}

/// A computed leaderboard: its definition and the models that lead it, best first.
public struct Leaderboard: Hashable, Sendable {
    /// One row: a model and the endpoint that qualified it.
    public struct Entry: Hashable, Sendable {
        /// 1-based position.
        public var rank: Int
        /// The model.
        public var model: ModelID
        /// The model's best qualifying endpoint under the board's order.
        public var endpoint: EndpointKey
        /// That endpoint's blended price (USD per token), if known.
        public var blendedPrice: Decimal?
        /// That endpoint's context length.
        public var contextLength: Int?
        /// That endpoint's max output.
        public var maxOutputTokens: Int?
    }

    /// The definition.
    public var definition: LeaderboardDefinition
    /// The rows, best first.
    public var entries: [Entry]

    /// Computes a board over a catalog: each model's first endpoint of a ``RoutePlanner``
    /// plan that also meets the size limits, then models ordered like endpoints.
    public init(_ definition: LeaderboardDefinition, catalog: Catalog, blend: BlendRatio = .default) {
        self.definition = definition
        let planner = RoutePlanner(RouteRequest(sort: definition.sort, require: definition.require, blend: blend))
        var best: [(ModelID, Endpoint)] = []
        for model in catalog.models {
            if let mode = definition.mode, model.mode != mode { continue }
            let candidates = planner.plan(model).order.filter { endpoint in
                if let min = definition.minContext, (endpoint.contextLength ?? model.contextLength ?? 0) < min { return false }
                if let min = definition.minOutput, (endpoint.maxOutputTokens ?? model.maxOutputTokens ?? 0) < min { return false }
                if definition.sort == .price, blend.blendedPrice(endpoint.pricing) == nil { return false }
                return true
            }
            if let first = candidates.first { best.append((model.id, first)) }
        }
        let ordered = planner.order(best.map(\.1))
        var modelOf: [EndpointKey: ModelID] = [:]
        for (id, endpoint) in best { modelOf[endpoint.key] = id }
        var entries: [Entry] = []
        for endpoint in ordered.prefix(definition.limit) {
            guard let model = modelOf[endpoint.key] else { continue }
            entries.append(Entry(
                rank: entries.count + 1, model: model, endpoint: endpoint.key, blendedPrice: blend.blendedPrice(endpoint.pricing),
                contextLength: endpoint.contextLength, maxOutputTokens: endpoint.maxOutputTokens))
        }
        self.entries = entries
    }
}
