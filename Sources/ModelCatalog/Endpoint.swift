/// One provider model id at one provider: the unit a router picks.
///
/// Regional or deployment variants of a model at the same provider are separate
/// endpoints, each with its own prices.
public struct Endpoint: Hashable, Sendable {
    public var provider: String
    public var providerModelID: String
    public var mode: String?
    public var pricing: Pricing
    public var contextLength: Int?
    public var maxInputTokens: Int?
    public var maxOutputTokens: Int?
    public var capabilities: [Capability: Bool]
    public var inputModalities: [String]
    public var outputModalities: [String]
    public var supportedParameters: [String]
    public var regions: [String]
    public var quantization: String?
    public var status: String?
    public var deprecationDate: String?
    public var requestsPerMinute: Int?
    public var tokensPerMinute: Int?
    public var sourceURL: String?
    /// Where the endpoint's facts came from; the first is the source that decided it.
    public var provenance: [Provenance]
    /// The provider name as the deciding source spelled it (`bedrock_converse`), before
    /// provider aliases made it canonical; exports that feed that source's tools use it.
    public var listedProvider: String
    /// The entry's key in the deciding source's snapshot (a LiteLLM map key, a gateway id).
    public var sourceKey: String
    /// For each fact (named as in ``factValues``), the source that decided its value.
    public var factSources: [String: Provenance]
    /// Values other sources gave for a fact and the precedence overrode, in merge order.
    public var overridden: [OverriddenFact]

    /// An endpoint carrying one listing entry's facts.
    public init(entry: ListingEntry) {
        provider = entry.provider
        providerModelID = entry.providerModelID
        mode = entry.mode
        pricing = entry.pricing
        contextLength = entry.contextLength
        maxInputTokens = entry.maxInputTokens
        maxOutputTokens = entry.maxOutputTokens
        capabilities = entry.capabilities
        inputModalities = entry.inputModalities
        outputModalities = entry.outputModalities
        supportedParameters = entry.supportedParameters
        regions = entry.regions
        quantization = entry.quantization
        status = entry.status ?? (entry.deprecationDate == nil ? nil : "deprecated")
        deprecationDate = entry.deprecationDate
        requestsPerMinute = entry.requestsPerMinute
        tokensPerMinute = entry.tokensPerMinute
        sourceURL = entry.sourceURL
        provenance = [entry.provenance]
        listedProvider = entry.provider
        sourceKey = entry.sourceKey
        factSources = [:]
        overridden = []
        for fact in factValues { factSources[fact.fact] = entry.provenance }
    }

    /// The identity of an endpoint within a catalog.
    public var key: EndpointKey { EndpointKey(provider: provider, providerModelID: providerModelID) }
}

/// A provider plus the provider's model id: what identifies an endpoint.
public struct EndpointKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var provider: String
    public var providerModelID: String

    public init(provider: String, providerModelID: String) {
        self.provider = provider
        self.providerModelID = providerModelID
    }

    public var description: String { "\(provider):\(providerModelID)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.provider, lhs.providerModelID) < (rhs.provider, rhs.providerModelID)
    }
}
