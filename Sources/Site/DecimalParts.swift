import Foundation

/// The sign, exponent and 64-bit significand of a `Decimal`, for writing its digits without
/// `description`. Read from the value's storage (swift-foundation's layout: exponent byte,
/// then length and flag bits, then a 128-bit mantissa), because the fields are not public
/// on Linux; nil when the significand needs more than 64 bits, the value is zero or NaN,
/// the parts disagree with the public `exponent` and `sign`, or the layout is not the one
/// expected (checked once against `description`), so a toolchain with another layout only
/// loses speed, never correctness.
struct DecimalParts {
    let isNegative: Bool
    let exponent: Int
    let significand: UInt64

    init?(_ value: Decimal) {
        guard DecimalParts.layoutIsKnown, let parts = DecimalParts(raw: value),
            parts.exponent == value.exponent, parts.isNegative == (value.sign == .minus)
        else { return nil }
        self = parts
    }

    private init(isNegative: Bool, exponent: Int, significand: UInt64) {
        self.isNegative = isNegative
        self.exponent = exponent
        self.significand = significand
    }

    /// The parts as stored, without the checks.
    private init?(raw value: Decimal) {
        guard MemoryLayout<Decimal>.size == 20 else { return nil }
        guard let parts = withUnsafeBytes(of: value, { raw -> DecimalParts? in
            let flags = raw[1]
            let length = Int(flags >> 4)
            guard length >= 1, length <= 4 else { return nil }
            var significand: UInt64 = 0
            for index in 0..<length {
                significand |= (UInt64(raw[4 + 2 * index]) | UInt64(raw[5 + 2 * index]) << 8) << (16 * index)
            }
            return DecimalParts(isNegative: flags & 0x08 != 0, exponent: Int(Int8(bitPattern: raw[0])), significand: significand)
        }) else { return nil }
        self = parts
    }

    /// Whether this toolchain's `Decimal` is stored as expected: the parts of a few values
    /// give back their `description`.
    static let layoutIsKnown: Bool = {
        let samples = ["0.0000033", "-0.5", "65536", "-65537.5", "1E-20", "18446744073709551615", "2500", "0.000000165"]
        return samples.allSatisfy { text in
            guard let value = Decimal(string: text), let parts = DecimalParts(raw: value) else { return false }
            let digits = String(parts.significand)
            let plain: String
            if parts.exponent >= 0 {
                plain = digits + String(repeating: "0", count: parts.exponent)
            } else if -parts.exponent < digits.count {
                plain = String(digits.dropLast(-parts.exponent)) + "." + String(digits.suffix(-parts.exponent))
            } else {
                plain = "0." + String(repeating: "0", count: -parts.exponent - digits.count) + digits
            }
            return (parts.isNegative ? "-" : "") + plain == value.description
        }
    }()
}
