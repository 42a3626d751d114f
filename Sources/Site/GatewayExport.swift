import Analysis
import Foundation
import ModelCatalog

/// Files shaped like the public model APIs of multi-provider gateways, so existing clients
/// read the catalog without new code: `api/v1/models.json` (`GET /api/v1/models`, also
/// readable by OpenAI-style `models.list()` clients) and one
/// `api/v1/models/<author>/<slug>/endpoints.json` per model.
///
/// Facts the catalog lacks are `null`, as those APIs do it, never invented: `created` is the
/// release date at 00:00 UTC when a note gives one, else null.
public enum GatewayExport {
    /// The model list's path in the site.
    public static let modelsPath = "api/v1/models.json"

    /// The endpoints file of a model.
    public static func endpointsPath(_ id: ModelID) -> String {
        "api/v1/" + SitePath.model(id) + "endpoints.json"
    }

    /// Every gateway file of the catalog, streamed: each is written when the site is written
    /// (the per-model files one after another, never all in memory at once).
    public static func files(_ catalog: Catalog) -> [OutputFile] {
        let providerNames = Dictionary(uniqueKeysWithValues: catalog.providers.map { ($0.id, $0.name) })
        var files = [OutputFile(path: modelsPath) { json in writeModels(catalog.models, to: &json) }]
        files.reserveCapacity(catalog.models.count + 1)
        for model in catalog.models {
            files.append(OutputFile(path: endpointsPath(model.id)) { json in writeEndpoints(model, providerNames: providerNames, to: &json) })
        }
        return files
    }

    /// `api/v1/models.json`: `{"data": [...]}`, one entry per model. Model-level pricing and
    /// `top_provider` are those of the cheapest endpoint (the one the directory marks), as a
    /// gateway's default route.
    public static func writeModels(_ models: [Model], to json: inout JSONWriter) {
        json.beginObject()
        json.key("data")
        json.beginArray()
        for model in models {
            let top = CheapestEndpoint.index(in: model.endpoints).map { model.endpoints[$0] } ?? model.endpoints.first
            json.beginObject()
            json.key("architecture")
            writeArchitecture(model, to: &json)
            json.field("canonical_slug", model.id.description)
            json.fieldOrNull("context_length", model.contextLength)
            json.fieldOrNull("created", created(model.releaseDate))
            json.fieldOrNull("description", model.description)
            json.fieldOrNull("expiration_date", model.deprecationDate)
            json.field("id", model.id.description)
            json.fieldOrNull("knowledge_cutoff", model.knowledgeCutoff)
            json.key("links")
            json.beginObject()
            json.field("details", "/api/v1/models/\(model.id)/endpoints")
            json.endObject()
            json.field("name", model.name)
            json.field("object", "model")
            json.field("owned_by", model.author)
            json.nullField("per_request_limits")
            json.key("pricing")
            writePricing(top?.pricing ?? Pricing(), keys: modelPricingKeys, to: &json)
            json.field("supported_parameters", Array(Set(model.endpoints.flatMap(\.supportedParameters))).sorted())
            json.key("top_provider")
            json.beginObject()
            json.fieldOrNull("context_length", top?.contextLength)
            json.nullField("is_moderated")
            json.fieldOrNull("max_completion_tokens", top?.maxOutputTokens)
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    /// `api/v1/models/<author>/<slug>/endpoints.json`: `{"data": {..., "endpoints": [...]}}`.
    public static func writeEndpoints(_ model: Model, providerNames: [String: String], to json: inout JSONWriter) {
        json.beginObject()
        json.key("data")
        json.beginObject()
        json.key("architecture")
        writeArchitecture(model, to: &json)
        json.fieldOrNull("created", created(model.releaseDate))
        json.fieldOrNull("description", model.description)
        json.key("endpoints")
        json.beginArray()
        for endpoint in model.endpoints {
            let providerName = providerNames[endpoint.provider] ?? endpoint.provider
            json.beginObject()
            json.fieldOrNull("context_length", endpoint.contextLength)
            json.fieldOrNull("deprecation_date", endpoint.deprecationDate)
            json.fieldOrNull("max_completion_tokens", endpoint.maxOutputTokens)
            json.fieldOrNull("max_prompt_tokens", endpoint.maxInputTokens)
            json.field("model_id", model.id.description)
            json.field("model_name", model.name)
            json.field("name", "\(providerName) | \(endpoint.providerModelID)")
            json.key("pricing")
            writePricing(endpoint.pricing, keys: endpointPricingKeys, to: &json)
            json.field("provider_model_id", endpoint.providerModelID)
            json.field("provider_name", providerName)
            json.fieldOrNull("quantization", endpoint.quantization)
            json.fieldOrNull("status", endpoint.status)
            json.field("supported_parameters", endpoint.supportedParameters)
            json.nullField("supports_implicit_caching")
            json.field("tag", endpoint.provider)
            json.endObject()
        }
        json.endArray()
        json.field("id", model.id.description)
        json.field("name", model.name)
        json.endObject()
        json.endObject()
    }

    /// Unix time of a `YYYY-MM-DD` date at 00:00 UTC.
    static func created(_ date: String?) -> Int? {
        guard let date, date.count == 10 else { return nil }
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(from: components).map { Int($0.timeIntervalSince1970) }
    }

    /// `text+image->text`, the gateway's one-line modality.
    static func modality(_ model: Model) -> String? {
        guard !model.inputModalities.isEmpty || !model.outputModalities.isEmpty else { return nil }
        return model.inputModalities.joined(separator: "+") + "->" + model.outputModalities.joined(separator: "+")
    }

    /// The gateway's pricing object: standard base rates under gateway names, decimal strings;
    /// `keys` in key order.
    static func writePricing(_ pricing: Pricing, keys: [PriceComponent], to json: inout JSONWriter) {
        json.beginObject()
        for component in keys {
            if let rate = pricing[component] {
                json.key(component.rawValue)
                json.decimalString(rate)
            }
        }
        json.endObject()
    }

    /// The components of a model's pricing, in key order.
    static let modelPricingKeys: [PriceComponent] = sortedComponents([.prompt, .completion, .request, .image, .webSearch, .internalReasoning, .inputCacheRead, .inputCacheWrite, .audio])
    /// The components of an endpoint's pricing, in key order.
    static let endpointPricingKeys: [PriceComponent] = sortedComponents(modelPricingKeys + [.imageOutput, .inputCacheWrite1h, .audioOutput])

    private static func sortedComponents(_ components: [PriceComponent]) -> [PriceComponent] {
        components.sorted { JSONWriter.keyPrecedes($0.rawValue, $1.rawValue) }
    }

    /// `architecture{input_modalities, instruct_type, modality, output_modalities, tokenizer}`;
    /// the tokenizer and instruct type are not known (null).
    static func writeArchitecture(_ model: Model, to json: inout JSONWriter) {
        json.beginObject()
        json.field("input_modalities", model.inputModalities)
        json.nullField("instruct_type")
        json.fieldOrNull("modality", modality(model))
        json.field("output_modalities", model.outputModalities)
        json.nullField("tokenizer")
        json.endObject()
    }
}
