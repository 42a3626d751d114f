import Foundation
import ModelCatalog

/// What a history record tracks about an endpoint: one rate, one multiplier, or a size limit.
///
/// Written as text in the history files: a rate as its component with `@service_tier` when
/// not standard and `>N` (strictly above) or `>=N` (at or above) for an input-size tier,
/// such as `prompt`, `prompt@batch`, `input_cache_read@priority>200000`; a multiplier as
/// `multiplier:NAME`; and `context_length`, `max_output_tokens`.
public enum HistoryField: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// A rate, USD per unit.
    case price(PriceKey)
    /// A multiplier by name.
    case multiplier(String)
    /// The endpoint's context length in tokens.
    case contextLength
    /// The endpoint's max output in tokens.
    case maxOutputTokens

    /// The text form.
    public var description: String {
        switch self {
        case .contextLength: return "context_length"
        case .maxOutputTokens: return "max_output_tokens"
        case .multiplier(let name): return "multiplier:\(name)"
        case .price(let key):
            var text = key.component.rawValue
            if key.serviceTier != .standard { text += "@\(key.serviceTier.rawValue)" }
            if let tier = key.tier { text += (tier.inclusive ? ">=" : ">") + String(tier.inputTokens) }
            return text
        }
    }

    /// Parses the text form; nil when malformed.
    public init?(_ text: String) {
        switch text {
        case "context_length": self = .contextLength
        case "max_output_tokens": self = .maxOutputTokens
        case _ where text.hasPrefix("multiplier:"):
            let name = String(text.dropFirst("multiplier:".count))
            guard !name.isEmpty else { return nil }
            self = .multiplier(name)
        default:
            var rest = Substring(text)
            var tier: PriceTier?
            if let mark = rest.firstIndex(of: ">") {
                var number = rest[rest.index(after: mark)...]
                let inclusive = number.hasPrefix("=")
                if inclusive { number = number.dropFirst() }
                guard let threshold = Int(number), threshold >= 0 else { return nil }
                tier = PriceTier(inputTokens: threshold, inclusive: inclusive)
                rest = rest[..<mark]
            }
            var serviceTier = ServiceTier.standard
            if let at = rest.firstIndex(of: "@") {
                let name = rest[rest.index(after: at)...]
                guard !name.isEmpty else { return nil }
                serviceTier = ServiceTier(String(name))
                rest = rest[..<at]
            }
            guard !rest.isEmpty else { return nil }
            self = .price(PriceKey(PriceComponent(String(rest)), serviceTier: serviceTier, tier: tier))
        }
    }

    /// Orders by text form.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }

    /// True for rates and multipliers (what a price change log lists).
    public var isPrice: Bool {
        switch self {
        case .price, .multiplier: true
        case .contextLength, .maxOutputTokens: false
        }
    }
}
