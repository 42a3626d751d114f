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
    /// What was wrong, for people.
    public var message: String

    /// An anomaly with all its facts.
    public init(
        kind: AnomalyKind, model: ModelID?, provider: String?, providerModelID: String?, field: String,
        old: DiffValue?, new: DiffValue?, message: String
    ) {
        self.kind = kind
        self.model = model
        self.provider = provider
        self.providerModelID = providerModelID
        self.field = field
        self.old = old
        self.new = new
        self.message = message
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
