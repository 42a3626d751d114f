/// The normalized catalog: every model with its endpoints, every provider, and the
/// snapshots it was built from. The value every later stage reads.
public struct Catalog: Hashable, Sendable {
    /// Models sorted by id.
    public var models: [Model]
    /// Providers sorted by id.
    public var providers: [Provider]
    /// The snapshots the catalog was built from, in `catalog.toml` order.
    public var sources: [SourceSnapshot]

    public init(models: [Model], providers: [Provider], sources: [SourceSnapshot]) {
        self.models = models
        self.providers = providers
        self.sources = sources
    }

    /// The model with an id, if the catalog has it.
    public func model(_ id: ModelID) -> Model? {
        var low = 0, high = models.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if models[mid].id == id { return models[mid] }
            if models[mid].id < id { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// Every endpoint of every model, with the model it belongs to.
    public var endpoints: [(model: ModelID, endpoint: Endpoint)] {
        models.flatMap { model in model.endpoints.map { (model.id, $0) } }
    }
}

/// One source snapshot a catalog was built from.
public struct SourceSnapshot: Hashable, Sendable, Codable {
    public var id: String
    public var format: String
    /// The snapshot path relative to the catalog folder.
    public var file: String
    /// A human label for the snapshot's version (such as a release), or its fetch time; never the build time.
    public var label: String?

    public init(id: String, format: String, file: String, label: String?) {
        self.id = id
        self.format = format
        self.file = file
        self.label = label
    }
}
