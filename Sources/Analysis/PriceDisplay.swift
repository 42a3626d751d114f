import Foundation
import ModelCatalog

/// How prices are shown to people: per-token rates as USD per 1M tokens.
///
/// Rule (also in docs/json.md): the exact rate is multiplied by 1,000,000, rounded
/// half-to-even to 4 decimal places, trailing zeros trimmed down to 2 decimals
/// (`3` → `3.00`, `0.075` → `0.075`). A rate that rounds to zero but is not zero shows
/// as `<0.0001`. Unknown shows as `—`; only display rounds, never the stored value.
public enum PriceDisplay {
    private static let million = Decimal(1_000_000)

    /// The rate per 1M tokens, exact.
    public static func perMillion(_ perToken: Decimal) -> Decimal {
        perToken * million
    }

    /// A per-token rate per 1M tokens both ways at once: as shown (``perMillionText(_:)``)
    /// and exact, as `Decimal.description` writes it (nil when unknown): the exact value is
    /// what pages put in `data-` attributes for sorting and currency conversion.
    public static func perMillionTexts(_ perToken: Decimal?) -> (shown: String, exact: String?) {
        guard let perToken else { return ("—", nil) }
        let rate = perMillion(perToken)
        return (amountText(rate), DecimalParts.plainText(rate))
    }

    /// A per-token rate shown per 1M tokens, without currency sign.
    public static func perMillionText(_ perToken: Decimal?) -> String {
        guard let perToken else { return "—" }
        return amountText(perMillion(perToken))
    }

    /// A per-unit rate (an image, a request) shown as is, without currency sign.
    public static func amountText(_ amount: Decimal) -> String {
        if amount.isZero { return "0.00" }
        guard let parts = DecimalParts(amount) else { return amountTextByRounding(amount) }
        // Round half-to-even to 4 decimals on the integer significand.
        var digits = parts.significand, fractionDigits = max(0, -parts.exponent)
        if fractionDigits > 4 {
            let dropped = fractionDigits - 4
            fractionDigits = 4
            if dropped > 19 {
                digits = 0  // below half of the last kept decimal: the significand has at most 20 digits
            } else {
                let divisor = powersOfTen[dropped], remainder = digits % divisor, half = divisor / 2
                digits /= divisor
                if remainder > half || (remainder == half && digits % 2 == 1) { digits += 1 }
            }
        }
        if digits == 0 { return "<0.0001" }
        var text = String(digits)
        if parts.exponent > 0 { text += String(repeating: "0", count: parts.exponent) }
        if text.utf8.count <= fractionDigits { text = String(repeating: "0", count: fractionDigits - text.utf8.count + 1) + text }
        var integer = text.dropLast(fractionDigits), fraction = text.suffix(fractionDigits)
        while fraction.utf8.count > 2 && fraction.hasSuffix("0") { fraction = fraction.dropLast() }
        if integer.isEmpty { integer = "0" }
        return (parts.isNegative ? "-" : "") + integer + "." + fraction + String(repeating: "0", count: max(0, 2 - fraction.utf8.count))
    }

    /// ``amountText(_:)`` through Foundation's rounding and `description`: the general path,
    /// for values whose digits do not fit 64 bits.
    static func amountTextByRounding(_ amount: Decimal) -> String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 4, .bankers)
        if rounded.isZero && !amount.isZero { return "<0.0001" }
        var text = "\(rounded)"
        if !text.contains(".") { text += ".00" }
        let parts = text.split(separator: ".", maxSplits: 1)
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count > 2 && fraction.hasSuffix("0") { fraction.removeLast() }
        while fraction.count < 2 { fraction += "0" }
        return "\(parts[0]).\(fraction)"
    }

    /// 10⁰ through 10¹⁹, the powers of ten a `UInt64` holds.
    private static let powersOfTen: [UInt64] = (0...19).map { exponent in (0..<exponent).reduce(UInt64(1)) { product, _ in product * 10 } }

    /// A token count shown compactly: `128000` → `128K`, `1048576` → `1.05M`.
    public static func tokens(_ count: Int?) -> String {
        guard let count else { return "—" }
        if count >= 1_000_000 {
            if count % 1_000_000 == 0 { return "\(count / 1_000_000)M" }
            // Two decimals of the millions, rounded to nearest; a tie (…5000) goes to the
            // C library, whose binary rounding of count / 1e6 decides it.
            let remainder = count % 10_000
            guard remainder != 5_000, count < 1 << 40 else { return tokensByFormat(count) }
            let hundredths = count / 10_000 + (remainder > 5_000 ? 1 : 0)
            let text = "\(hundredths / 100)." + twoDigits(hundredths % 100)
            return (text.hasSuffix("0") ? String(text.dropLast()) : text) + "M"
        }
        if count >= 1000 {
            if count % 1000 == 0 { return "\(count / 1000)K" }
            let remainder = count % 100
            guard remainder != 50 else { return tokensByFormat(count) }
            let tenths = count / 100 + (remainder > 50 ? 1 : 0)
            return "\(tenths / 10).\(tenths % 10)K"
        }
        return "\(count)"
    }

    /// ``tokens(_:)`` of a count of at least 1,000 that is not a whole thousand or million,
    /// through `String(format:)`: the general path, used for ties.
    static func tokensByFormat(_ count: Int) -> String {
        if count >= 1_000_000 {
            return String(format: "%.2fM", Double(count) / 1_000_000).replacingOccurrences(of: "0M", with: "M")
        }
        return String(format: "%.1fK", Double(count) / 1000)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
