import Foundation

/// The thresholds that decide which changes are flagged as anomalies.
public struct DiffSettings: Hashable, Sendable {
    /// A price whose new/old ratio exceeds this factor, either way, is flagged (default 3).
    public var priceFactor: Decimal
    /// A provider losing more than this share of its base endpoints is flagged (default 0.2).
    public var providerLossShare: Decimal

    /// Settings with the documented defaults unless given.
    public init(priceFactor: Decimal = 3, providerLossShare: Decimal = Decimal(2) / 10) {
        self.priceFactor = priceFactor
        self.providerLossShare = providerLossShare
    }
}
