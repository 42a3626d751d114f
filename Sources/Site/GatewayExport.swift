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

    /// Every gateway file of the catalog.
    public static func files(_ catalog: Catalog) throws -> [OutputFile] {
        let providerNames = Dictionary(uniqueKeysWithValues: catalog.providers.map { ($0.id, $0.name) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var files = [OutputFile(path: modelsPath, data: try encoder.encode(["data": catalog.models.map(ModelEntry.init)]))]
        // One file per model, independent: encoded on every core, in model order.
        let perModel = ConcurrentMap.map(catalog.models) { model -> Result<OutputFile, any Error> in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let document = ["data": EndpointsDocument(model: model, providerNames: providerNames)]
            return Result { OutputFile(path: endpointsPath(model.id), data: try encoder.encode(document)) }
        }
        for file in perModel { files.append(try file.get()) }
        return files
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
            var c = encoder.container(keyedBy: DynamicKey.self)
            try c.encode(modality, forKey: DynamicKey("modality"))
            try c.encode(input_modalities, forKey: DynamicKey("input_modalities"))
            try c.encode(output_modalities, forKey: DynamicKey("output_modalities"))
            try c.encode(tokenizer, forKey: DynamicKey("tokenizer"))
            try c.encode(instruct_type, forKey: DynamicKey("instruct_type"))
        }
    }

    /// One model of `api/v1/models.json`. Model-level pricing and `top_provider` are those
    /// of the cheapest endpoint (the one the directory marks), as a gateway's default route.
    struct ModelEntry: Encodable {
        let model: Model
        init(_ model: Model) { self.model = model }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: DynamicKey.self)
            let top = CheapestEndpoint.index(in: model.endpoints).map { model.endpoints[$0] } ?? model.endpoints.first
            try c.encode(model.id.description, forKey: DynamicKey("id"))
            try c.encode(model.id.description, forKey: DynamicKey("canonical_slug"))
            try c.encode("model", forKey: DynamicKey("object"))
            try c.encode(model.author, forKey: DynamicKey("owned_by"))
            try c.encode(model.name, forKey: DynamicKey("name"))
            try c.encode(GatewayExport.created(model.releaseDate), forKey: DynamicKey("created"))
            try c.encode(model.description, forKey: DynamicKey("description"))
            try c.encode(model.contextLength, forKey: DynamicKey("context_length"))
            try c.encode(Architecture(model), forKey: DynamicKey("architecture"))
            try c.encode(GatewayExport.pricing(top?.pricing ?? Pricing(), keys: GatewayExport.modelPricingKeys), forKey: DynamicKey("pricing"))
            var provider = c.nestedContainer(keyedBy: DynamicKey.self, forKey: DynamicKey("top_provider"))
            try provider.encode(top?.contextLength, forKey: DynamicKey("context_length"))
            try provider.encode(top?.maxOutputTokens, forKey: DynamicKey("max_completion_tokens"))
            try provider.encode(Bool?.none, forKey: DynamicKey("is_moderated"))
            try c.encode(String?.none, forKey: DynamicKey("per_request_limits"))
            try c.encode(Array(Set(model.endpoints.flatMap(\.supportedParameters))).sorted(), forKey: DynamicKey("supported_parameters"))
            try c.encode(model.knowledgeCutoff, forKey: DynamicKey("knowledge_cutoff"))
            try c.encode(model.deprecationDate, forKey: DynamicKey("expiration_date"))
            try c.encode(["details": "/api/v1/models/\(model.id)/endpoints"], forKey: DynamicKey("links"))
        }
    }

    /// `api/v1/models/<author>/<slug>/endpoints.json`.
    struct EndpointsDocument: Encodable {
        let model: Model
        let providerNames: [String: String]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: DynamicKey.self)
            try c.encode(model.id.description, forKey: DynamicKey("id"))
            try c.encode(model.name, forKey: DynamicKey("name"))
            try c.encode(GatewayExport.created(model.releaseDate), forKey: DynamicKey("created"))
            try c.encode(model.description, forKey: DynamicKey("description"))
            try c.encode(Architecture(model), forKey: DynamicKey("architecture"))
            var list = c.nestedUnkeyedContainer(forKey: DynamicKey("endpoints"))
            for endpoint in model.endpoints {
                var item = list.nestedContainer(keyedBy: DynamicKey.self)
                let providerName = providerNames[endpoint.provider] ?? endpoint.provider
                try item.encode("\(providerName) | \(endpoint.providerModelID)", forKey: DynamicKey("name"))
                try item.encode(model.id.description, forKey: DynamicKey("model_id"))
                try item.encode(model.name, forKey: DynamicKey("model_name"))
                try item.encode(providerName, forKey: DynamicKey("provider_name"))
                try item.encode(endpoint.provider, forKey: DynamicKey("tag"))
                try item.encode(endpoint.providerModelID, forKey: DynamicKey("provider_model_id"))
                try item.encode(endpoint.quantization, forKey: DynamicKey("quantization"))
                try item.encode(endpoint.contextLength, forKey: DynamicKey("context_length"))
                try item.encode(endpoint.maxOutputTokens, forKey: DynamicKey("max_completion_tokens"))
                try item.encode(endpoint.maxInputTokens, forKey: DynamicKey("max_prompt_tokens"))
                try item.encode(GatewayExport.pricing(endpoint.pricing, keys: GatewayExport.endpointPricingKeys), forKey: DynamicKey("pricing"))
                try item.encode(endpoint.supportedParameters, forKey: DynamicKey("supported_parameters"))
                try item.encode(Bool?.none, forKey: DynamicKey("supports_implicit_caching"))
                try item.encode(endpoint.status, forKey: DynamicKey("status"))
                try item.encode(endpoint.deprecationDate, forKey: DynamicKey("deprecation_date"))
            }
        }
    }
}
