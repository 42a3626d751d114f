import ModelCatalog

/// What a hand-written `providers/<id>.toml` holds: the provider's facts, and the listing
/// entries of its optional `[models."<provider model id>"]` tables.
public struct ProviderFile: Sendable {
    /// The provider's facts, with the pages they came from and when those were read.
    public var provider: Provider
    /// One entry per `[models."<id>"]` table, with provenance `providers/<id>`.
    public var entries: [ListingEntry]
    /// Keys the reader did not know (typos), with file and key path.
    public var warnings: [Diagnostic]

    /// A provider file's contents.
    public init(provider: Provider, entries: [ListingEntry] = [], warnings: [Diagnostic] = []) {
        self.provider = provider
        self.entries = entries
        self.warnings = warnings
    }
}
