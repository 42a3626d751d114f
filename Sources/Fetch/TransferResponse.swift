import Foundation

/// What the last attempt of a transfer got: status, headers, body or failure, and how
/// many attempts it took.
struct TransferResponse: Sendable {
    /// The source id of the request.
    var id: String
    /// The page of the request, counting from 1.
    var page = 1
    /// The HTTP status of the final response; 0 when none arrived.
    var status: Int = 0
    /// Headers of the final response, names lowercased.
    var headers: [String: String] = [:]
    /// The body of the final response (decompressed).
    var body = Data()
    /// Why the final attempt failed at the transfer level; nil when a response arrived whole.
    var failure: TransferFailure?
    /// Attempts made, the first included.
    var attempts = 0
    /// Time from the first attempt's start to the last attempt's end, waits included.
    var duration: Duration = .zero
}
