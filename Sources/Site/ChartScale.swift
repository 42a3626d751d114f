import Foundation

/// Maps data values onto one axis of an SVG chart, linearly or by powers of ten, and
/// names the ticks. Coordinates are formatted with one decimal so output is deterministic.
struct ChartScale {
    enum Kind { case linear, log10 }

    let kind: Kind
    /// The domain in data units (for `log10`, exponents of ten).
    let low: Double
    let high: Double
    /// The pixel range; `start` maps from `low`.
    let start: Double
    let end: Double

    /// A log scale spanning whole powers of ten around the positive values.
    static func logarithmic(_ values: [Double], from start: Double, to end: Double) -> ChartScale {
        let positive = values.filter { $0 > 0 }
        let low = (positive.min().map { floor(log10($0)) }) ?? 0
        var high = (positive.max().map { ceil(log10($0)) }) ?? 1
        if high <= low { high = low + 1 }
        return ChartScale(kind: .log10, low: low, high: high, start: start, end: end)
    }

    /// A linear scale from zero (or the smallest value) to a little above the largest.
    static func linear(_ values: [Double], from start: Double, to end: Double, fromZero: Bool = true) -> ChartScale {
        let low = fromZero ? 0 : (values.min() ?? 0)
        var high = values.max() ?? 1
        if high <= low { high = low + 1 }
        if fromZero { high *= 1.1 }
        return ChartScale(kind: .linear, low: low, high: high, start: start, end: end)
    }

    /// The pixel position of a value.
    func position(_ value: Double) -> Double {
        let v = kind == .log10 ? log10(max(value, .leastNormalMagnitude)) : value
        return start + (v - low) / (high - low) * (end - start)
    }

    /// The ticks of a log scale: one per power of ten, with its data value.
    var powerTicks: [Double] {
        guard kind == .log10 else { return [] }
        return stride(from: low, through: high, by: 1).map { pow(10, $0) }
    }

    /// Evenly spaced ticks of a linear scale.
    func linearTicks(count: Int = 4) -> [Double] {
        guard kind == .linear, count > 0 else { return [] }
        return (0...count).map { low + (high - low) * Double($0) / Double(count) }
    }

    /// A coordinate as SVG text.
    static func coordinate(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
