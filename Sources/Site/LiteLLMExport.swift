import Foundation
import Ingest
import ModelCatalog

/// A LiteLLM-compatible cost map (`model_prices_and_context_window.json`) of every endpoint,
/// so a LiteLLM deployment can point `LITELLM_MODEL_COST_MAP_URL` at the published site.
///
/// Keys are the ones LiteLLM looks models up by: the endpoint's own key when it came from a
/// LiteLLM map, otherwise `<provider>/<provider model id>`. Prices are JSON numbers written
/// from the exact decimals. Rates the cost-map grammar cannot express are left out and counted.
public enum LiteLLMExport {
    /// The export's path in the site.
    public static let path = "exports/litellm/model_prices_and_context_window.json"

    /// The cost map as deterministic JSON bytes, in memory.
    public static func encode(_ catalog: Catalog) throws -> Data {
        var writer = JSONWriter(prettyPrinted: true)
        write(catalog, to: &writer)
        try writer.finish()
        return writer.data()
    }

    /// The cost map as a streamed site file (pretty-printed, as LiteLLM's own file is).
    public static func file(_ catalog: Catalog) -> OutputFile {
        OutputFile(path: path) { writer in
            writer.prettyPrinted = true
            write(catalog, to: &writer)
        }
    }

    /// Writes the cost map: one entry per key, the first endpoint (in catalog order) with
    /// that key; entries are made one at a time as they are written.
    public static func write(_ catalog: Catalog, to json: inout JSONWriter) {
        var first: [String: (model: Int, endpoint: Int)] = [:]
        let litellmSources = Set(catalog.sources.filter { $0.format == ListingFormat.litellm.rawValue }.map(\.id))
        for (modelIndex, model) in catalog.models.enumerated() {
            for (endpointIndex, endpoint) in model.endpoints.enumerated() {
                let fromLiteLLM = endpoint.provenance.first.map { litellmSources.contains($0.source) } ?? false
                let key = fromLiteLLM ? endpoint.sourceKey : "\(endpoint.listedProvider)/\(endpoint.providerModelID)"
                if first[key] == nil { first[key] = (modelIndex, endpointIndex) }
            }
        }
        json.beginObject()
        for key in JSONWriter.sortedKeys(first.keys) {
            let (modelIndex, endpointIndex) = first[key]!
            json.key(key)
            Value.object(entry(catalog.models[modelIndex].endpoints[endpointIndex])).write(to: &json)
        }
        json.endObject()
    }

    /// One value of a cost-map entry.
    enum Value {
        case number(Decimal)
        case integer(Int)
        case string(String)
        case bool(Bool)
        case strings([String])
        case object([String: Value])
        case list([Value])

        /// Writes the value; an object's keys in key order.
        func write(to json: inout JSONWriter) {
            switch self {
            case .number(let v): json.number(v)
            case .integer(let v): json.int(v)
            case .string(let v): json.string(v)
            case .bool(let v): json.bool(v)
            case .strings(let v): json.strings(v)
            case .object(let v):
                json.beginObject()
                for key in JSONWriter.sortedKeys(v.keys) {
                    json.key(key)
                    v[key]!.write(to: &json)
                }
                json.endObject()
            case .list(let v):
                json.beginArray()
                for item in v { item.write(to: &json) }
                json.endArray()
            }
        }
    }

    static func entry(_ endpoint: Endpoint) -> [String: Value] {
        var out: [String: Value] = ["litellm_provider": .string(endpoint.listedProvider)]
        if let mode = endpoint.mode { out["mode"] = .string(mode) }
        if let value = endpoint.maxInputTokens { out["max_input_tokens"] = .integer(value) }
        if endpoint.maxInputTokens == nil, let value = endpoint.contextLength { out["max_tokens"] = .integer(value) }
        if let value = endpoint.maxOutputTokens { out["max_output_tokens"] = .integer(value) }
        var search: [String: Value] = [:]
        var offPeak: [String: Value] = [:]
        for key in endpoint.pricing.sortedKeys {
            guard let rate = endpoint.pricing.rates[key] else { continue }
            switch (key.component.rawValue, key.serviceTier, key.tier) {
            case ("web_search", .standard, nil): search["search_context_size_medium"] = .number(rate)
            case ("web_search_low", .standard, nil): search["search_context_size_low"] = .number(rate)
            case ("web_search_high", .standard, nil): search["search_context_size_high"] = .number(rate)
            case (_, .offPeak, nil):
                if let name = LiteLLMFields.key(for: PriceKey(key.component)) { offPeak[name] = .number(rate) }
            default:
                if let name = LiteLLMFields.key(for: key) { out[name] = .number(rate) }
            }
        }
        if !search.isEmpty { out["search_context_cost_per_query"] = .object(search) }
        if !offPeak.isEmpty {
            offPeak["windows"] = .list(endpoint.pricing.offPeakWindows.map {
                .object(["weekdays": .list($0.weekdays.map { .integer($0) }), "hours_utc": .strings($0.hoursUTC)])
            })
            if let zone = endpoint.pricing.offPeakWindows.compactMap(\.weekdayTimeZone).first { offPeak["weekday_timezone"] = .string(zone) }
            out["off_peak_pricing"] = .object(offPeak)
        }
        for (name, multiplier) in endpoint.pricing.multipliers {
            if let key = LiteLLMFields.multiplierKey(for: name) { out[key] = .number(multiplier) }
        }
        for (capability, flag) in endpoint.capabilities {
            let key = ["thinking_always_on", "thinking_on_by_default"].contains(capability.rawValue) ? capability.rawValue : LiteLLMFields.flag(for: capability)
            out[key] = .bool(flag)
        }
        if !endpoint.regions.isEmpty { out["supported_regions"] = .strings(endpoint.regions) }
        if !endpoint.inputModalities.isEmpty { out["supported_modalities"] = .strings(endpoint.inputModalities) }
        if !endpoint.outputModalities.isEmpty { out["supported_output_modalities"] = .strings(endpoint.outputModalities) }
        if let value = endpoint.deprecationDate { out["deprecation_date"] = .string(value) }
        if let value = endpoint.requestsPerMinute { out["rpm"] = .integer(value) }
        if let value = endpoint.tokensPerMinute { out["tpm"] = .integer(value) }
        if let value = endpoint.sourceURL { out["source"] = .string(value) }
        return out
    }
}
