import Foundation

/// How costs (USD amounts, not rates) are shown to people: rounded half-to-even to
/// 6 decimal places, trailing zeros trimmed down to 2 (`0.0105`, `12.50`); a non-zero
/// amount that rounds to zero shows as `<0.000001`. JSON output keeps the exact value.
public enum CostDisplay {
    /// The amount as text, without currency sign.
    public static func amount(_ value: Decimal) -> String {
        var exact = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 6, .bankers)
        if rounded.isZero && !value.isZero { return "<0.000001" }
        let text = "\(rounded)"
        let parts = text.split(separator: ".", maxSplits: 1)
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count > 2 && fraction.hasSuffix("0") { fraction.removeLast() }
        while fraction.count < 2 { fraction += "0" }
        return "\(parts.first.map(String.init) ?? "0").\(fraction)"
    }
}
