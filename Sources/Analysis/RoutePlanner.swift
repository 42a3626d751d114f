import Foundation
import ModelCatalog

/// Orders a model's endpoints the way a router following the catalog tries them.
/// The one implementation behind `modelcat route` and the site's cheapest provider.
public struct RoutePlanner: Sendable {
    /// What is asked for.
    public var request: RouteRequest

    /// A planner for one request.
    public init(_ request: RouteRequest = RouteRequest()) {
        self.request = request
    }

    /// The plan for a model: endpoints that pass every filter, in the requested order,
    /// and the others with their reasons.
    public func plan(_ model: Model) -> RoutePlan {
        var kept: [Endpoint] = []
        var excluded: [RoutePlan.Exclusion] = []
        for endpoint in model.endpoints {
            let reasons = reasons(toExclude: endpoint)
            if reasons.isEmpty { kept.append(endpoint) } else { excluded.append(RoutePlan.Exclusion(endpoint: endpoint, reasons: reasons)) }
        }
        return RoutePlan(model: model.id, order: order(kept), excluded: excluded.sorted { $0.endpoint.key < $1.endpoint.key })
    }

    /// Every reason an endpoint fails the request, empty when it passes.
    public func reasons(toExclude endpoint: Endpoint) -> [ExclusionReason] {
        var reasons: [ExclusionReason] = []
        if let only = request.only, !only.contains(endpoint.provider) { reasons.append(.notInOnly) }
        if request.ignore.contains(endpoint.provider) { reasons.append(.ignored) }
        if !request.allowDeprecated, endpoint.status == "deprecated" { reasons.append(.deprecated) }
        for capability in request.require {
            switch endpoint.capabilities[capability] {
            case true?: break
            case false?: reasons.append(.unsupported(capability))
            case nil: reasons.append(.capabilityUnknown(capability))
            }
        }
        if let limit = request.maxPromptPrice {
            if let price = endpoint.pricing[.prompt] {
                if price > limit { reasons.append(.promptPriceAbove(price, limit: limit)) }
            } else {
                reasons.append(.promptPriceUnknown)
            }
        }
        if let limit = request.maxCompletionPrice {
            if let price = endpoint.pricing[.completion] {
                if price > limit { reasons.append(.completionPriceAbove(price, limit: limit)) }
            } else {
                reasons.append(.completionPriceUnknown)
            }
        }
        if let wanted = request.quantizations {
            let value = endpoint.quantization?.lowercased()
            if value.map({ v in !wanted.contains { $0.lowercased() == v } }) ?? true { reasons.append(.quantization(endpoint.quantization)) }
        }
        return reasons
    }

    /// Endpoints in the requested order; ties fall to blended price, then provider and provider model id.
    public func order(_ endpoints: [Endpoint]) -> [Endpoint] {
        let blend = request.blend
        // Each endpoint's price key once, not once per comparison. With positive weights the
        // weighted sum orders exactly as the blended price does, without a Decimal division.
        let weights = blend.input + blend.output
        let prices = endpoints.map { endpoint -> Decimal? in
            guard weights > 0 else { return blend.blendedPrice(endpoint.pricing) }
            guard let prompt = endpoint.pricing[.prompt], let completion = endpoint.pricing[.completion] else { return nil }
            return prompt * blend.input + completion * blend.output
        }
        func byPrice(_ l: (endpoint: Endpoint, price: Decimal?), _ r: (endpoint: Endpoint, price: Decimal?)) -> Bool? {
            switch (l.price, r.price) {
            case let (a?, b?) where a != b: return a < b
            case (.some, nil): return true
            case (nil, .some): return false
            default: return nil
            }
        }
        func byLargest(_ a: Int?, _ b: Int?) -> Bool? {
            switch (a, b) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return nil
            }
        }
        return zip(endpoints, prices).map { (endpoint: $0, price: $1) }.sorted { l, r in
            switch request.sort {
            case .price: break
            case .context: if let decided = byLargest(l.endpoint.contextLength, r.endpoint.contextLength) { return decided }
            case .outputLimit: if let decided = byLargest(l.endpoint.maxOutputTokens, r.endpoint.maxOutputTokens) { return decided }
            }
            if let decided = byPrice(l, r) { return decided }
            return l.endpoint.key < r.endpoint.key
        }.map(\.endpoint)
    }

    /// The endpoint the site shows as cheapest: the first priced endpoint of the default
    /// price plan, or, when every priced endpoint is deprecated, the cheapest deprecated one.
    public static func cheapestEndpoint(of model: Model, blend: BlendRatio = .default) -> Endpoint? {
        if blend.input + blend.output > 0 { return cheapestIndex(in: model.endpoints, blend: blend).map { model.endpoints[$0] } }
        let active = RoutePlanner(RouteRequest(blend: blend)).plan(model).order
        if let first = active.first(where: { blend.blendedPrice($0.pricing) != nil }) { return first }
        let all = RoutePlanner(RouteRequest(allowDeprecated: true, blend: blend)).plan(model).order
        return all.first { blend.blendedPrice($0.pricing) != nil }
    }

    /// The same choice as the default plans above in one pass (the site asks for every model,
    /// several times), as an index into `endpoints`: the lowest weighted price among priced
    /// endpoints not deprecated, else among all priced endpoints; ties to the lower key, as
    /// `order` sorts them. The blend's weights must not both be zero.
    static func cheapestIndex(in endpoints: [Endpoint], blend: BlendRatio) -> Int? {
        var best: (index: Int, price: Decimal, active: Bool)?
        for index in endpoints.indices {
            guard let prompt = endpoints[index].pricing[.prompt], let completion = endpoints[index].pricing[.completion] else { continue }
            let price = prompt * blend.input + completion * blend.output
            let active = endpoints[index].status != "deprecated"
            guard let current = best else {
                best = (index, price, active)
                continue
            }
            let better: Bool
            if active != current.active {
                better = active
            } else if price != current.price {
                better = price < current.price
            } else {
                better = endpoints[index].key < endpoints[current.index].key
            }
            if better { best = (index, price, active) }
        }
        return best?.index
    }
}
