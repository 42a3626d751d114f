/// How much a source is trusted for an endpoint's facts, most trusted first.
public enum SourceRank: Int, Comparable, Sendable, CustomStringConvertible {
    /// A hand-written table in `catalog/providers/<id>.toml`, reviewed in a pull request.
    case handWritten = 0
    /// The provider's own listing: a source whose id is the endpoint's provider (an `openai`
    /// format source `groq` for Groq's endpoints, a gateway's list for the gateway's own endpoints).
    case providerListing = 1
    /// An aggregator: LiteLLM's map, models.dev, or a list that names other providers' endpoints.
    case aggregator = 2

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `hand-written`, `provider listing` or `aggregator`.
    public var description: String {
        switch self {
        case .handWritten: "hand-written"
        case .providerListing: "provider listing"
        case .aggregator: "aggregator"
        }
    }
}
