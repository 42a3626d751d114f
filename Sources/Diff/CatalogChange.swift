import Foundation
import ModelCatalog

/// One thing that differs between two catalogs, for one model, endpoint or provider.
///
/// `model` is nil only for provider changes; `provider` is nil for model-level changes.
/// A missing `old` means the fact is new; a missing `new` means it is gone.
public struct CatalogChange: Hashable, Sendable {
    /// What kind of change this is.
    public var kind: ChangeKind
    /// The canonical model id (the head's, or the base's for removals).
    public var model: ModelID?
    /// The provider id for endpoint and provider changes.
    public var provider: String?
    /// The provider's own model id for endpoint changes.
    public var providerModelID: String?
    /// What changed: `model`, `endpoint`, a price field (`prompt`, `batch/prompt`, `prompt >200000`), `context_length`, a capability name, ...
    public var field: String
    /// The base value; nil when the fact is new.
    public var old: DiffValue?
    /// The head value; nil when the fact is gone.
    public var new: DiffValue?
    /// For price changes: where the rate sits in the price sheet (nil for multipliers and off-peak windows);
    /// for endpoints added or removed: the standard prompt rate, which `old`/`new` then carry.
    public var priceKey: PriceKey?
    /// The anomalies this change raised, if any.
    public var anomalies: [AnomalyKind]

    /// A change with no anomalies yet.
    public init(
        kind: ChangeKind, model: ModelID?, provider: String? = nil, providerModelID: String? = nil, field: String,
        old: DiffValue?, new: DiffValue?, priceKey: PriceKey? = nil, anomalies: [AnomalyKind] = []
    ) {
        self.kind = kind
        self.model = model
        self.provider = provider
        self.providerModelID = providerModelID
        self.field = field
        self.old = old
        self.new = new
        self.priceKey = priceKey
        self.anomalies = anomalies
    }

    /// The absolute change of a price or count (new − old), when both sides are numbers.
    public var delta: Decimal? {
        guard let old = old?.number, let new = new?.number else { return nil }
        return new - old
    }

    /// The relative change in percent ((new − old) / old × 100), when both sides are numbers and old is not zero.
    public var percent: Decimal? {
        guard let old = old?.number, let new = new?.number, !old.isZero else { return nil }
        return (new - old) / old * 100
    }

    /// How much the change matters for ordering a report: anomalies first, then the size of the relative move.
    public var impact: Decimal {
        let flagged: Decimal = anomalies.isEmpty ? 0 : 1_000_000_000
        if let percent { return flagged + abs(percent) }
        if old == nil || new == nil, kind == .price { return flagged + 100 }
        return flagged
    }

    /// The order of changes in every report: kind, model, provider, provider model id, then field.
    public static func contractOrder(_ lhs: CatalogChange, _ rhs: CatalogChange) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        if lhs.model != rhs.model {
            guard let l = lhs.model else { return true }
            guard let r = rhs.model else { return false }
            return l < r
        }
        if lhs.provider != rhs.provider { return (lhs.provider ?? "") < (rhs.provider ?? "") }
        if lhs.providerModelID != rhs.providerModelID { return (lhs.providerModelID ?? "") < (rhs.providerModelID ?? "") }
        if let l = lhs.priceKey, let r = rhs.priceKey, l != r { return l < r }
        return lhs.field < rhs.field
    }

    /// The order within a report section: highest impact first, then the contract order.
    public static func impactOrder(_ lhs: CatalogChange, _ rhs: CatalogChange) -> Bool {
        let l = lhs.impact, r = rhs.impact
        if l != r { return l > r }
        return contractOrder(lhs, rhs)
    }
}
