import Foundation
import ModelCatalog

/// The JSON shape of `modelcat route --json`: the order and the exclusions with reasons.
/// Prices are exact decimal strings, USD per token.
public enum RoutePlanJSON {
    struct Document: Encodable {
        var model: String
        var order: [Row]
        var excluded: [Excluded]
    }

    struct Row: Encodable {
        var provider: String
        var providerModelID: String
        var prompt: String?
        var completion: String?
        var blended: String?
        var contextLength: Int?
        var maxOutputTokens: Int?
        var quantization: String?

        enum CodingKeys: String, CodingKey {
            case provider, prompt, completion, blended, quantization
            case providerModelID = "provider_model_id"
            case contextLength = "context_length"
            case maxOutputTokens = "max_output_tokens"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(provider, forKey: .provider)
            try c.encode(providerModelID, forKey: .providerModelID)
            try c.encode(prompt, forKey: .prompt)
            try c.encode(completion, forKey: .completion)
            try c.encode(blended, forKey: .blended)
            try c.encode(contextLength, forKey: .contextLength)
            try c.encode(maxOutputTokens, forKey: .maxOutputTokens)
            try c.encode(quantization, forKey: .quantization)
        }
    }

    struct Excluded: Encodable {
        var provider: String
        var providerModelID: String
        var reasons: [Reason]
        enum CodingKeys: String, CodingKey {
            case provider, reasons
            case providerModelID = "provider_model_id"
        }
    }

    struct Reason: Encodable {
        var code: String
        var message: String
    }

    /// The plan as JSON bytes: sorted keys, pretty-printed, no escaped slashes.
    public static func encode(_ plan: RoutePlan, blend: BlendRatio = .default) throws -> Data {
        let document = Document(
            model: plan.model.description,
            order: plan.order.map {
                Row(provider: $0.provider, providerModelID: $0.providerModelID, prompt: $0.pricing[.prompt].map { "\($0)" },
                    completion: $0.pricing[.completion].map { "\($0)" }, blended: blend.blendedPrice($0.pricing).map { "\($0)" },
                    contextLength: $0.contextLength, maxOutputTokens: $0.maxOutputTokens, quantization: $0.quantization)
            },
            excluded: plan.excluded.map {
                Excluded(provider: $0.endpoint.provider, providerModelID: $0.endpoint.providerModelID,
                         reasons: $0.reasons.map { Reason(code: $0.code, message: $0.description) })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }
}
