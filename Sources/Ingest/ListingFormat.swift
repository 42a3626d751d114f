/// The listing formats modelcat can read, named as in `catalog.toml` and `ingest --format`.
public enum ListingFormat: String, CaseIterable, Sendable, Codable {
    case litellm
    case gateway
    case gatewayEndpoints = "gateway-endpoints"
    case openai
    case anthropic
    case gemini
    case modelsDev = "models.dev"

    /// The reader for this format, or nil when none is implemented yet.
    public var reader: (any ListingReader)? {
        switch self {
        case .litellm: LiteLLMReader()
        case .gateway: GatewayModelsReader()
        case .gatewayEndpoints: GatewayEndpointsReader()
        case .openai: OpenAIModelsReader()
        case .anthropic: AnthropicModelsReader()
        case .gemini: GeminiModelsReader()
        case .modelsDev: ModelsDevReader()
        }
    }
}
