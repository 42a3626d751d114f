import Foundation

/// Bounds on a price read from a listing: a rate above ``maximum`` USD per unit (a token, a
/// request, an image) is a unit or typing mistake, refused rather than shown.
public enum PriceLimit {
    /// The largest price accepted, in USD per unit.
    public static let maximum: Decimal = 1_000_000

    /// The message for a price above ``maximum``.
    public static func message(_ price: Decimal) -> String {
        "expected a price of at most \(maximum) USD per unit, found \(price)"
    }

    /// Whether `text` is a plain decimal number: `-?digits[.digits][(e|E)[+-]digits]`.
    /// (`Decimal(string:)` alone reads `1.2.3` as 1.2 and `0.5-` as 0.5.)
    public static func isDecimalText(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        func digits() -> Int {
            let count = bytes.prefix(while: { $0 >= 0x30 && $0 <= 0x39 }).count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let whole = digits()
        var fraction = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fraction = digits()
        }
        guard whole + fraction > 0 else { return false }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}
