import Foundation
import ModelCatalog

/// Reads a gateway `pricing` object (`/api/v1/models` and its endpoints list): every price a
/// decimal string in USD per unit, read exactly with `Decimal(string:)`.
///
/// A negative price (the gateway writes `"-1"` for routers whose price depends on the model
/// they pick) means *unknown*: the rate is left out, never stored as zero, and a warning says so.
public enum GatewayPricing {
    /// The price keys of the gateway, each the ``PriceComponent`` of the same name.
    public static let priceKeys: Set<String> = [
        "prompt", "completion", "request", "image", "image_output", "image_token", "audio", "audio_output",
        "web_search", "internal_reasoning", "input_cache_read", "input_cache_write", "input_cache_write_1h",
        "input_cache_write_5m",
    ]

    /// Keys that are not prices in the gateway's vocabulary.
    static let otherKeys: Set<String> = ["discount", "overrides"]

    /// Reads the rates of a pricing object into `pricing` (under `tier`, if given).
    /// Returns the number of rates that were negative, that is unknown.
    @discardableResult
    public static func read(_ object: JSONObjectReader, into pricing: inout Pricing, tier: PriceTier? = nil, extraKeys: Set<String> = [], _ log: inout DiagnosticLog) -> Int {
        var unknown = 0
        for key in object.object.keys.sorted() {
            if extraKeys.contains(key) { continue }
            guard priceKeys.contains(key) else {
                if !otherKeys.contains(key) { log.warnings.append(.warning(object.file, at: object.keyPath(key), "unknown price key; not read")) }
                continue
            }
            switch price(object, key, &log) {
            case .some(.some(let rate)): pricing.setRate(rate, for: PriceKey(PriceComponent(key), tier: tier))
            case .some(.none): unknown += 1
            case .none: break
            }
        }
        if tier == nil, let discount = object.value("discount") {
            if let value = decimal(discount), value >= 0, value <= 1 {
                if value != 0 { pricing.multipliers["discount"] = value }
            } else {
                log.errors.append(.error(object.file, at: object.keyPath("discount"), "expected a fraction between 0 and 1 (a number or decimal string), found \(discount.typeName)"))
            }
        }
        return unknown
    }

    /// One price: nil when missing or wrong (an error is logged), `.some(nil)` when the gateway
    /// says it is unknown (negative), otherwise the exact rate.
    static func price(_ object: JSONObjectReader, _ key: String, _ log: inout DiagnosticLog) -> Decimal?? {
        guard let value = object.value(key) else { return nil }
        guard let rate = decimal(value) else {
            log.errors.append(.error(object.file, at: object.keyPath(key), "expected a price as a decimal string in USD, found \(value.typeName)\(value.stringValue.map { " \"\($0)\"" } ?? "")"))
            return nil
        }
        if rate > PriceLimit.maximum {
            log.errors.append(.error(object.file, at: object.keyPath(key), PriceLimit.message(rate)))
            return nil
        }
        if rate < 0 {
            log.warnings.append(.warning(object.file, at: object.keyPath(key), "price \(rate) means variable or unknown; recorded as unknown"))
            return .some(nil)
        }
        return .some(rate)
    }

    /// A decimal string (the gateway's form) or a JSON number, exactly.
    static func decimal(_ value: JSONValue) -> Decimal? {
        switch value {
        case .number(let number): return number
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard PriceLimit.isDecimalText(trimmed),
                let number = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX")), !number.isNaN
            else { return nil }
            return number
        default: return nil
        }
    }
}
