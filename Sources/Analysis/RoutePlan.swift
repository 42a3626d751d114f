import Foundation
import ModelCatalog

/// The order a router following the catalog tries a model's endpoints in, and why
/// every other endpoint was left out.
public struct RoutePlan: Hashable, Sendable {
    /// An endpoint left out, with every reason that applies.
    public struct Exclusion: Hashable, Sendable {
        /// The endpoint.
        public var endpoint: Endpoint
        /// Why, in check order.
        public var reasons: [ExclusionReason]
    }

    /// The model planned for.
    public var model: ModelID
    /// Endpoints to try, first choice first.
    public var order: [Endpoint]
    /// Endpoints left out, by provider then provider model id.
    public var excluded: [Exclusion]
}

/// Why a route left an endpoint out.
public enum ExclusionReason: Hashable, Sendable, CustomStringConvertible {
    /// The provider is not in `--only`.
    case notInOnly
    /// The provider is in `--ignore`.
    case ignored
    /// The endpoint is marked deprecated.
    case deprecated
    /// The endpoint says it lacks a required capability.
    case unsupported(Capability)
    /// The sources do not say whether the endpoint has a required capability.
    case capabilityUnknown(Capability)
    /// The input price is above the limit (price, limit; USD per token).
    case promptPriceAbove(Decimal, limit: Decimal)
    /// The input price is unknown while a limit is set.
    case promptPriceUnknown
    /// The output price is above the limit (price, limit; USD per token).
    case completionPriceAbove(Decimal, limit: Decimal)
    /// The output price is unknown while a limit is set.
    case completionPriceUnknown
    /// The quantization is not one of those asked for (nil: not listed).
    case quantization(String?)

    /// A short machine-readable code, for JSON.
    public var code: String {
        switch self {
        case .notInOnly: "not_in_only"
        case .ignored: "ignored"
        case .deprecated: "deprecated"
        case .unsupported: "unsupported_capability"
        case .capabilityUnknown: "capability_unknown"
        case .promptPriceAbove: "input_price_above_limit"
        case .promptPriceUnknown: "input_price_unknown"
        case .completionPriceAbove: "output_price_above_limit"
        case .completionPriceUnknown: "output_price_unknown"
        case .quantization: "quantization"
        }
    }

    /// Readable, prices per 1M tokens.
    public var description: String {
        switch self {
        case .notInOnly: "provider not in --only"
        case .ignored: "provider in --ignore"
        case .deprecated: "deprecated"
        case .unsupported(let capability): "does not support \(capability)"
        case .capabilityUnknown(let capability): "\(capability) support unknown"
        case .promptPriceAbove(let price, let limit):
            "input price \(PriceDisplay.perMillionText(price))/1M above limit \(PriceDisplay.perMillionText(limit))/1M"
        case .promptPriceUnknown: "input price unknown"
        case .completionPriceAbove(let price, let limit):
            "output price \(PriceDisplay.perMillionText(price))/1M above limit \(PriceDisplay.perMillionText(limit))/1M"
        case .completionPriceUnknown: "output price unknown"
        case .quantization(let value): "quantization \(value ?? "not listed") not requested"
        }
    }
}
