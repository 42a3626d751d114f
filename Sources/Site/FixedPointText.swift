import Foundation

/// A `Double` written with a fixed number of decimals, the bytes `String(format: "%.Nf")`
/// gives (C's `printf`: the exact binary value rounded half to even, `-` kept for negative
/// values that round to zero), without Foundation's format machinery (an `NSString` and a
/// format parse per number, which showed in the page profile for chart coordinates).
enum FixedPointText {
    /// `value` with `decimals` decimals (0 to 6); values outside ±10¹² and non-finite ones
    /// go through `String(format:)`.
    static func text(_ value: Double, decimals: Int) -> String {
        guard (0...6).contains(decimals), value.isFinite, abs(value) < 1e12 else {
            return String(format: "%.\(decimals)f", value)
        }
        let scale = Double(powersOfTen[decimals])
        let magnitude = abs(value)
        // magnitude × scale = product + error exactly (the error-free product by fma).
        let product = magnitude * scale
        let error = (-product).addingProduct(magnitude, scale)
        var whole = product.rounded(.down)
        let fraction = product - whole
        // Below 2⁵² the fraction and 0.5 are multiples of the product's ulp, which is more
        // than twice the error: only an exact half needs the error to decide.
        if fraction > 0.5 || (fraction == 0.5 && (error > 0 || (error == 0 && whole.truncatingRemainder(dividingBy: 2) == 1))) {
            whole += 1
        }
        let scaled = Int(whole), unit = powersOfTen[decimals]
        var text = value.sign == .minus ? "-" : ""
        text += String(scaled / unit)
        guard decimals > 0 else { return text }
        let fractionDigits = String(scaled % unit)
        text += "."
        text += String(repeating: "0", count: decimals - fractionDigits.utf8.count)
        text += fractionDigits
        return text
    }

    /// 10⁰ through 10⁶.
    private static let powersOfTen = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000]
}
