/// Where a ``JSONWriter`` sends its bytes each time its buffer fills, and once at the end:
/// a file in the staging folder (``StagedFile``), `/dev/null` in a benchmark, ...
///
/// A class, so the writer can hold it by reference while its buffer stays a plain value.
/// Used by one thread at a time.
public protocol ByteSink: AnyObject {
    /// Takes the next bytes of the file, in order; throws when they cannot be written.
    func write(_ bytes: UnsafeRawBufferPointer) throws
}
