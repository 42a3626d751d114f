import ModelCatalog

/// Decides which source wins a fact of an endpoint: hand-written provider tables over the
/// provider's own listing over aggregators; among sources of the same rank, the one listed
/// first in `catalog.toml` wins.
public struct SourcePrecedence: Sendable {
    /// The prefix of the source id of a hand-written provider table (`providers/groq`).
    public static let handWrittenPrefix = "providers/"
    /// Formats that list many providers' endpoints and are aggregators whatever their source id.
    public static let aggregatorFormats: Set<String> = ["litellm", "models.dev", "gateway-endpoints"]

    private let formats: [String: String]
    private let order: [String: Int]
    private let rules: ResolutionRules

    /// Precedence over the given sources (in `catalog.toml` order); `rules` makes source ids canonical provider ids.
    public init(sources: [SourceSnapshot], rules: ResolutionRules = ResolutionRules()) {
        var formats: [String: String] = [:]
        var order: [String: Int] = [:]
        for (index, source) in sources.enumerated() {
            formats[source.id] = source.format
            if order[source.id] == nil { order[source.id] = index }
        }
        self.formats = formats
        self.order = order
        self.rules = rules
    }

    /// The rank of a source for an endpoint of `provider` (a canonical provider id).
    public func rank(source: String, provider: String) -> SourceRank {
        if source.hasPrefix(Self.handWrittenPrefix) { return .handWritten }
        if let format = formats[source], Self.aggregatorFormats.contains(format) { return .aggregator }
        return rules.provider(source) == provider ? .providerListing : .aggregator
    }

    /// The sort key of an entry whose provider is already canonical: rank, then source order.
    public func sortKey(of entry: ListingEntry) -> (rank: SourceRank, order: Int) {
        sortKey(of: entry, provider: entry.provider)
    }

    /// The sort key of an entry as if its provider were `provider` (a canonical provider id).
    public func sortKey(of entry: ListingEntry, provider: String) -> (rank: SourceRank, order: Int) {
        let source = entry.provenance.source
        return (rank(source: source, provider: provider), order[source] ?? (source.hasPrefix(Self.handWrittenPrefix) ? -1 : Int.max))
    }
}
