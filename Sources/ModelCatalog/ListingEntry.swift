/// One model as one source lists it at one provider: what a reader makes of one entry of a snapshot.
///
/// Every field a source may lack is optional; absent means unknown.
public struct ListingEntry: Hashable, Sendable {
    /// The provider that serves the model, such as `bedrock` or `openai`.
    public var provider: String
    /// The provider's own model id: what a client sends to that provider.
    public var providerModelID: String
    /// The entry's key exactly as it appears in the snapshot (a LiteLLM map key, a gateway id).
    public var sourceKey: String
    /// What kind of model this is at the source: `chat`, `embedding`, `image_generation`, ...
    public var mode: String?
    public var name: String?
    public var description: String?
    public var pricing: Pricing
    /// The context window in tokens (input and output together where the source does not split them).
    public var contextLength: Int?
    public var maxInputTokens: Int?
    public var maxOutputTokens: Int?
    public var capabilities: [Capability: Bool]
    public var inputModalities: [String]
    public var outputModalities: [String]
    public var supportedParameters: [String]
    public var regions: [String]
    public var quantization: String?
    /// `active`, `deprecated`, ... as the source says.
    public var status: String?
    /// `YYYY-MM-DD` as the source gives it.
    public var deprecationDate: String?
    public var releaseDate: String?
    /// When the source last changed its facts about the model, `YYYY-MM-DD` (models.dev `last_updated`).
    public var lastUpdated: String?
    public var knowledgeCutoff: String?
    public var openWeights: Bool?
    /// The source's id of the model replacing this one.
    public var successor: String?
    /// The source's id of the model this entry is an alias of (`-latest` names).
    public var aliasOf: String?
    /// An id the source itself gives as canonical (gateway `canonical_slug`, models.dev `base_model`).
    public var canonicalHint: String?
    /// The page the source says its figures came from.
    public var sourceURL: String?
    public var requestsPerMinute: Int?
    public var tokensPerMinute: Int?
    public var provenance: Provenance

    public init(provider: String, providerModelID: String, sourceKey: String, provenance: Provenance) {
        self.provider = provider
        self.providerModelID = providerModelID
        self.sourceKey = sourceKey
        self.provenance = provenance
        self.pricing = Pricing()
        self.capabilities = [:]
        self.inputModalities = []
        self.outputModalities = []
        self.supportedParameters = []
        self.regions = []
    }
}
