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
}
