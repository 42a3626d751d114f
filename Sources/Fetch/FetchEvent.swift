/// Something that happened during a fetch, for live progress output. Texts are redacted.
public enum FetchEvent: Sendable, Equatable {
    /// An attempt started (attempts count from 1).
    case started(source: String, attempt: Int)
    /// An attempt at a later page of a paged listing started (pages count from 1; page 1 is `started`).
    case startedPage(source: String, page: Int, attempt: Int)
    /// Bytes of the body received so far in the current attempt.
    case received(source: String, bytes: Int)
    /// The attempt failed transiently; the next one starts after `delay`.
    case retrying(source: String, attempt: Int, delay: Duration, reason: String)
    /// The source is done (its result is in the report).
    case finished(FetchResult)

    /// The source the event is about.
    public var source: String {
        switch self {
        case .started(let source, _), .startedPage(let source, _, _), .received(let source, _), .retrying(let source, _, _, _): source
        case .finished(let result): result.sourceID
        }
    }

    /// The event as one plain line, for output that is not a terminal.
    public var plainLine: String {
        switch self {
        case .started(let source, let attempt): attempt == 1 ? "\(source): fetching" : "\(source): attempt \(attempt)"
        case .startedPage(let source, let page, let attempt): attempt == 1 ? "\(source): page \(page)" : "\(source): page \(page), attempt \(attempt)"
        case .received(let source, let bytes): "\(source): \(bytes) bytes"
        case .retrying(let source, let attempt, let delay, let reason):
            "\(source): attempt \(attempt) failed (\(reason)); retrying in \(FetchReport.formatSeconds(delay))"
        case .finished(let result): "\(result.sourceID): \(result.summary)"
        }
    }
}
