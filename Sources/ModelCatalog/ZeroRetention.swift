/// Whether a provider offers zero data retention — the prompts and outputs of inference
/// requests are not stored once the response is sent — as the provider's own policy page says.
public enum ZeroRetention: String, CaseIterable, Hashable, Sendable {
    /// Nothing is stored by default; no action is needed.
    case byDefault = "default"
    /// Any customer can switch it on in the provider's settings.
    case selfServe = "self-serve"
    /// Available only after the provider approves it or under a separate agreement.
    case onRequest = "on request"
    /// The provider says it does not offer it.
    case notOffered = "not offered"

    /// Whether zero data retention can be had at all (by default, self-serve or on request).
    public var isAvailable: Bool { self != .notOffered }

    /// The accepted spellings, for messages: `"default", "self-serve", "on request", "not offered"`.
    public static var spellings: String { allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") }
}
