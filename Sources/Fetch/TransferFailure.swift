/// Why a transfer ended without a complete HTTP response, in terms a retry rule and a
/// user can act on. Messages are already redacted.
public enum TransferFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The connection could not be made or broke (refused, reset, DNS, truncated body).
    case connection(code: Int, message: String)
    /// A connect, total or low-speed timeout.
    case timedOut(message: String)
    /// The body was larger than the allowed maximum.
    case tooLarge(limit: Int)
    /// More redirects than allowed (a redirect loop, usually).
    case tooManyRedirects(limit: Int)
    /// A request carrying a key was redirected to another scheme, host or port, which would
    /// have received the key; the redirect was not followed. `location` is redacted.
    case refusedRedirect(location: String)
    /// Any other libcurl error (bad URL, unsupported protocol, ...).
    case other(code: Int, message: String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .connection(let code, let message): "connection failed (curl \(code)): \(message)"
        case .timedOut(let message): "timed out: \(message)"
        case .tooLarge(let limit): "body larger than the limit of \(limit) bytes"
        case .tooManyRedirects(let limit): "more than \(limit) redirects (a redirect loop?)"
        case .refusedRedirect(let location):
            "redirected to \(location), another origin (scheme, host or port), which would receive the API key; not followed"
        case .other(let code, let message): "transfer failed (curl \(code)): \(message)"
        }
    }
}
