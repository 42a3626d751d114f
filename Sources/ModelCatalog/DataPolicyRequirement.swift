/// A data-policy requirement a reader can filter providers (and so endpoints) by. A provider
/// meets a requirement only when its published facts say so: an unknown fact never meets it.
public enum DataPolicyRequirement: String, CaseIterable, Hashable, Sendable {
    /// The provider's policy says prompts are not used for training (`trains_on_prompts = false`).
    case noTraining = "no-training"
    /// Zero data retention can be had: by default, self-serve or on request.
    case zeroRetentionAvailable = "zdr"
    /// Nothing is stored by default (`zero_retention = "default"` or `retention_days = 0`).
    case zeroRetentionByDefault = "zdr-default"

    /// Whether `provider`'s published facts meet the requirement.
    public func isMet(by provider: Provider) -> Bool {
        switch self {
        case .noTraining: provider.trainsOnPrompts == false
        case .zeroRetentionAvailable: provider.zeroRetention?.isAvailable == true || provider.retentionDays == 0
        case .zeroRetentionByDefault: provider.zeroRetention == .byDefault || provider.retentionDays == 0
        }
    }

    /// A short label for a filter control.
    public var label: String {
        switch self {
        case .noTraining: "no training on prompts"
        case .zeroRetentionAvailable: "zero retention available"
        case .zeroRetentionByDefault: "zero retention by default"
        }
    }
}
