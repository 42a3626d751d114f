import Foundation
import ModelCatalog

/// The `catalog.json` document: the full normalized catalog for clients and routers.
///
/// Shape (a contract: later versions add fields, never rename): `schema_version`,
/// `generated_from` (the source snapshots), `models[]` each with `endpoints[]`, `providers[]`,
/// `discrepancies[]` (numeric facts two sources of an endpoint disagree on).
/// Prices are decimal strings in USD per unit; unknown facts are absent, never zero.
public enum CatalogJSON {
    /// The schema version of the document; see docs/json.md for the compatibility rule.
    public static let schemaVersion = "1.0"

    /// Encodes a catalog to deterministic bytes (sorted keys, one number format).
    public static func encode(_ catalog: Catalog) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(catalog))
    }

    struct Document: Encodable {
        let catalog: Catalog
        init(_ catalog: Catalog) { self.catalog = catalog }

        enum Keys: String, CodingKey { case schema_version, generated_from, models, providers, discrepancies }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(CatalogJSON.schemaVersion, forKey: .schema_version)
            try container.encode(catalog.sources, forKey: .generated_from)
            try container.encode(catalog.models.map(ModelJSON.init), forKey: .models)
            let counts = catalog.providerCounts
            try container.encode(catalog.providers.map { ProviderJSON($0, counts: counts[$0.id]) }, forKey: .providers)
            try container.encode(catalog.discrepancies.map(DiscrepancyJSON.init), forKey: .discrepancies)
        }
    }
}

extension Catalog {
    /// Endpoints and models per provider id.
    var providerCounts: [String: (endpoints: Int, models: Int)] {
        var counts: [String: (endpoints: Int, models: Int)] = [:]
        for model in models {
            for provider in model.providers { counts[provider, default: (0, 0)].models += 1 }
            for endpoint in model.endpoints { counts[endpoint.provider, default: (0, 0)].endpoints += 1 }
        }
        return counts
    }
}

struct ModelJSON: Encodable {
    let model: Model
    init(_ model: Model) { self.model = model }

    enum Keys: String, CodingKey {
        case id, name, author, aliases, description, mode, input_modalities, output_modalities, capabilities
        case context_length, max_output_tokens, release_date, deprecation_date, retirement_date, knowledge_cutoff
        case open_weights, successor, tags, endpoints, description_html, links, featured, hidden, lifecycle
        case note_file, table_of_contents
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(model.id, forKey: .id)
        try c.encode(model.name, forKey: .name)
        try c.encode(model.author, forKey: .author)
        try c.encode(model.aliases, forKey: .aliases)
        try c.encodeIfPresent(model.description, forKey: .description)
        try c.encodeIfPresent(model.mode, forKey: .mode)
        try c.encode(model.inputModalities, forKey: .input_modalities)
        try c.encode(model.outputModalities, forKey: .output_modalities)
        try c.encode(CapabilitiesJSON(model.capabilities), forKey: .capabilities)
        try c.encodeIfPresent(model.contextLength, forKey: .context_length)
        try c.encodeIfPresent(model.maxOutputTokens, forKey: .max_output_tokens)
        try c.encodeIfPresent(model.releaseDate, forKey: .release_date)
        try c.encodeIfPresent(model.deprecationDate, forKey: .deprecation_date)
        try c.encodeIfPresent(model.retirementDate, forKey: .retirement_date)
        try c.encodeIfPresent(model.knowledgeCutoff, forKey: .knowledge_cutoff)
        try c.encodeIfPresent(model.openWeights, forKey: .open_weights)
        try c.encodeIfPresent(model.successor, forKey: .successor)
        try c.encode(model.tags, forKey: .tags)
        try c.encodeIfPresent(model.noteHTML, forKey: .description_html)
        if !model.links.isEmpty { try c.encode(model.links, forKey: .links) }
        if model.featured { try c.encode(true, forKey: .featured) }
        if model.hidden { try c.encode(true, forKey: .hidden) }
        try c.encodeIfPresent(model.lifecycle, forKey: .lifecycle)
        try c.encodeIfPresent(model.noteFile, forKey: .note_file)
        if !model.tableOfContents.isEmpty { try c.encode(model.tableOfContents, forKey: .table_of_contents) }
        try c.encode(model.endpoints.map(EndpointJSON.init), forKey: .endpoints)
    }
}

struct EndpointJSON: Encodable {
    let endpoint: Endpoint
    init(_ endpoint: Endpoint) { self.endpoint = endpoint }

    enum Keys: String, CodingKey {
        case provider, provider_model_id, mode, pricing, context_length, max_input_tokens, max_output_tokens
        case capabilities, input_modalities, output_modalities, supported_parameters, regions, quantization, status
        case deprecation_date, rate_limits, source_url, provenance, source_key, listed_provider, fact_sources, overridden
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(endpoint.provider, forKey: .provider)
        try c.encode(endpoint.providerModelID, forKey: .provider_model_id)
        try c.encodeIfPresent(endpoint.mode, forKey: .mode)
        try c.encode(PricingJSON(endpoint.pricing), forKey: .pricing)
        try c.encodeIfPresent(endpoint.contextLength, forKey: .context_length)
        try c.encodeIfPresent(endpoint.maxInputTokens, forKey: .max_input_tokens)
        try c.encodeIfPresent(endpoint.maxOutputTokens, forKey: .max_output_tokens)
        try c.encode(CapabilitiesJSON(endpoint.capabilities), forKey: .capabilities)
        try c.encode(endpoint.inputModalities, forKey: .input_modalities)
        try c.encode(endpoint.outputModalities, forKey: .output_modalities)
        try c.encode(endpoint.supportedParameters, forKey: .supported_parameters)
        try c.encode(endpoint.regions, forKey: .regions)
        try c.encodeIfPresent(endpoint.quantization, forKey: .quantization)
        try c.encodeIfPresent(endpoint.status, forKey: .status)
        try c.encodeIfPresent(endpoint.deprecationDate, forKey: .deprecation_date)
        if endpoint.requestsPerMinute != nil || endpoint.tokensPerMinute != nil {
            try c.encode(["requests_per_minute": endpoint.requestsPerMinute, "tokens_per_minute": endpoint.tokensPerMinute].compactMapValues { $0 }, forKey: .rate_limits)
        }
        try c.encodeIfPresent(endpoint.sourceURL, forKey: .source_url)
        try c.encode(endpoint.provenance.map { ["source": $0.source, "file": $0.file, "key_path": $0.keyPath] }, forKey: .provenance)
        try c.encode(endpoint.sourceKey, forKey: .source_key)
        if endpoint.listedProvider != endpoint.provider { try c.encode(endpoint.listedProvider, forKey: .listed_provider) }
        // Only the facts another source decided than the endpoint's first (deciding) source.
        let decider = endpoint.provenance.first
        let otherSources = endpoint.factSources.filter { $0.value != decider }
        if !otherSources.isEmpty {
            try c.encode(otherSources.mapValues { ["source": $0.source, "file": $0.file, "key_path": $0.keyPath] }, forKey: .fact_sources)
        }
        if !endpoint.overridden.isEmpty {
            try c.encode(endpoint.overridden.map(OverriddenJSON.init), forKey: .overridden)
        }
    }
}

/// A value another source gave for a fact, overridden by the precedence.
struct OverriddenJSON: Encodable {
    let fact: OverriddenFact
    init(_ fact: OverriddenFact) { self.fact = fact }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        try c.encode(fact.fact, forKey: DynamicKey("fact"))
        try c.encode(fact.value, forKey: DynamicKey("value"))
        try c.encode(["source": fact.source.source, "file": fact.source.file, "key_path": fact.source.keyPath], forKey: DynamicKey("source"))
    }
}

/// One discrepancy: the endpoint, the fact, the value in use and its source (A), the
/// overridden value and its source (B), and their relative difference.
struct DiscrepancyJSON: Encodable {
    let discrepancy: Discrepancy
    init(_ discrepancy: Discrepancy) { self.discrepancy = discrepancy }

    enum Keys: String, CodingKey { case model, provider, provider_model_id, fact, value_a, source_a, value_b, source_b, relative_difference }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(discrepancy.model.description, forKey: .model)
        try c.encode(discrepancy.endpoint.provider, forKey: .provider)
        try c.encode(discrepancy.endpoint.providerModelID, forKey: .provider_model_id)
        try c.encode(discrepancy.fact, forKey: .fact)
        try c.encode(discrepancy.valueA, forKey: .value_a)
        try c.encode(["source": discrepancy.sourceA.source, "file": discrepancy.sourceA.file, "key_path": discrepancy.sourceA.keyPath], forKey: .source_a)
        try c.encode(discrepancy.valueB, forKey: .value_b)
        try c.encode(["source": discrepancy.sourceB.source, "file": discrepancy.sourceB.file, "key_path": discrepancy.sourceB.keyPath], forKey: .source_b)
        try c.encode("\(discrepancy.relativeDifference)", forKey: .relative_difference)
    }
}

/// A capability map `{"tools": true, "vision": false}`; absent means unknown.
struct CapabilitiesJSON: Encodable {
    let capabilities: [Capability: Bool]
    init(_ capabilities: [Capability: Bool]) { self.capabilities = capabilities }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        for (capability, flag) in capabilities { try c.encode(flag, forKey: DynamicKey(capability.rawValue)) }
    }
}

/// Pricing as decimal strings in USD per unit: the standard base rates at the top level
/// (keyed by component, gateway names), `tiers` for input-size tiers, `service_tiers` for
/// batch / flex / priority / off_peak sheets, `multipliers` and `off_peak_windows`.
struct PricingJSON: Encodable {
    let pricing: Pricing
    init(_ pricing: Pricing) { self.pricing = pricing }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        try encodeSheet(.standard, into: &c)
        let others = pricing.serviceTiers.filter { $0 != .standard }
        if !others.isEmpty {
            var tiers = c.nestedContainer(keyedBy: DynamicKey.self, forKey: DynamicKey("service_tiers"))
            for tier in others {
                var sheet = tiers.nestedContainer(keyedBy: DynamicKey.self, forKey: DynamicKey(tier.rawValue))
                try encodeSheet(tier, into: &sheet)
            }
        }
        if !pricing.multipliers.isEmpty {
            try c.encode(pricing.multipliers.mapValues { "\($0)" }, forKey: DynamicKey("multipliers"))
        }
        if !pricing.offPeakWindows.isEmpty {
            var windows = c.nestedUnkeyedContainer(forKey: DynamicKey("off_peak_windows"))
            for window in pricing.offPeakWindows {
                var item = windows.nestedContainer(keyedBy: DynamicKey.self)
                try item.encode(window.weekdays, forKey: DynamicKey("weekdays"))
                try item.encode(window.hoursUTC, forKey: DynamicKey("hours_utc"))
                try item.encodeIfPresent(window.weekdayTimeZone, forKey: DynamicKey("weekday_timezone"))
            }
        }
    }

    private func encodeSheet(_ serviceTier: ServiceTier, into c: inout KeyedEncodingContainer<DynamicKey>) throws {
        for key in pricing.sortedKeys where key.serviceTier == serviceTier && key.tier == nil {
            if let rate = pricing.rates[key] { try c.encode("\(rate)", forKey: DynamicKey(key.component.rawValue)) }
        }
        let tiers = pricing.tiers(in: serviceTier)
        guard !tiers.isEmpty else { return }
        var list = c.nestedUnkeyedContainer(forKey: DynamicKey("tiers"))
        for tier in tiers {
            var item = list.nestedContainer(keyedBy: DynamicKey.self)
            try item.encode(tier.inputTokens, forKey: DynamicKey("above_input_tokens"))
            try item.encode(tier.inclusive, forKey: DynamicKey("inclusive"))
            for key in pricing.sortedKeys where key.serviceTier == serviceTier && key.tier == tier {
                if let rate = pricing.rates[key] { try item.encode("\(rate)", forKey: DynamicKey(key.component.rawValue)) }
            }
        }
    }
}

struct ProviderJSON: Encodable {
    let provider: Provider
    let counts: (endpoints: Int, models: Int)?
    init(_ provider: Provider, counts: (endpoints: Int, models: Int)?) {
        self.provider = provider
        self.counts = counts
    }

    enum Keys: String, CodingKey {
        case id, name, website, docs, pricing_page, status_page, api_base_url, openai_compatible, headquarters
        case trains_on_prompts, retention, retention_days, zero_retention, fact_sources, facts_checked_on, description, endpoint_count, model_count
        case description_html, links, note_file
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(provider.id, forKey: .id)
        try c.encode(provider.name, forKey: .name)
        try c.encodeIfPresent(provider.website, forKey: .website)
        try c.encodeIfPresent(provider.docs, forKey: .docs)
        try c.encodeIfPresent(provider.pricingPage, forKey: .pricing_page)
        try c.encodeIfPresent(provider.statusPage, forKey: .status_page)
        try c.encodeIfPresent(provider.apiBaseURL, forKey: .api_base_url)
        try c.encodeIfPresent(provider.openAICompatible, forKey: .openai_compatible)
        try c.encodeIfPresent(provider.headquarters, forKey: .headquarters)
        try c.encodeIfPresent(provider.trainsOnPrompts, forKey: .trains_on_prompts)
        try c.encodeIfPresent(provider.retention, forKey: .retention)
        try c.encodeIfPresent(provider.retentionDays, forKey: .retention_days)
        try c.encodeIfPresent(provider.zeroRetention?.rawValue, forKey: .zero_retention)
        if !provider.factSources.isEmpty { try c.encode(provider.factSources, forKey: .fact_sources) }
        try c.encodeIfPresent(provider.factsCheckedOn, forKey: .facts_checked_on)
        try c.encodeIfPresent(provider.description, forKey: .description)
        try c.encodeIfPresent(provider.noteHTML, forKey: .description_html)
        try c.encodeIfPresent(provider.noteFile, forKey: .note_file)
        if !provider.links.isEmpty { try c.encode(provider.links, forKey: .links) }
        try c.encode(counts?.endpoints ?? 0, forKey: .endpoint_count)
        try c.encode(counts?.models ?? 0, forKey: .model_count)
    }
}

/// A coding key made from any string, for maps keyed by data.
struct DynamicKey: CodingKey {
    let stringValue: String
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}
