import Foundation
import ModelCatalog

/// What history knows about every endpoint at one point: each tracked field's value as
/// text. Built from a catalog (the present) or by replaying recordings (the past).
public struct HistoryState: Hashable, Sendable {
    /// One endpoint's recorded values.
    public struct EndpointState: Hashable, Sendable {
        /// The canonical model id the endpoint belonged to.
        public var model: String
        /// The source that listed the values.
        public var source: String
        /// Field → value text.
        public var values: [HistoryField: String]
    }

    /// Every endpoint with at least one value.
    public var endpoints: [EndpointKey: EndpointState]

    /// An empty state: nothing recorded yet.
    public init() { endpoints = [:] }

    /// The state a catalog shows now: every rate, multiplier and size limit of every endpoint.
    public init(catalog: Catalog) {
        var endpoints: [EndpointKey: EndpointState] = [:]
        for model in catalog.models {
            for endpoint in model.endpoints {
                var values: [HistoryField: String] = [:]
                for (key, rate) in endpoint.pricing.rates { values[.price(key)] = "\(rate)" }
                for (name, value) in endpoint.pricing.multipliers { values[.multiplier(name)] = "\(value)" }
                if let context = endpoint.contextLength { values[.contextLength] = String(context) }
                if let output = endpoint.maxOutputTokens { values[.maxOutputTokens] = String(output) }
                guard !values.isEmpty else { continue }
                endpoints[endpoint.key] = EndpointState(model: model.id.description, source: endpoint.provenance.first?.source ?? "", values: values)
            }
        }
        self.endpoints = endpoints
    }

    /// Applies one recording's changes (changes whose field is no ``HistoryField`` are skipped).
    public mutating func apply(_ recording: HistoryRecording) {
        let changes = recording.changes
        var key: EndpointKey?
        var last = (provider: HistoryChanges.absent, providerModelID: HistoryChanges.absent)
        for row in changes.rows {
            guard let field = changes.field(of: row) else { continue }
            if key == nil || last != (row.provider, row.providerModelID) {
                last = (row.provider, row.providerModelID)
                key = EndpointKey(provider: changes.texts[Int(row.provider)], providerModelID: changes.texts[Int(row.providerModelID)])
            }
            guard let key else { continue }
            let model = changes.texts[Int(row.model)], source = changes.texts[Int(row.source)]
            let value = changes.text(row.new)
            // Changed in place: a copy of the state would copy its values for every change.
            let emptied = Self.set(&endpoints[key, default: EndpointState(model: model, source: source, values: [:])], field, to: value, model: model, source: source)
            if emptied { endpoints[key] = nil }
        }
    }

    /// Records one change in an endpoint's state; true when no value is left.
    private static func set(_ state: inout EndpointState, _ field: HistoryField, to value: String?, model: String, source: String) -> Bool {
        state.model = model
        if let value {
            state.values[field] = value
            state.source = source
        } else {
            state.values[field] = nil
        }
        return state.values.isEmpty
    }

    /// The changes that turn `self` (the last recorded state) into `current`, in record order.
    /// Rates compare as exact decimals, so `0.50` and `0.5` are no change.
    public func changes(to current: HistoryState) -> [PriceChange] {
        var out: [PriceChange] = []
        for key in Set(endpoints.keys).union(current.endpoints.keys) {
            let before = endpoints[key], after = current.endpoints[key]
            let fields = Set(before?.values.keys ?? [:].keys).union(after?.values.keys ?? [:].keys)
            for field in fields {
                let old = before?.values[field], new = after?.values[field]
                if Self.same(old, new) { continue }
                out.append(PriceChange(
                    model: after?.model ?? before?.model ?? "", provider: key.provider, providerModelID: key.providerModelID,
                    field: field.description, old: old, new: new, source: new == nil ? (before?.source ?? "") : (after?.source ?? "")))
            }
        }
        return out.sorted(by: PriceChange.recordOrder)
    }

    /// The endpoints of one model as priced in this state, by provider then provider model id.
    public func endpoints(of model: ModelID) -> [(key: EndpointKey, pricing: Pricing)] {
        let id = model.description
        return endpoints.filter { $0.value.model == id }.sorted { $0.key < $1.key }.map { ($0.key, $0.value.pricing) }
    }

    private static func same(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        if a == b { return true }
        guard let x = Decimal(string: a, locale: Locale(identifier: "en_US_POSIX")), let y = Decimal(string: b, locale: Locale(identifier: "en_US_POSIX")) else { return false }
        return x == y
    }
}

extension HistoryState.EndpointState {
    /// The rates and multipliers recorded, as a ``Pricing`` (off-peak windows are not recorded).
    public var pricing: Pricing {
        var pricing = Pricing()
        for (field, text) in values {
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { continue }
            switch field {
            case .price(let key): pricing.setRate(value, for: key)
            case .multiplier(let name): pricing.multipliers[name] = value
            case .contextLength, .maxOutputTokens: break
            }
        }
        return pricing
    }
}
