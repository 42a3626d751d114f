/// Why one source could not be refreshed. Every case names the source, and URLs are
/// redacted, so a message can be printed or logged as is. The old snapshot is untouched.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The source needs a key from an environment variable that is not set.
    case missingKey(source: String, variable: String)
    /// The source has no URL in `catalog.toml` (it is maintained by hand).
    case noURL(source: String)
    /// The source is paged (`pages`), which fetch does not download yet.
    case pagedSource(source: String)
    /// The transfer failed (connection, timeout, size limit, redirect loop) after all attempts.
    case transfer(source: String, url: String, failure: TransferFailure, attempts: Int)
    /// The server answered with a status other than 200 or 304 (after retries, if transient).
    case httpStatus(source: String, url: String, status: Int, attempts: Int)
    /// The body is not a usable snapshot for the source's format.
    case invalidBody(source: String, url: String, check: String, message: String)
    /// The body parses but holds too few models compared to the current snapshot.
    case shrunk(source: String, before: Int, after: Int, maxPercent: Int)
    /// The snapshot or its meta file could not be written.
    case writeFailed(source: String, path: String, message: String)

    /// The source the error is about.
    public var source: String {
        switch self {
        case .missingKey(let source, _), .noURL(let source), .pagedSource(let source), .transfer(let source, _, _, _),
            .httpStatus(let source, _, _, _), .invalidBody(let source, _, _, _), .shrunk(let source, _, _, _),
            .writeFailed(let source, _, _):
            source
        }
    }

    /// A short reason for the result table.
    public var shortReason: String {
        switch self {
        case .missingKey(_, let variable): "\(variable) not set"
        case .noURL: "no url"
        case .pagedSource: "paged source"
        case .transfer(_, _, let failure, _):
            switch failure {
            case .connection: "connection failed"
            case .timedOut: "timed out"
            case .tooLarge: "too large"
            case .tooManyRedirects: "redirect loop"
            case .other(let code, _): "curl error \(code)"
            }
        case .httpStatus(_, _, let status, _): "HTTP \(status)"
        case .invalidBody: "invalid body"
        case .shrunk(_, let before, let after, _): "shrunk \(before)→\(after)"
        case .writeFailed: "write failed"
        }
    }

    /// The full explanation, with what to do about it where there is something to do.
    public var description: String {
        switch self {
        case .missingKey(let source, let variable):
            "\(source): the environment variable \(variable) holding its API key is not set"
        case .noURL(let source):
            "\(source): no url in catalog.toml; this source is maintained by hand"
        case .pagedSource(let source):
            "\(source): paged sources (pages = [...]) are not fetched yet; update the snapshot by hand"
        case .transfer(let source, let url, let failure, let attempts):
            "\(source): GET \(url) failed after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(failure)"
        case .httpStatus(let source, let url, let status, let attempts):
            "\(source): GET \(url) answered HTTP \(status) (after \(attempts) attempt\(attempts == 1 ? "" : "s"))"
        case .invalidBody(let source, let url, let check, let message):
            "\(source): the body from \(url) failed the \(check) check: \(message)"
        case .shrunk(let source, let before, let after, let maxPercent):
            "\(source): the new listing has \(after) models, down from \(before) (more than \(maxPercent)% fewer); kept the old snapshot, rerun with --accept-shrink to take it"
        case .writeFailed(let source, let path, let message):
            "\(source): cannot write \(path): \(message)"
        }
    }
}
