import ModelCatalog

/// Joins the entries of every source into models: entries resolving to the same id
/// become endpoints of one model; alias entries become aliases of their target.
public struct CatalogMerger: Sendable {
    /// What the merge did with the entries of one source, for the build summary.
    public struct Summary: Hashable, Sendable {
        /// Entries that became an endpoint.
        public var endpoints = 0
        /// Alias entries recorded as an alias of another model.
        public var aliases = 0
        /// Entries not made into endpoints, counted by reason.
        public var skipped: [String: Int] = [:]
        /// Entries whose id fell back to a provider-scoped id.
        public var providerScoped = 0

        /// An empty summary.
        public init() {}
    }

    /// The resolver deciding each entry's model.
    public let resolver: IdentityResolver

    /// A merger resolving with `resolver`.
    public init(resolver: IdentityResolver) {
        self.resolver = resolver
    }

    /// Merges entries (in source precedence order, highest first) into a catalog.
    public func merge(_ entries: [ListingEntry], providers knownProviders: [String: Provider] = [:], sources: [SourceSnapshot]) -> (Catalog, [String: Summary]) {
        var summaries: [String: Summary] = [:]
        var endpointsByModel: [ModelID: [Endpoint]] = [:]
        var names: [ModelID: String] = [:]
        var aliasesByModel: [ModelID: Set<String>] = [:]
        var seenEndpoints: Set<EndpointKey> = []
        var modelOfSourceKey: [String: ModelID] = [:]
        var aliasEntries: [ListingEntry] = []

        // Unprefixed ids claim their plain endpoint key first, so a prefixed duplicate
        // (`deepseek/deepseek-chat` beside `deepseek-chat`) is the one kept under its full key.
        let ordered = entries.filter { $0.sourceKey == $0.providerModelID } + entries.filter { $0.sourceKey != $0.providerModelID }
        for var entry in ordered {
            let source = entry.provenance.source
            let listedProvider = entry.provider
            entry.provider = resolver.rules.provider(entry.provider)
            if entry.aliasOf != nil && entry.pricing.isEmpty {
                aliasEntries.append(entry)
                continue
            }
            let resolution = resolver.resolve(entry)
            if resolution.isProviderScoped { summaries[source, default: Summary()].providerScoped += 1 }
            var endpoint = Endpoint(entry: entry)
            endpoint.listedProvider = listedProvider
            if !seenEndpoints.insert(endpoint.key).inserted {
                // Two ids of one provider that name the same deployment differently
                // (`deepseek-chat` and `deepseek/deepseek-chat`): keep both, each under its own key.
                endpoint.providerModelID = entry.sourceKey
                guard seenEndpoints.insert(endpoint.key).inserted else {
                    summaries[source, default: Summary()].skipped["duplicate of another endpoint (same provider and id)", default: 0] += 1
                    continue
                }
            }
            modelOfSourceKey["\(entry.provenance.source):\(entry.sourceKey)"] = resolution.id
            endpointsByModel[resolution.id, default: []].append(endpoint)
            if names[resolution.id] == nil, let name = entry.name { names[resolution.id] = name }
            aliasesByModel[resolution.id, default: []].insert(entry.sourceKey)
            if let undated = resolution.undatedAlias { aliasesByModel[resolution.id, default: []].insert(undated.slug) }
            summaries[source, default: Summary()].endpoints += 1
        }

        for entry in aliasEntries {
            guard let target = entry.aliasOf else { continue }
            let source = entry.provenance.source
            let prefix = entry.sourceKey.firstIndex(of: "/").map { String(entry.sourceKey[..<$0]) + "/" } ?? ""
            if let id = modelOfSourceKey["\(source):\(target)"] ?? modelOfSourceKey["\(source):\(prefix)\(target)"] {
                aliasesByModel[id, default: []].insert(entry.sourceKey)
                summaries[source, default: Summary()].aliases += 1
            } else {
                summaries[source, default: Summary()].skipped["alias of an entry that is not in the snapshot", default: 0] += 1
            }
        }

        var models: [Model] = []
        models.reserveCapacity(endpointsByModel.count)
        for (id, endpoints) in endpointsByModel {
            var model = Model(id: id, name: names[id] ?? Self.displayName(id.slug), endpoints: endpoints.sorted { $0.key < $1.key })
            model.aliases = (aliasesByModel[id] ?? []).filter { $0 != id.slug }.sorted()
            ModelFacts.decide(for: &model)
            models.append(model)
        }
        models.sort { $0.id < $1.id }

        var providerIDs: Set<String> = []
        for model in models { for endpoint in model.endpoints { providerIDs.insert(endpoint.provider) } }
        let providers = providerIDs.sorted().map { id in knownProviders[id] ?? Provider(id: id, name: Self.displayName(id)) }
        return (Catalog(models: models, providers: providers, sources: sources), summaries)
    }

    /// A readable name from an id: `claude-3-5-sonnet` → `Claude 3 5 Sonnet`.
    public static func displayName(_ slug: String) -> String {
        slug.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { word in
            word.first.map { String($0).uppercased() + word.dropFirst() } ?? ""
        }.joined(separator: " ")
    }
}
