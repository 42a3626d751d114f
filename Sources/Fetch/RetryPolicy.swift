import Foundation

/// When to try a transfer again and how long to wait first: exponential backoff with
/// jitter on connection errors, 429 and 5xx, honouring `Retry-After` up to a cap, and no
/// retry on any other status. A pure value, so the rule is testable without a network.
public struct RetryPolicy: Sendable, Equatable {
    /// How many attempts in all (the first try included).
    public var maxAttempts: Int
    /// The wait before the second attempt; doubled for each further attempt.
    public var baseDelay: Duration
    /// The longest computed backoff.
    public var maxDelay: Duration
    /// The longest wait a server's `Retry-After` can ask for; longer asks are cut to this.
    public var retryAfterCap: Duration

    /// A policy with the given limits.
    public init(maxAttempts: Int = 3, baseDelay: Duration = .seconds(1), maxDelay: Duration = .seconds(30), retryAfterCap: Duration = .seconds(60)) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.retryAfterCap = retryAfterCap
    }

    /// Whether a finished attempt may be retried at all: connection-level failures,
    /// HTTP 429 and 5xx are transient; other statuses and local limits are not.
    public static func isTransient(status: Int, failure: TransferFailure?) -> Bool {
        if let failure {
            switch failure {
            case .connection, .timedOut: return true
            case .tooLarge, .tooManyRedirects, .refusedRedirect, .other: return false
            }
        }
        return status == 429 || (500...599).contains(status)
    }

    /// The wait before the next attempt, or nil when the transfer should not be retried.
    ///
    /// - Parameters:
    ///   - attempt: the attempt that just finished, counting from 1.
    ///   - retryAfter: the server's `Retry-After`, already parsed.
    ///   - jitter: a number in `0..<1`; the backoff is `d/2 + jitter·d/2` (equal jitter).
    public func delay(afterAttempt attempt: Int, status: Int, failure: TransferFailure?, retryAfter: Duration?, jitter: Double) -> Duration? {
        guard attempt < maxAttempts, Self.isTransient(status: status, failure: failure) else { return nil }
        if let retryAfter {
            return min(max(retryAfter, .zero), retryAfterCap)
        }
        let exponent = min(max(attempt - 1, 0), 30)
        let backoff = min(baseDelay * (1 << exponent), maxDelay)
        let fraction = min(max(jitter, 0), 1)
        return backoff / 2 + backoff * (fraction / 2)
    }

    /// Parses a `Retry-After` value: delay seconds (`120`) or an HTTP date, relative to `now`.
    public static func parseRetryAfter(_ value: String, now: Date) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text) { return seconds >= 0 ? .seconds(seconds) : nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        let seconds = date.timeIntervalSince(now)
        return .milliseconds(Int(max(0, seconds) * 1000))
    }
}
