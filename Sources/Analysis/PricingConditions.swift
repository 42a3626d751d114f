import Foundation
import ModelCatalog

/// Under which terms a usage is billed: the service tier, the time of the request
/// (for off-peak windows) and the multipliers (regional processing, ...) that apply.
public struct PricingConditions: Hashable, Sendable {
    /// `standard`, `batch`, `flex`, `priority`, ...; rates of another tier are never borrowed.
    public var serviceTier: ServiceTier
    /// When the request ran; decides whether an endpoint's off-peak rates apply. Nil: peak rates.
    public var time: Date?
    /// Names of multipliers to apply where the endpoint lists them, such as `regional_processing_uplift_eu`.
    public var multipliers: [String]

    /// Conditions; the default is standard rates at peak time with no multiplier.
    public init(serviceTier: ServiceTier = .standard, time: Date? = nil, multipliers: [String] = []) {
        self.serviceTier = serviceTier
        self.time = time
        self.multipliers = multipliers
    }

    /// The multiplier name for a processing region (`eu` → `regional_processing_uplift_eu`).
    public static func regionalMultiplier(_ region: String) -> String {
        "regional_processing_uplift_\(region.lowercased())"
    }
}
