/// One HTTP GET to run: where, with which headers, and how to hide its secrets in messages.
/// Holds the key (in a header or the URL), so it is never printed as a whole.
struct TransferRequest: Sendable {
    /// The source id, naming the transfer in events and results.
    var id: String
    /// The full URL, possibly with a key in its query.
    var url: String
    /// Request header lines (`Name: value`), possibly with a key.
    var headers: [String]
    /// Hides this request's secrets in any message about it.
    var redactor: Redactor
    /// Which page of the source's listing this is, counting from 1 (1 for a single-file source).
    var page = 1
    /// Whether redirects are followed only to the same scheme, host and port as `url`.
    /// Set for every request carrying a key: libcurl re-sends custom headers such as
    /// `x-api-key` (and the URL's own query) to whatever host a redirect names.
    var sameOriginRedirectsOnly = false
}
