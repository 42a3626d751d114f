/// What a price is charged for: one token of prompt, one image, one request, ...
///
/// Names follow the gateway `/api/v1/models` vocabulary where it has one
/// (`prompt`, `completion`, `input_cache_read`, ...) and are descriptive snake_case otherwise.
/// The unit is part of the component: `prompt` is USD per input token, `image` USD per image.
public struct PriceComponent: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// USD per input (prompt) token.
    public static let prompt = PriceComponent("prompt")
    /// USD per output (completion) token.
    public static let completion = PriceComponent("completion")
    /// USD per input token read from the prompt cache.
    public static let inputCacheRead = PriceComponent("input_cache_read")
    /// USD per input token written to the prompt cache (the default, usually 5-minute, lifetime).
    public static let inputCacheWrite = PriceComponent("input_cache_write")
    /// USD per input token written to the prompt cache with a 1-hour lifetime.
    public static let inputCacheWrite1h = PriceComponent("input_cache_write_1h")
    /// USD per reasoning token, where it differs from the completion price.
    public static let internalReasoning = PriceComponent("internal_reasoning")
    /// USD per request.
    public static let request = PriceComponent("request")
    /// USD per input image.
    public static let image = PriceComponent("image")
    /// USD per generated image.
    public static let imageOutput = PriceComponent("image_output")
    /// USD per input audio token.
    public static let audio = PriceComponent("audio")
    /// USD per output audio token.
    public static let audioOutput = PriceComponent("audio_output")
    /// USD per web search (medium search context where a source distinguishes sizes).
    public static let webSearch = PriceComponent("web_search")

    /// Components billed per token; the ones a per-1M display applies to.
    public var isPerToken: Bool {
        PriceComponent.perTokenComponents.contains(self) || rawValue.hasSuffix("_token")
    }

    private static let perTokenComponents: Set<PriceComponent> = [
        .prompt, .completion, .inputCacheRead, .inputCacheWrite, .inputCacheWrite1h, .internalReasoning, .audio, .audioOutput,
        PriceComponent("input_cache_write_12h"), PriceComponent("input_cache_read_audio"), PriceComponent("input_cache_write_audio"),
        PriceComponent("input_cache_read_image"), PriceComponent("input_cache_hit"), PriceComponent("explicit_cache_read"),
    ]
}

/// A pricing plan of a provider for the same model: the standard on-demand rates,
/// or discounted / premium ones such as `batch`, `flex` and `priority`.
public struct ServiceTier: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let standard = ServiceTier("standard")
    public static let batch = ServiceTier("batch")
    public static let flex = ServiceTier("flex")
    public static let priority = ServiceTier("priority")
}
