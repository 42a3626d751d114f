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

    /// The document's path in the site.
    public static let path = "catalog.json"

    /// Encodes a catalog to deterministic bytes (sorted keys, one number format), in memory.
    public static func encode(_ catalog: Catalog) throws -> Data {
        var writer = JSONWriter()
        write(catalog, to: &writer)
        try writer.finish()
        return writer.data()
    }

    /// `catalog.json` as a streamed site file: written to disk in chunks, never whole in memory.
    public static func file(_ catalog: Catalog) -> OutputFile {
        OutputFile(path: path) { writer in write(catalog, to: &writer) }
    }

    /// Writes the document; keys in sorted order, each object's fixed keys listed in that order.
    public static func write(_ catalog: Catalog, to json: inout JSONWriter) {
        json.beginObject()
        json.key("discrepancies")
        json.beginArray()
        for discrepancy in catalog.discrepancies { writeDiscrepancy(discrepancy, to: &json) }
        json.endArray()
        json.key("generated_from")
        json.beginArray()
        for source in catalog.sources {
            json.beginObject()
            json.field("file", source.file)
            json.field("format", source.format)
            json.field("id", source.id)
            json.fieldIfPresent("label", source.label)
            json.endObject()
        }
        json.endArray()
        json.key("models")
        json.beginArray()
        for model in catalog.models { writeModel(model, to: &json) }
        json.endArray()
        let counts = catalog.providerCounts
        json.key("providers")
        json.beginArray()
        for provider in catalog.providers { writeProvider(provider, counts: counts[provider.id], to: &json) }
        json.endArray()
        json.field("schema_version", schemaVersion)
        json.endObject()
    }

    static func writeModel(_ model: Model, to json: inout JSONWriter) {
        json.beginObject()
        json.field("aliases", model.aliases)
        json.field("author", model.author)
        json.key("capabilities")
        writeCapabilities(model.capabilities, to: &json)
        json.fieldIfPresent("context_length", model.contextLength)
        json.fieldIfPresent("deprecation_date", model.deprecationDate)
        json.fieldIfPresent("description", model.description)
        json.fieldIfPresent("description_html", model.noteHTML)
        json.key("endpoints")
        json.beginArray()
        for endpoint in model.endpoints { writeEndpoint(endpoint, to: &json) }
        json.endArray()
        if model.featured { json.field("featured", true) }
        if model.hidden { json.field("hidden", true) }
        json.field("id", model.id.description)
        json.field("input_modalities", model.inputModalities)
        json.fieldIfPresent("knowledge_cutoff", model.knowledgeCutoff)
        json.fieldIfPresent("lifecycle", model.lifecycle)
        if !model.links.isEmpty {
            json.key("links")
            writeLinks(model.links, to: &json)
        }
        json.fieldIfPresent("max_output_tokens", model.maxOutputTokens)
        json.fieldIfPresent("mode", model.mode)
        json.field("name", model.name)
        json.fieldIfPresent("note_file", model.noteFile)
        json.fieldIfPresent("open_weights", model.openWeights)
        json.field("output_modalities", model.outputModalities)
        json.fieldIfPresent("release_date", model.releaseDate)
        json.fieldIfPresent("retirement_date", model.retirementDate)
        json.fieldIfPresent("successor", model.successor?.description)
        if !model.tableOfContents.isEmpty {
            json.key("table_of_contents")
            json.beginArray()
            for entry in model.tableOfContents {
                json.beginObject()
                json.field("id", entry.id)
                json.field("level", entry.level)
                json.field("title", entry.title)
                json.endObject()
            }
            json.endArray()
        }
        json.field("tags", model.tags)
        json.endObject()
    }

    static func writeEndpoint(_ endpoint: Endpoint, to json: inout JSONWriter) {
        json.beginObject()
        json.key("capabilities")
        writeCapabilities(endpoint.capabilities, to: &json)
        json.fieldIfPresent("context_length", endpoint.contextLength)
        json.fieldIfPresent("deprecation_date", endpoint.deprecationDate)
        // Only the facts another source decided than the endpoint's first (deciding) source.
        let decider = endpoint.provenance.first
        let otherSources = endpoint.factSources.filter { $0.value != decider }
        if !otherSources.isEmpty {
            json.key("fact_sources")
            json.beginObject()
            for fact in JSONWriter.sortedKeys(otherSources.keys) {
                json.key(fact)
                writeProvenance(otherSources[fact]!, to: &json)
            }
            json.endObject()
        }
        json.field("input_modalities", endpoint.inputModalities)
        if endpoint.listedProvider != endpoint.provider { json.field("listed_provider", endpoint.listedProvider) }
        json.fieldIfPresent("max_input_tokens", endpoint.maxInputTokens)
        json.fieldIfPresent("max_output_tokens", endpoint.maxOutputTokens)
        json.fieldIfPresent("mode", endpoint.mode)
        json.field("output_modalities", endpoint.outputModalities)
        if !endpoint.overridden.isEmpty {
            // A value another source gave for a fact, overridden by the precedence.
            json.key("overridden")
            json.beginArray()
            for fact in endpoint.overridden {
                json.beginObject()
                json.field("fact", fact.fact)
                json.key("source")
                writeProvenance(fact.source, to: &json)
                json.field("value", fact.value)
                json.endObject()
            }
            json.endArray()
        }
        json.key("pricing")
        writePricing(endpoint.pricing, to: &json)
        json.key("provenance")
        json.beginArray()
        for provenance in endpoint.provenance { writeProvenance(provenance, to: &json) }
        json.endArray()
        json.field("provider", endpoint.provider)
        json.field("provider_model_id", endpoint.providerModelID)
        json.fieldIfPresent("quantization", endpoint.quantization)
        if endpoint.requestsPerMinute != nil || endpoint.tokensPerMinute != nil {
            json.key("rate_limits")
            json.beginObject()
            json.fieldIfPresent("requests_per_minute", endpoint.requestsPerMinute)
            json.fieldIfPresent("tokens_per_minute", endpoint.tokensPerMinute)
            json.endObject()
        }
        json.field("regions", endpoint.regions)
        json.field("source_key", endpoint.sourceKey)
        json.fieldIfPresent("source_url", endpoint.sourceURL)
        json.fieldIfPresent("status", endpoint.status)
        json.field("supported_parameters", endpoint.supportedParameters)
        json.endObject()
    }

    /// One discrepancy: the endpoint, the fact, the value in use and its source (A), the
    /// overridden value and its source (B), and their relative difference.
    static func writeDiscrepancy(_ discrepancy: Discrepancy, to json: inout JSONWriter) {
        json.beginObject()
        json.field("fact", discrepancy.fact)
        json.field("model", discrepancy.model.description)
        json.field("provider", discrepancy.endpoint.provider)
        json.field("provider_model_id", discrepancy.endpoint.providerModelID)
        json.key("relative_difference")
        json.decimalString(discrepancy.relativeDifference)
        json.key("source_a")
        writeProvenance(discrepancy.sourceA, to: &json)
        json.key("source_b")
        writeProvenance(discrepancy.sourceB, to: &json)
        json.field("value_a", discrepancy.valueA)
        json.field("value_b", discrepancy.valueB)
        json.endObject()
    }

    /// A provider and how many endpoints and models it has in the catalog.
    static func writeProvider(_ provider: Provider, counts: (endpoints: Int, models: Int)?, to json: inout JSONWriter) {
        json.beginObject()
        json.fieldIfPresent("api_base_url", provider.apiBaseURL)
        json.fieldIfPresent("description", provider.description)
        json.fieldIfPresent("description_html", provider.noteHTML)
        json.fieldIfPresent("docs", provider.docs)
        json.field("endpoint_count", counts?.endpoints ?? 0)
        if !provider.factSources.isEmpty { json.field("fact_sources", provider.factSources) }
        json.fieldIfPresent("facts_checked_on", provider.factsCheckedOn)
        json.fieldIfPresent("headquarters", provider.headquarters)
        json.field("id", provider.id)
        if !provider.links.isEmpty {
            json.key("links")
            writeLinks(provider.links, to: &json)
        }
        json.field("model_count", counts?.models ?? 0)
        json.field("name", provider.name)
        json.fieldIfPresent("note_file", provider.noteFile)
        json.fieldIfPresent("openai_compatible", provider.openAICompatible)
        json.fieldIfPresent("pricing_page", provider.pricingPage)
        json.fieldIfPresent("retention", provider.retention)
        json.fieldIfPresent("retention_days", provider.retentionDays)
        json.fieldIfPresent("status_page", provider.statusPage)
        json.fieldIfPresent("trains_on_prompts", provider.trainsOnPrompts)
        json.fieldIfPresent("website", provider.website)
        json.fieldIfPresent("zero_retention", provider.zeroRetention?.rawValue)
        json.endObject()
    }

    /// `{"file": ..., "key_path": ..., "source": ...}`.
    static func writeProvenance(_ provenance: Provenance, to json: inout JSONWriter) {
        json.beginObject()
        json.field("file", provenance.file)
        json.field("key_path", provenance.keyPath)
        json.field("source", provenance.source)
        json.endObject()
    }

    /// `[{"title": ..., "url": ...}]`.
    static func writeLinks(_ links: [PageLink], to json: inout JSONWriter) {
        json.beginArray()
        for link in links {
            json.beginObject()
            json.field("title", link.title)
            json.field("url", link.url)
            json.endObject()
        }
        json.endArray()
    }

    /// A capability map `{"tools": true, "vision": false}`; absent means unknown.
    static func writeCapabilities(_ capabilities: [Capability: Bool], to json: inout JSONWriter) {
        json.beginObject()
        for name in JSONWriter.sortedKeys(capabilities.keys.map(\.rawValue)) {
            json.field(name, capabilities[Capability(rawValue: name)]!)
        }
        json.endObject()
    }

    /// A member of a pricing object, in the order `JSONEncoder` used to add them (a later one
    /// with the same name would win).
    private enum PricingMember {
        case rate(Decimal)
        case tiers(ServiceTier, [PriceTier])
        case serviceTiers([ServiceTier])
        case multipliers
        case offPeakWindows
        case aboveInputTokens(Int)
        case inclusive(Bool)
    }

    /// Pricing as decimal strings in USD per unit: the standard base rates at the top level
    /// (keyed by component, gateway names), `tiers` for input-size tiers, `service_tiers` for
    /// batch / flex / priority / off_peak sheets, `multipliers` and `off_peak_windows`.
    static func writePricing(_ pricing: Pricing, to json: inout JSONWriter) {
        let keys = pricing.sortedKeys
        var members = sheetMembers(.standard, pricing: pricing, keys: keys)
        let others = pricing.serviceTiers.filter { $0 != .standard }
        if !others.isEmpty { members.append(("service_tiers", .serviceTiers(others))) }
        if !pricing.multipliers.isEmpty { members.append(("multipliers", .multipliers)) }
        if !pricing.offPeakWindows.isEmpty { members.append(("off_peak_windows", .offPeakWindows)) }
        json.beginObject()
        for (name, member) in JSONWriter.sortedMembers(members) {
            json.key(name)
            switch member {
            case .rate(let rate):
                json.decimalString(rate)
            case .tiers(let serviceTier, let tiers):
                writeTiers(tiers, of: serviceTier, pricing: pricing, keys: keys, to: &json)
            case .serviceTiers(let tiers):
                json.beginObject()
                for tier in tiers.sorted(by: { JSONWriter.keyPrecedes($0.rawValue, $1.rawValue) }) {
                    json.key(tier.rawValue)
                    json.beginObject()
                    for (name, member) in JSONWriter.sortedMembers(sheetMembers(tier, pricing: pricing, keys: keys)) {
                        json.key(name)
                        switch member {
                        case .rate(let rate): json.decimalString(rate)
                        case .tiers(let serviceTier, let tiers): writeTiers(tiers, of: serviceTier, pricing: pricing, keys: keys, to: &json)
                        default: break
                        }
                    }
                    json.endObject()
                }
                json.endObject()
            case .multipliers:
                json.beginObject()
                for name in JSONWriter.sortedKeys(pricing.multipliers.keys) {
                    json.key(name)
                    json.decimalString(pricing.multipliers[name]!)
                }
                json.endObject()
            case .offPeakWindows:
                json.beginArray()
                for window in pricing.offPeakWindows {
                    json.beginObject()
                    json.field("hours_utc", window.hoursUTC)
                    json.fieldIfPresent("weekday_timezone", window.weekdayTimeZone)
                    json.key("weekdays")
                    json.ints(window.weekdays)
                    json.endObject()
                }
                json.endArray()
            case .aboveInputTokens, .inclusive:
                break
            }
        }
        json.endObject()
    }

    /// One service tier's sheet: its base rates by component, then `tiers` when it has input-size tiers.
    private static func sheetMembers(_ serviceTier: ServiceTier, pricing: Pricing, keys: [PriceKey]) -> [(key: String, value: PricingMember)] {
        var members: [(key: String, value: PricingMember)] = []
        var tiers: [PriceTier] = []
        for key in keys where key.serviceTier == serviceTier {
            if let tier = key.tier {
                if !tiers.contains(tier) { tiers.append(tier) }
            } else if let rate = pricing.rates[key] {
                members.append((key.component.rawValue, .rate(rate)))
            }
        }
        if !tiers.isEmpty { members.append(("tiers", .tiers(serviceTier, tiers.sorted()))) }
        return members
    }

    /// `[{"above_input_tokens": N, "inclusive": false, <component>: "<rate>", ...}]`.
    private static func writeTiers(_ tiers: [PriceTier], of serviceTier: ServiceTier, pricing: Pricing, keys: [PriceKey], to json: inout JSONWriter) {
        json.beginArray()
        for tier in tiers {
            var members: [(key: String, value: PricingMember)] = []
            for key in keys where key.serviceTier == serviceTier && key.tier == tier {
                if let rate = pricing.rates[key] { members.append((key.component.rawValue, .rate(rate))) }
            }
            json.beginObject()
            // The two tier fields come first, so a component of the same name would replace them.
            let fields: [(key: String, value: PricingMember)] = [("above_input_tokens", .aboveInputTokens(tier.inputTokens)), ("inclusive", .inclusive(tier.inclusive))]
            for (name, member) in JSONWriter.sortedMembers(fields + members) {
                json.key(name)
                switch member {
                case .rate(let rate): json.decimalString(rate)
                case .aboveInputTokens(let tokens): json.int(tokens)
                case .inclusive(let inclusive): json.bool(inclusive)
                default: break
                }
            }
            json.endObject()
        }
        json.endArray()
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
