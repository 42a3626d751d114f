import Foundation
import ModelCatalog

/// A change that looks wrong and deserves a reviewer's eye, with the reason in words.
public struct Anomaly: Hashable, Sendable {
    /// Which rule flagged it.
    public var kind: AnomalyKind
    /// The model concerned, if any (nil for a provider-wide anomaly).
    public var model: ModelID?
    /// The provider concerned, if any.
    public var provider: String?
    /// The provider's model id, for endpoint anomalies.
    public var providerModelID: String?
    /// The field concerned (`prompt`, `endpoints`, `model`, ...).
    public var field: String
    /// The base value.
    public var old: DiffValue?
    /// The head value.
    public var new: DiffValue?
    /// What was wrong, for people: a whole sentence naming the endpoint or provider.
    public var message: String
    /// The move in a few words for a table cell: `down ×1000`, `free → paid`, `lost 30%`.
    public var detail: String
    /// For price anomalies: where the rate sits in the price sheet.
    public var priceKey: PriceKey?
    /// How large the move is, for ordering within a kind (the price ratio, the share of endpoints lost).
    public var impact: Decimal

    /// An anomaly with all its facts.
    public init(
        kind: AnomalyKind, model: ModelID?, provider: String?, providerModelID: String?, field: String,
        old: DiffValue?, new: DiffValue?, message: String, detail: String = "", priceKey: PriceKey? = nil, impact: Decimal = 0
    ) {
        self.kind = kind
        self.model = model
        self.provider = provider
        self.providerModelID = providerModelID
        self.field = field
        self.old = old
        self.new = new
        self.message = message
        self.detail = detail
        self.priceKey = priceKey
        self.impact = impact
    }

    /// The order within a report: kind, then the largest move first, then the stable order.
    public static func impactOrder(_ lhs: Anomaly, _ rhs: Anomaly) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        if lhs.impact != rhs.impact { return lhs.impact > rhs.impact }
        return contractOrder(lhs, rhs)
    }

    /// Stable report order: kind, provider, model, provider model id, field.
    public static func contractOrder(_ lhs: Anomaly, _ rhs: Anomaly) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        if lhs.provider != rhs.provider { return (lhs.provider ?? "") < (rhs.provider ?? "") }
        if lhs.model != rhs.model { return (lhs.model?.description ?? "") < (rhs.model?.description ?? "") }
        if lhs.providerModelID != rhs.providerModelID { return (lhs.providerModelID ?? "") < (rhs.providerModelID ?? "") }
        return lhs.field < rhs.field
    }
}
