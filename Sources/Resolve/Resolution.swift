import ModelCatalog

/// The canonical id chosen for one listing entry and the rule that decided it.
public struct Resolution: Hashable, Sendable {
    /// The canonical model id.
    public var id: ModelID
    /// A short description of the deciding rule, such as `explicit alias ...`, `family claude-`
    /// or `provider-scoped`, followed by the rewrites that shaped the slug.
    public var rule: String
    /// The undated id the entry named before a `[dated_aliases]` rule moved it to a dated
    /// snapshot; the merge records it as an alias of ``id``.
    public var undatedAlias: ModelID?

    /// A resolution to `id` decided by `rule`.
    public init(id: ModelID, rule: String, undatedAlias: ModelID? = nil) {
        self.id = id
        self.rule = rule
        self.undatedAlias = undatedAlias
    }

    /// True when no rule knew the maker and the id fell back to the provider's namespace.
    public var isProviderScoped: Bool { rule == IdentityResolver.providerScopedRule }
}
