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

    /// A per-token rate shown per 1M tokens, without currency sign.
    public static func perMillionText(_ perToken: Decimal?) -> String {
        guard let perToken else { return "—" }
        return amountText(perMillion(perToken))
    }

    /// A per-unit rate (an image, a request) shown as is, without currency sign.
    public static func amountText(_ amount: Decimal) -> String {
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

    /// A token count shown compactly: `128000` → `128K`, `1048576` → `1.05M`.
    public static func tokens(_ count: Int?) -> String {
        guard let count else { return "—" }
        if count >= 1_000_000 {
            let millions = Double(count) / 1_000_000
            return millions == millions.rounded() ? "\(Int(millions))M" : String(format: "%.2fM", millions).replacingOccurrences(of: "0M", with: "M")
        }
        if count >= 1000 {
            return count % 1000 == 0 ? "\(count / 1000)K" : String(format: "%.1fK", Double(count) / 1000)
        }
        return "\(count)"
    }
}
