import ModelCatalog

/// Resolves keys as a user types them: a source key exactly as in a snapshot (a LiteLLM
/// cost-map key, a gateway id) or `PROVIDER:ID`. Alias entries (`alias_of`) resolve to
/// the model of the entry they point at. What `modelcat resolve` prints.
public struct KeyLookup: Sendable {
    /// The resolver applied to every key.
    public let resolver: IdentityResolver
    private let bySourceKey: [String: ListingEntry]
    private let byEndpoint: [String: ListingEntry]

    /// An index over `entries` (the first entry of a key wins, in source precedence order).
    public init(entries: [ListingEntry], resolver: IdentityResolver) {
        self.resolver = resolver
        var bySourceKey: [String: ListingEntry] = [:]
        var byEndpoint: [String: ListingEntry] = [:]
        for entry in entries {
            if bySourceKey[entry.sourceKey] == nil { bySourceKey[entry.sourceKey] = entry }
            let endpoint = "\(resolver.rules.provider(entry.provider)):\(entry.providerModelID)"
            if byEndpoint[endpoint] == nil { byEndpoint[endpoint] = entry }
        }
        self.bySourceKey = bySourceKey
        self.byEndpoint = byEndpoint
    }

    /// The canonical id and deciding rule of one key. Keys found in no snapshot are still
    /// resolved (from the text alone, or as `PROVIDER:ID`), with the rule saying so.
    public func resolve(_ key: String) -> Resolution {
        if let entry = bySourceKey[key] { return resolve(entry) }
        if let entry = byEndpoint[key] { return resolve(entry) }
        if let colon = key.firstIndex(of: ":") {
            let provider = resolver.rules.provider(String(key[..<colon]))
            if let entry = byEndpoint["\(provider):\(key[key.index(after: colon)...])"] { return resolve(entry) }
            var resolution = resolver.resolve(providerModelID: String(key[key.index(after: colon)...]), provider: provider)
            resolution.rule = "not in the catalog; " + resolution.rule
            return resolution
        }
        var resolution = resolver.resolve(providerModelID: key, provider: "", sourceKey: key)
        resolution.rule = "not in the catalog; " + resolution.rule
        return resolution
    }

    /// Every entry whose id fell back to a provider-scoped id, sorted by provider then id.
    public func unresolved(_ entries: [ListingEntry]) -> [(entry: ListingEntry, resolution: Resolution)] {
        entries.compactMap { entry in
            let resolution = resolve(entry)
            return resolution.isProviderScoped ? (entry, resolution) : nil
        }.sorted { (resolver.rules.provider($0.entry.provider), $0.entry.sourceKey) < (resolver.rules.provider($1.entry.provider), $1.entry.sourceKey) }
    }

    /// Resolves an entry, following `alias_of` for unpriced alias entries.
    public func resolve(_ entry: ListingEntry) -> Resolution {
        guard let target = entry.aliasOf, entry.pricing.isEmpty else { return resolver.resolve(entry) }
        let prefix = entry.sourceKey.firstIndex(of: "/").map { String(entry.sourceKey[..<$0]) + "/" } ?? ""
        guard let targetEntry = bySourceKey[target] ?? bySourceKey[prefix + target], targetEntry.aliasOf == nil else {
            return resolver.resolve(entry)
        }
        var resolution = resolver.resolve(targetEntry)
        resolution.rule = "alias_of \(targetEntry.sourceKey): " + resolution.rule
        return resolution
    }
}
