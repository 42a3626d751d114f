/// Why one source could not be refreshed. Every case names the source, and URLs are
/// redacted, so a message can be printed or logged as is. The old snapshot is untouched.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The source needs a key from an environment variable that is not set.
    case missingKey(source: String, variable: String)
    /// The source has no URL in `catalog.toml` (it is maintained by hand).
    case noURL(source: String)
    /// The transfer failed (connection, timeout, size limit, redirect loop or refused redirect) after all attempts.
    case transfer(source: String, url: String, failure: TransferFailure, attempts: Int)
    /// The server answered with a status other than 200 or 304 (after retries, if transient).
    case httpStatus(source: String, url: String, status: Int, attempts: Int)
    /// The body is not a usable snapshot for the source's format.
    case invalidBody(source: String, url: String, check: String, message: String)
    /// The body holds the source's API key (the server echoed it); it is not stored.
    case keyInBody(source: String, url: String)
    /// The body parses but holds too few models compared to the current snapshot.
    case shrunk(source: String, before: Int, after: Int, maxPercent: Int)
    /// The snapshot or its meta file could not be written.
    case writeFailed(source: String, path: String, message: String)
    /// A page of a paged listing failed (`error` says how); pages count from 1.
    indirect case page(Int, FetchError)
    /// A cursor-paged listing handed out a cursor it had already given (the server would
    /// serve the same pages forever). `cursor` is redacted.
    case pagingLoop(source: String, page: Int, cursor: String)
    /// A cursor-paged listing still had more pages after `limit` (`max_pages` in `catalog.toml`).
    case tooManyPages(source: String, limit: Int)

    /// The source the error is about.
    public var source: String {
        switch self {
        case .missingKey(let source, _), .noURL(let source), .transfer(let source, _, _, _),
            .httpStatus(let source, _, _, _), .invalidBody(let source, _, _, _), .keyInBody(let source, _), .shrunk(let source, _, _, _),
            .writeFailed(let source, _, _), .pagingLoop(let source, _, _), .tooManyPages(let source, _):
            source
        case .page(_, let error): error.source
        }
    }

    /// A short reason for the result table.
    public var shortReason: String {
        switch self {
        case .missingKey(_, let variable): "\(variable) not set"
        case .noURL: "no url"
        case .transfer(_, _, let failure, _):
            switch failure {
            case .connection: "connection failed"
            case .timedOut: "timed out"
            case .tooLarge: "too large"
            case .tooManyRedirects: "redirect loop"
            case .refusedRedirect: "redirect to another host refused"
            case .other(let code, _): "curl error \(code)"
            }
        case .httpStatus(_, _, let status, _): "HTTP \(status)"
        case .invalidBody: "invalid body"
        case .keyInBody: "key in body"
        case .shrunk(_, let before, let after, _): "shrunk \(before)→\(after)"
        case .writeFailed: "write failed"
        case .page(let page, let error): "page \(page): \(error.shortReason)"
        case .pagingLoop(_, let page, _): "paging loop at page \(page)"
        case .tooManyPages(_, let limit): "more than \(limit) pages"
        }
    }

    /// The full explanation, with what to do about it where there is something to do.
    public var description: String {
        "\(source): \(detail)"
    }

    /// The explanation without the source id in front.
    public var detail: String {
        switch self {
        case .missingKey(_, let variable):
            "the environment variable \(variable) holding its API key is not set"
        case .noURL:
            "no url in catalog.toml; this source is maintained by hand"
        case .transfer(_, let url, let failure, let attempts):
            "GET \(url) failed after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(failure)"
        case .httpStatus(_, let url, let status, let attempts):
            "GET \(url) answered HTTP \(status) (after \(attempts) attempt\(attempts == 1 ? "" : "s"))"
        case .invalidBody(_, let url, let check, let message):
            "the body from \(url) failed the \(check) check: \(message)"
        case .keyInBody(_, let url):
            "the body from \(url) contains the API key; it is not stored"
        case .shrunk(_, let before, let after, let maxPercent):
            "the new listing has \(after) models, down from \(before) (more than \(maxPercent)% fewer); kept the old snapshot, rerun with --accept-shrink to take it"
        case .writeFailed(_, let path, let message):
            "cannot write \(path): \(message)"
        case .page(let page, let error):
            "page \(page): \(error.detail); kept the old snapshot (no page is written unless every page is good)"
        case .pagingLoop(_, let page, let cursor):
            "page \(page) points on to '\(cursor)', a cursor an earlier page already gave (a paging loop); kept the old snapshot"
        case .tooManyPages(_, let limit):
            "the listing goes on past \(limit) pages; kept the old snapshot (raise max_pages in the source's paging if it is really that long)"
        }
    }
}
