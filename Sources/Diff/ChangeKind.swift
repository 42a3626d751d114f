/// The kinds of change a catalog diff reports; the raw values are the JSON contract's `kind`.
public enum ChangeKind: String, CaseIterable, Hashable, Comparable, Sendable {
    /// A model (field `model`) or an endpoint (field `endpoint`) that only the head has.
    case added
    /// A model (field `model`) or an endpoint (field `endpoint`) that only the base has.
    case removed
    /// A rate of an endpoint's price sheet, a tier's or service tier's rate, or a multiplier.
    case price
    /// An endpoint's context length or maximum input tokens.
    case context
    /// An endpoint's maximum output tokens.
    case maxOutput = "max_output"
    /// A capability flag of an endpoint (tools, vision, ...).
    case capability
    /// The input or output modalities of an endpoint.
    case modality
    /// An endpoint's (or a model's) status or deprecation date.
    case deprecation
    /// The same provider model id now resolves to another canonical model id.
    case resolution
    /// A model's note or description.
    case note
    /// A provider's hand-written facts, or a provider appearing or disappearing.
    case provider

    /// Display order: what a reviewer reads first.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// A heading for report sections.
    public var title: String {
        switch self {
        case .added: "Added"
        case .removed: "Removed"
        case .price: "Price changes"
        case .context: "Context length changes"
        case .maxOutput: "Max output changes"
        case .capability: "Capability changes"
        case .modality: "Modality changes"
        case .deprecation: "Deprecations"
        case .resolution: "Canonical id changes"
        case .note: "Note changes"
        case .provider: "Provider changes"
        }
    }
}
