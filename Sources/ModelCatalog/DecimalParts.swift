import Foundation

/// The sign, exponent and 64-bit significand of a `Decimal`, for writing its digits without
/// `description`. Read from the value's storage (swift-foundation's layout: exponent byte,
/// then length and flag bits, then a 128-bit mantissa), because the fields are not public
/// on Linux; nil when the significand needs more than 64 bits, the value is zero or NaN,
/// the parts disagree with the public `exponent` and `sign`, or the layout is not the one
/// expected (checked once against `description`), so a toolchain with another layout only
/// loses speed, never correctness.
public struct DecimalParts: Sendable {
    /// Whether the value is below zero.
    public let isNegative: Bool
    /// The power of ten the significand is multiplied by.
    public let exponent: Int
    /// The value's digits, without sign or decimal point.
    public let significand: UInt64

    /// The parts of `value`, or nil when the fast path does not apply (see the type's comment).
    public init?(_ value: Decimal) {
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

    /// The value as `Decimal.description` writes it (plain digits, `-`, one `.`, no
    /// exponent), handed to `body` as ASCII bytes without allocating.
    public func withPlainText<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        // At most 20 digits, a sign, "0." and 128 zeros of exponent.
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 160) { text in
            // The digits, last first.
            var reversed = (UInt64(0), UInt64(0), UInt64(0))
            var digitCount = 0
            var significand = self.significand
            withUnsafeMutableBytes(of: &reversed) { raw in
                repeat {
                    raw[digitCount] = UInt8(truncatingIfNeeded: significand % 10) | 0x30
                    significand /= 10
                    digitCount += 1
                } while significand != 0
            }
            var count = 0
            func append(_ byte: UInt8) {
                text[count] = byte
                count += 1
            }
            if isNegative { append(0x2D) }
            withUnsafeBytes(of: &reversed) { raw in
                if exponent >= 0 {
                    for index in stride(from: digitCount - 1, through: 0, by: -1) { append(raw[index]) }
                    for _ in 0..<exponent { append(0x30) }
                } else if -exponent < digitCount {
                    let point = -exponent
                    for index in stride(from: digitCount - 1, through: point, by: -1) { append(raw[index]) }
                    append(0x2E)
                    for index in stride(from: point - 1, through: 0, by: -1) { append(raw[index]) }
                } else {
                    append(0x30)
                    append(0x2E)
                    for _ in 0..<(-exponent - digitCount) { append(0x30) }
                    for index in stride(from: digitCount - 1, through: 0, by: -1) { append(raw[index]) }
                }
            }
            return try body(UnsafeBufferPointer(rebasing: text[0..<count]))
        }
    }

    /// `value.description`, made from the parts when the fast path applies.
    public static func plainText(_ value: Decimal) -> String {
        guard let parts = DecimalParts(value) else { return value.description }
        return parts.withPlainText { String(decoding: $0, as: UTF8.self) }
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
    public static let layoutIsKnown: Bool = {
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
