/// The kinds of suspicious change a diff flags; the raw values are the JSON contract's anomaly `kind`.
public enum AnomalyKind: String, CaseIterable, Hashable, Comparable, Sendable {
    /// A price moved by more than the configured factor, up or down.
    case priceFactor = "price_factor"
    /// A paid price became zero.
    case paidToFree = "paid_to_free"
    /// A zero price became paid.
    case freeToPaid = "free_to_paid"
    /// A provider lost more than the configured share of its endpoints.
    case providerLostEndpoints = "provider_lost_endpoints"
    /// A model with a note lost its last endpoint.
    case notedModelLostEndpoints = "noted_model_lost_endpoints"
    /// A provider model id now resolves to another canonical model id.
    case resolutionChanged = "resolution_changed"

    /// Display order.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// A short human label.
    public var title: String {
        switch self {
        case .priceFactor: "price moved by more than the allowed factor"
        case .paidToFree: "paid price became 0"
        case .freeToPaid: "free price became paid"
        case .providerLostEndpoints: "provider lost many endpoints"
        case .notedModelLostEndpoints: "model with a note lost its last endpoint"
        case .resolutionChanged: "provider id resolves to another model"
        }
    }
}
