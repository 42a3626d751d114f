import Analysis
import Foundation
import Ingest
import ModelCatalog

@testable import Site

// The JSON encoders as they were before `JSONWriter` (Foundation's `JSONEncoder` over
// `Encodable` values), kept as the oracle the streamed writers must match byte for byte
// (`JSONExportIdentityTests`). Not used by the product.

enum LegacyCatalogJSON {
    /// Encodes a catalog to deterministic bytes (sorted keys, one number format).
    static func encode(_ catalog: Catalog) throws -> Data {
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
            try container.encode(catalog.models.map(LegacyModelJSON.init), forKey: .models)
            let counts = catalog.providerCounts
            try container.encode(catalog.providers.map { LegacyProviderJSON($0, counts: counts[$0.id]) }, forKey: .providers)
            try container.encode(catalog.discrepancies.map(LegacyDiscrepancyJSON.init), forKey: .discrepancies)
        }
    }
}

struct LegacyModelJSON: Encodable {
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
        try c.encode(LegacyCapabilitiesJSON(model.capabilities), forKey: .capabilities)
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
        try c.encode(model.endpoints.map(LegacyEndpointJSON.init), forKey: .endpoints)
    }
}

struct LegacyEndpointJSON: Encodable {
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
        try c.encode(LegacyPricingJSON(endpoint.pricing), forKey: .pricing)
        try c.encodeIfPresent(endpoint.contextLength, forKey: .context_length)
        try c.encodeIfPresent(endpoint.maxInputTokens, forKey: .max_input_tokens)
        try c.encodeIfPresent(endpoint.maxOutputTokens, forKey: .max_output_tokens)
        try c.encode(LegacyCapabilitiesJSON(endpoint.capabilities), forKey: .capabilities)
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
            try c.encode(endpoint.overridden.map(LegacyOverriddenJSON.init), forKey: .overridden)
        }
    }
}

/// A value another source gave for a fact, overridden by the precedence.
struct LegacyOverriddenJSON: Encodable {
    let fact: OverriddenFact
    init(_ fact: OverriddenFact) { self.fact = fact }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: LegacyDynamicKey.self)
        try c.encode(fact.fact, forKey: LegacyDynamicKey("fact"))
        try c.encode(fact.value, forKey: LegacyDynamicKey("value"))
        try c.encode(["source": fact.source.source, "file": fact.source.file, "key_path": fact.source.keyPath], forKey: LegacyDynamicKey("source"))
    }
}

/// One discrepancy: the endpoint, the fact, the value in use and its source (A), the
/// overridden value and its source (B), and their relative difference.
struct LegacyDiscrepancyJSON: Encodable {
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
struct LegacyCapabilitiesJSON: Encodable {
    let capabilities: [Capability: Bool]
    init(_ capabilities: [Capability: Bool]) { self.capabilities = capabilities }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: LegacyDynamicKey.self)
        for (capability, flag) in capabilities { try c.encode(flag, forKey: LegacyDynamicKey(capability.rawValue)) }
    }
}

/// Pricing as decimal strings in USD per unit: the standard base rates at the top level
/// (keyed by component, gateway names), `tiers` for input-size tiers, `service_tiers` for
/// batch / flex / priority / off_peak sheets, `multipliers` and `off_peak_windows`.
struct LegacyPricingJSON: Encodable {
    let pricing: Pricing
    init(_ pricing: Pricing) { self.pricing = pricing }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: LegacyDynamicKey.self)
        try encodeSheet(.standard, into: &c)
        let others = pricing.serviceTiers.filter { $0 != .standard }
        if !others.isEmpty {
            var tiers = c.nestedContainer(keyedBy: LegacyDynamicKey.self, forKey: LegacyDynamicKey("service_tiers"))
            for tier in others {
                var sheet = tiers.nestedContainer(keyedBy: LegacyDynamicKey.self, forKey: LegacyDynamicKey(tier.rawValue))
                try encodeSheet(tier, into: &sheet)
            }
        }
        if !pricing.multipliers.isEmpty {
            try c.encode(pricing.multipliers.mapValues { "\($0)" }, forKey: LegacyDynamicKey("multipliers"))
        }
        if !pricing.offPeakWindows.isEmpty {
            var windows = c.nestedUnkeyedContainer(forKey: LegacyDynamicKey("off_peak_windows"))
            for window in pricing.offPeakWindows {
                var item = windows.nestedContainer(keyedBy: LegacyDynamicKey.self)
                try item.encode(window.weekdays, forKey: LegacyDynamicKey("weekdays"))
                try item.encode(window.hoursUTC, forKey: LegacyDynamicKey("hours_utc"))
                try item.encodeIfPresent(window.weekdayTimeZone, forKey: LegacyDynamicKey("weekday_timezone"))
            }
        }
    }

    private func encodeSheet(_ serviceTier: ServiceTier, into c: inout KeyedEncodingContainer<LegacyDynamicKey>) throws {
        for key in pricing.sortedKeys where key.serviceTier == serviceTier && key.tier == nil {
            if let rate = pricing.rates[key] { try c.encode("\(rate)", forKey: LegacyDynamicKey(key.component.rawValue)) }
        }
        let tiers = pricing.tiers(in: serviceTier)
        guard !tiers.isEmpty else { return }
        var list = c.nestedUnkeyedContainer(forKey: LegacyDynamicKey("tiers"))
        for tier in tiers {
            var item = list.nestedContainer(keyedBy: LegacyDynamicKey.self)
            try item.encode(tier.inputTokens, forKey: LegacyDynamicKey("above_input_tokens"))
            try item.encode(tier.inclusive, forKey: LegacyDynamicKey("inclusive"))
            for key in pricing.sortedKeys where key.serviceTier == serviceTier && key.tier == tier {
                if let rate = pricing.rates[key] { try item.encode("\(rate)", forKey: LegacyDynamicKey(key.component.rawValue)) }
            }
        }
    }
}

struct LegacyProviderJSON: Encodable {
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
struct LegacyDynamicKey: CodingKey {
    let stringValue: String
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

enum LegacyGatewayExport {
    /// `api/v1/models.json` the old way.
    static func models(_ catalog: Catalog) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(["data": catalog.models.map(ModelEntry.init)])
    }

    /// One model's `endpoints.json` the old way.
    static func endpoints(_ model: Model, providerNames: [String: String]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(["data": EndpointsDocument(model: model, providerNames: providerNames)])
    }

    /// The gateway's pricing object: standard base rates under gateway names, decimal strings.
    static func pricing(_ pricing: Pricing, keys: [PriceComponent]) -> [String: String] {
        var out: [String: String] = [:]
        for component in keys { if let rate = pricing[component] { out[component.rawValue] = "\(rate)" } }
        return out
    }

    static let modelPricingKeys: [PriceComponent] = [.prompt, .completion, .request, .image, .webSearch, .internalReasoning, .inputCacheRead, .inputCacheWrite, .audio]
    static let endpointPricingKeys: [PriceComponent] = modelPricingKeys + [.imageOutput, .inputCacheWrite1h, .audioOutput]

    struct Architecture: Encodable {
        let modality: String?
        let input_modalities: [String]
        let output_modalities: [String]
        let tokenizer: String?
        let instruct_type: String?

        init(_ model: Model) {
            modality = GatewayExport.modality(model)
            input_modalities = model.inputModalities
            output_modalities = model.outputModalities
            tokenizer = nil
            instruct_type = nil
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: LegacyDynamicKey.self)
            try c.encode(modality, forKey: LegacyDynamicKey("modality"))
            try c.encode(input_modalities, forKey: LegacyDynamicKey("input_modalities"))
            try c.encode(output_modalities, forKey: LegacyDynamicKey("output_modalities"))
            try c.encode(tokenizer, forKey: LegacyDynamicKey("tokenizer"))
            try c.encode(instruct_type, forKey: LegacyDynamicKey("instruct_type"))
        }
    }

    /// One model of `api/v1/models.json`. Model-level pricing and `top_provider` are those
    /// of the cheapest endpoint (the one the directory marks), as a gateway's default route.
    struct ModelEntry: Encodable {
        let model: Model
        init(_ model: Model) { self.model = model }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: LegacyDynamicKey.self)
            let top = CheapestEndpoint.index(in: model.endpoints).map { model.endpoints[$0] } ?? model.endpoints.first
            try c.encode(model.id.description, forKey: LegacyDynamicKey("id"))
            try c.encode(model.id.description, forKey: LegacyDynamicKey("canonical_slug"))
            try c.encode("model", forKey: LegacyDynamicKey("object"))
            try c.encode(model.author, forKey: LegacyDynamicKey("owned_by"))
            try c.encode(model.name, forKey: LegacyDynamicKey("name"))
            try c.encode(GatewayExport.created(model.releaseDate), forKey: LegacyDynamicKey("created"))
            try c.encode(model.description, forKey: LegacyDynamicKey("description"))
            try c.encode(model.contextLength, forKey: LegacyDynamicKey("context_length"))
            try c.encode(Architecture(model), forKey: LegacyDynamicKey("architecture"))
            try c.encode(LegacyGatewayExport.pricing(top?.pricing ?? Pricing(), keys: LegacyGatewayExport.modelPricingKeys), forKey: LegacyDynamicKey("pricing"))
            var provider = c.nestedContainer(keyedBy: LegacyDynamicKey.self, forKey: LegacyDynamicKey("top_provider"))
            try provider.encode(top?.contextLength, forKey: LegacyDynamicKey("context_length"))
            try provider.encode(top?.maxOutputTokens, forKey: LegacyDynamicKey("max_completion_tokens"))
            try provider.encode(Bool?.none, forKey: LegacyDynamicKey("is_moderated"))
            try c.encode(String?.none, forKey: LegacyDynamicKey("per_request_limits"))
            try c.encode(Array(Set(model.endpoints.flatMap(\.supportedParameters))).sorted(), forKey: LegacyDynamicKey("supported_parameters"))
            try c.encode(model.knowledgeCutoff, forKey: LegacyDynamicKey("knowledge_cutoff"))
            try c.encode(model.deprecationDate, forKey: LegacyDynamicKey("expiration_date"))
            try c.encode(["details": "/api/v1/models/\(model.id)/endpoints"], forKey: LegacyDynamicKey("links"))
        }
    }

    /// `api/v1/models/<author>/<slug>/endpoints.json`.
    struct EndpointsDocument: Encodable {
        let model: Model
        let providerNames: [String: String]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: LegacyDynamicKey.self)
            try c.encode(model.id.description, forKey: LegacyDynamicKey("id"))
            try c.encode(model.name, forKey: LegacyDynamicKey("name"))
            try c.encode(GatewayExport.created(model.releaseDate), forKey: LegacyDynamicKey("created"))
            try c.encode(model.description, forKey: LegacyDynamicKey("description"))
            try c.encode(Architecture(model), forKey: LegacyDynamicKey("architecture"))
            var list = c.nestedUnkeyedContainer(forKey: LegacyDynamicKey("endpoints"))
            for endpoint in model.endpoints {
                var item = list.nestedContainer(keyedBy: LegacyDynamicKey.self)
                let providerName = providerNames[endpoint.provider] ?? endpoint.provider
                try item.encode("\(providerName) | \(endpoint.providerModelID)", forKey: LegacyDynamicKey("name"))
                try item.encode(model.id.description, forKey: LegacyDynamicKey("model_id"))
                try item.encode(model.name, forKey: LegacyDynamicKey("model_name"))
                try item.encode(providerName, forKey: LegacyDynamicKey("provider_name"))
                try item.encode(endpoint.provider, forKey: LegacyDynamicKey("tag"))
                try item.encode(endpoint.providerModelID, forKey: LegacyDynamicKey("provider_model_id"))
                try item.encode(endpoint.quantization, forKey: LegacyDynamicKey("quantization"))
                try item.encode(endpoint.contextLength, forKey: LegacyDynamicKey("context_length"))
                try item.encode(endpoint.maxOutputTokens, forKey: LegacyDynamicKey("max_completion_tokens"))
                try item.encode(endpoint.maxInputTokens, forKey: LegacyDynamicKey("max_prompt_tokens"))
                try item.encode(LegacyGatewayExport.pricing(endpoint.pricing, keys: LegacyGatewayExport.endpointPricingKeys), forKey: LegacyDynamicKey("pricing"))
                try item.encode(endpoint.supportedParameters, forKey: LegacyDynamicKey("supported_parameters"))
                try item.encode(Bool?.none, forKey: LegacyDynamicKey("supports_implicit_caching"))
                try item.encode(endpoint.status, forKey: LegacyDynamicKey("status"))
                try item.encode(endpoint.deprecationDate, forKey: LegacyDynamicKey("deprecation_date"))
            }
        }
    }
}

enum LegacyLiteLLMExport {
    /// The cost map as deterministic JSON bytes.
    static func encode(_ catalog: Catalog) throws -> Data {
        var map: [String: [String: Value]] = [:]
        let litellmSources = Set(catalog.sources.filter { $0.format == ListingFormat.litellm.rawValue }.map(\.id))
        for model in catalog.models {
            for endpoint in model.endpoints {
                let fromLiteLLM = endpoint.provenance.first.map { litellmSources.contains($0.source) } ?? false
                let key = fromLiteLLM ? endpoint.sourceKey : "\(endpoint.listedProvider)/\(endpoint.providerModelID)"
                if map[key] == nil { map[key] = entry(endpoint) }
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return try encoder.encode(map)
    }

    /// One value of a cost-map entry.
    enum Value: Encodable {
        case number(Decimal)
        case integer(Int)
        case string(String)
        case bool(Bool)
        case strings([String])
        case object([String: Value])
        case list([Value])

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let v): try container.encode(v)
            case .integer(let v): try container.encode(v)
            case .string(let v): try container.encode(v)
            case .bool(let v): try container.encode(v)
            case .strings(let v): try container.encode(v)
            case .object(let v): try container.encode(v)
            case .list(let v): try container.encode(v)
            }
        }
    }

    /// The product's entry (its content is not what is compared), as an `Encodable` value.
    static func entry(_ endpoint: Endpoint) -> [String: Value] {
        LiteLLMExport.entry(endpoint).mapValues(Value.init)
    }
}

extension LegacyLiteLLMExport.Value {
    init(_ value: LiteLLMExport.Value) {
        switch value {
        case .number(let v): self = .number(v)
        case .integer(let v): self = .integer(v)
        case .string(let v): self = .string(v)
        case .bool(let v): self = .bool(v)
        case .strings(let v): self = .strings(v)
        case .object(let v): self = .object(v.mapValues(Self.init))
        case .list(let v): self = .list(v.map(Self.init))
        }
    }
}
