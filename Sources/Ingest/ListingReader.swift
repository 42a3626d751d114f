import ModelCatalog

/// Turns the bytes of one source snapshot into listing entries with provenance.
///
/// A reader is pure: it does no I/O, so it can be tested on bytes and run concurrently.
/// Input it cannot use is an error (thrown with every problem found), input it does not
/// know is a warning in the result.
public protocol ListingReader: Sendable {
    /// The format this reader understands.
    static var format: ListingFormat { get }
    /// Reads a snapshot.
    func read(_ snapshot: Snapshot) throws(DiagnosticsError) -> ReadResult
}
