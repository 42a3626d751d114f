import Foundation

/// What a workload consumed: the quantities a ``CostCalculator`` prices.
///
/// Token counts do not overlap: `inputTokens` counts uncached input only, and cache reads
/// and cache writes are counted on top of it. `reasoningTokens` are billed on top of
/// `outputTokens` (pass them here only when the provider reports them separately).
public struct Usage: Hashable, Sendable {
    /// Uncached input (prompt) tokens.
    public var inputTokens: Int
    /// Output (completion) tokens.
    public var outputTokens: Int
    /// Input tokens read from the prompt cache, on top of `inputTokens`.
    public var cachedInputTokens: Int
    /// Input tokens written to the prompt cache with the default (5-minute) lifetime.
    public var cacheWriteTokens: Int
    /// Input tokens written to the prompt cache with a 1-hour lifetime.
    public var cacheWrite1hTokens: Int
    /// Reasoning tokens billed on top of `outputTokens`.
    public var reasoningTokens: Int
    /// Input images.
    public var images: Int
    /// Seconds of input audio (priced per second).
    public var audioSeconds: Decimal
    /// Requests, for endpoints charging a fee per request.
    public var requests: Int
    /// Web searches (medium search context where a provider distinguishes sizes).
    public var webSearches: Int

    /// A usage; every quantity defaults to zero.
    public init(
        inputTokens: Int = 0, outputTokens: Int = 0, cachedInputTokens: Int = 0, cacheWriteTokens: Int = 0,
        cacheWrite1hTokens: Int = 0, reasoningTokens: Int = 0, images: Int = 0, audioSeconds: Decimal = 0,
        requests: Int = 0, webSearches: Int = 0
    ) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cachedInputTokens = cachedInputTokens
        self.cacheWriteTokens = cacheWriteTokens
        self.cacheWrite1hTokens = cacheWrite1hTokens
        self.reasoningTokens = reasoningTokens
        self.images = images
        self.audioSeconds = audioSeconds
        self.requests = requests
        self.webSearches = webSearches
    }

    /// The request's whole input as providers count it for tier thresholds:
    /// uncached input plus cache reads plus cache writes.
    public var totalInputTokens: Int {
        inputTokens + cachedInputTokens + cacheWriteTokens + cacheWrite1hTokens
    }
}
