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
    /// The facts (named as in ``factValues``) decided by another source than the first of
    /// ``provenance``, with that source. Sparse: every other fact was decided by
    /// `provenance.first`, so an endpoint of one source stores nothing here.
    public private(set) var otherFactSources: [String: Provenance]
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
        otherFactSources = [:]
        overridden = []
    }

    /// For each fact (named as in ``factValues``), the source that decided its value: the
    /// entry of ``otherFactSources``, else the deciding source (`provenance.first`).
    /// Setting it keeps only the facts another source decided.
    public var factSources: [String: Provenance] {
        get {
            guard let decider = provenance.first else { return otherFactSources }
            var out: [String: Provenance] = [:]
            for fact in factNames { out[fact] = otherFactSources[fact] ?? decider }
            return out
        }
        set {
            let decider = provenance.first
            otherFactSources = newValue.filter { $0.value != decider }
        }
    }

    /// The source that decided one fact: ``otherFactSources`` or the deciding source; nil when
    /// the endpoint does not know the fact.
    public func factSource(_ fact: String) -> Provenance? {
        if let other = otherFactSources[fact] { return other }
        guard let decider = provenance.first, factNames.contains(fact) else { return nil }
        return decider
    }

    /// Records that `source` decided `fact` (what the merge calls when it takes a fact from a
    /// lower-precedence source).
    public mutating func setFactSource(_ source: Provenance, for fact: String) {
        otherFactSources[fact] = source == provenance.first ? nil : source
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
