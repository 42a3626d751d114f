import Foundation
import ModelCatalog

/// How input and output prices are weighted into one blended price per token
/// (default 3:1, three input tokens for every output token).
public struct BlendRatio: Hashable, Sendable, CustomStringConvertible {
    /// Weight of the input (prompt) price.
    public var input: Decimal
    /// Weight of the output (completion) price.
    public var output: Decimal

    /// A ratio; both weights must be zero or more and not both zero (else the default is used).
    public init(input: Decimal, output: Decimal) {
        if input < 0 || output < 0 || input + output == 0 {
            self.input = 3
            self.output = 1
        } else {
            self.input = input
            self.output = output
        }
    }

    /// 3:1.
    public static let `default` = BlendRatio(input: 3, output: 1)

    /// Parses `3:1`; nil when malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let input = Decimal(string: String(parts[0])), let output = Decimal(string: String(parts[1])),
            input >= 0, output >= 0, input + output > 0
        else { return nil }
        self.init(input: input, output: output)
    }

    /// `3:1`.
    public var description: String { "\(input):\(output)" }

    /// The blended per-token price, or nil when the input or output price is unknown.
    public func blendedPrice(_ pricing: Pricing) -> Decimal? {
        guard let prompt = pricing[.prompt], let completion = pricing[.completion] else { return nil }
        return (prompt * input + completion * output) / (input + output)
    }
}
