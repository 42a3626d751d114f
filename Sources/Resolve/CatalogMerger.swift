import Ingest
import ModelCatalog

/// Joins the entries of every source into models: entries resolving to the same id
/// become endpoints of one model; alias entries become aliases of their target.
public struct CatalogMerger: Sendable {
    /// What the merge did with the entries of one source, for the build summary.
    public struct Summary: Hashable, Sendable {
        /// Entries that became an endpoint or joined one another source had made.
        public var endpoints = 0
        /// Of ``endpoints``, entries folded into an endpoint of a higher-precedence source.
        public var merged = 0
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

    /// Merges entries into a catalog.
    ///
    /// Entries of different sources with the same provider and provider model id become one
    /// endpoint: facts are decided by ``SourcePrecedence`` (hand-written tables, then the
    /// provider's own listing, then aggregators; `catalog.toml` order within a rank), each
    /// fact records its deciding source and the values it overrode (``EndpointMerge``).
    public func merge(_ entries: [ListingEntry], providers knownProviders: [String: Provider] = [:], sources: [SourceSnapshot]) -> (Catalog, [String: Summary]) {
        var summaries: [String: Summary] = [:]
        var endpointsByModel: [ModelID: [Endpoint]] = [:]
        var endpointLocation: [EndpointKey: (model: ModelID, index: Int)] = [:]
        var names: [ModelID: String] = [:]
        var aliasesByModel: [ModelID: Set<String>] = [:]
        var modelOfSourceKey: [String: ModelID] = [:]
        var aliasEntries: [ListingEntry] = []
        let precedence = SourcePrecedence(sources: sources, rules: resolver.rules)

        // Only the source keys alias entries point at (`target`, `prefix/target`) need their
        // model remembered. A colon in a source id could make `source:key` texts of different
        // sources coincide, so then every key is remembered, as the lookup always did.
        var aliasTargets: Set<String> = []
        var everySourceKey = false
        for entry in entries where entry.aliasOf != nil && entry.pricing.isEmpty {
            guard let target = entry.aliasOf else { continue }
            aliasTargets.insert(target)
            if let slash = entry.sourceKey.firstIndex(of: "/") { aliasTargets.insert(String(entry.sourceKey[..<slash]) + "/" + target) }
            if entry.provenance.source.contains(":") { everySourceKey = true }
        }
        func remember(_ entry: ListingEntry, in model: ModelID) {
            guard !aliasTargets.isEmpty else { return }
            let source = entry.provenance.source
            guard everySourceKey || aliasTargets.contains(entry.sourceKey) || source.contains(":") else { return }
            modelOfSourceKey["\(source):\(entry.sourceKey)"] = model
        }

        // Highest precedence first. Within a source, unprefixed ids claim their plain endpoint
        // key first, so a prefixed duplicate (`deepseek/deepseek-chat` beside `deepseek-chat`)
        // is the one kept under its full key.
        // Sorted positions, not copies: the entries are read in place.
        struct Item {
            var rank: Int
            var order: Int
            var prefixed: Int
            var index: Int
        }
        var items: [Item] = []
        items.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            let provider = resolver.rules.provider(entry.provider)
            let key = precedence.sortKey(of: entry, provider: provider)
            items.append(Item(rank: key.rank.rawValue, order: key.order, prefixed: entry.sourceKey == entry.providerModelID ? 0 : 1, index: index))
        }
        items.sort { ($0.rank, $0.order, $0.prefixed, $0.index) < ($1.rank, $1.order, $1.prefixed, $1.index) }

        for item in items {
            let listedProvider = entries[item.index].provider
            var entry = entries[item.index]
            entry.provider = resolver.rules.provider(listedProvider)
            let source = entry.provenance.source
            if entry.aliasOf != nil && entry.pricing.isEmpty {
                aliasEntries.append(entry)
                continue
            }
            // The endpoint key, or for a second id of the same deployment within one source
            // (`deepseek-chat` and `deepseek/deepseek-chat`), the entry's own source key.
            var key = EndpointKey(provider: entry.provider, providerModelID: entry.providerModelID)
            if let location = endpointLocation[key], endpointsByModel[location.model]?[location.index].provenance.contains(where: { $0.source == source }) == true {
                key.providerModelID = entry.sourceKey
                if key.providerModelID == entry.providerModelID
                    || endpointLocation[key].map({ endpointsByModel[$0.model]?[$0.index].provenance.contains(where: { $0.source == source }) == true }) == true
                {
                    summaries[source, default: Summary()].skipped["duplicate of another endpoint (same provider and id)", default: 0] += 1
                    continue
                }
            }
            if let location = endpointLocation[key] {
                // Another source already decided this endpoint: fold this entry's facts in.
                var renamed = entry
                renamed.providerModelID = key.providerModelID
                if endpointsByModel[location.model] != nil {
                    EndpointMerge.absorb(renamed, into: &endpointsByModel[location.model]![location.index])
                }
                remember(entry, in: location.model)
                if names[location.model] == nil, let name = entry.name { names[location.model] = name }
                aliasesByModel[location.model, default: []].insert(entry.sourceKey)
                summaries[source, default: Summary()].endpoints += 1
                summaries[source, default: Summary()].merged += 1
                continue
            }
            let resolution = resolver.resolve(entry)
            if resolution.isProviderScoped { summaries[source, default: Summary()].providerScoped += 1 }
            var endpoint = Endpoint(entry: entry)
            endpoint.providerModelID = key.providerModelID
            endpoint.listedProvider = listedProvider
            endpointLocation[key] = (resolution.id, endpointsByModel[resolution.id]?.count ?? 0)
            remember(entry, in: resolution.id)
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
        // Models share equal capability tables and modality lists (copy on write keeps them apart).
        var capabilityTables = ValueInterner<[Capability: Bool]>()
        var modalityLists = ValueInterner<[String]>()
        // Each model's endpoints leave the table as its model takes them, sorted into an array
        // of their exact size (not held twice, no spare capacity kept).
        for id in Array(endpointsByModel.keys) {
            guard let endpoints = endpointsByModel.removeValue(forKey: id)?.sorted(by: { $0.key < $1.key }) else { continue }
            var model = Model(id: id, name: names[id] ?? Self.displayName(id.slug), endpoints: endpoints)
            model.aliases = (aliasesByModel[id] ?? []).filter { $0 != id.slug }.sorted()
            ModelFacts.decide(for: &model)
            model.capabilities = capabilityTables.intern(model.capabilities)
            model.inputModalities = modalityLists.intern(model.inputModalities)
            model.outputModalities = modalityLists.intern(model.outputModalities)
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
