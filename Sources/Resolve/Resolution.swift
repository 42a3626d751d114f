import ModelCatalog

/// The canonical id chosen for one listing entry and the rule that decided it.
public struct Resolution: Hashable, Sendable {
    public var id: ModelID
    /// A short name of the deciding rule, such as `explicit alias`, `family claude-` or `provider-scoped`.
    public var rule: String

    public init(id: ModelID, rule: String) {
        self.id = id
        self.rule = rule
    }

    /// True when no rule knew the maker and the id fell back to the provider's namespace.
    public var isProviderScoped: Bool { rule == IdentityResolver.providerScopedRule }
}
