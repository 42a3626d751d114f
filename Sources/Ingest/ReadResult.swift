import ModelCatalog

/// What a reader made of a snapshot: the entries, the records it skipped counted by
/// reason, and warnings about input it did not understand.
public struct ReadResult: Sendable {
    public var entries: [ListingEntry]
    /// Records not turned into entries, counted by reason. With `entries.count`, adds up to `recordCount`.
    public var skipped: [String: Int]
    public var warnings: [Diagnostic]
    /// How many records (models) the snapshot holds in all.
    public var recordCount: Int

    public init(entries: [ListingEntry] = [], skipped: [String: Int] = [:], warnings: [Diagnostic] = [], recordCount: Int = 0) {
        self.entries = entries
        self.skipped = skipped
        self.warnings = warnings
        self.recordCount = recordCount
    }

    /// Counts one skipped record under a reason.
    public mutating func skip(_ reason: String) {
        skipped[reason, default: 0] += 1
    }
}
