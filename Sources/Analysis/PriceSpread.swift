import Foundation

/// How far the prices of one model's providers spread: lowest, median and highest, exact.
public struct PriceSpread: Hashable, Sendable {
    /// The lowest price.
    public var min: Decimal
    /// The median; for an even count, the mean of the two middle prices.
    public var median: Decimal
    /// The highest price.
    public var max: Decimal
    /// How many prices.
    public var count: Int

    /// The spread of some prices, or nil when there are none.
    public init?(_ prices: [Decimal]) {
        guard !prices.isEmpty else { return nil }
        let sorted = prices.sorted()
        let middle = sorted.count / 2
        min = sorted[0]
        max = sorted[sorted.count - 1]
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        count = sorted.count
    }
}
