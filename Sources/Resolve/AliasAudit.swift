import ModelCatalog

/// Checks of `aliases.toml` against the entries of the catalog: explicit `[models]` keys
/// and `[dated_aliases]` that match nothing are reported, since they are typos or stale.
public enum AliasAudit {
    /// Warnings for `[models]` keys matching no source key nor `provider:id`, and
    /// `[dated_aliases]` keys no entry resolves to; sorted.
    public static func unmatched(rules: ResolutionRules, entries: [ListingEntry], file: String = "aliases.toml") -> [Diagnostic] {
        var keys: Set<String> = []
        for entry in entries {
            keys.insert(entry.sourceKey)
            keys.insert("\(rules.provider(entry.provider)):\(entry.providerModelID)")
        }
        var out: [Diagnostic] = rules.explicit.keys.filter { !keys.contains($0) }.sorted().map {
            .warning(file, at: "models.\"\($0)\"", "matches no entry of any source (neither a source key nor PROVIDER:ID)")
        }
        let resolver = IdentityResolver(rules: rules)
        var used: Set<ModelID> = []
        for entry in entries {
            if let undated = resolver.resolve(entry).undatedAlias { used.insert(undated) }
        }
        out += rules.datedAliases.keys.filter { !used.contains($0) }.sorted().map {
            .warning(file, at: "dated_aliases.\"\($0)\"", "no entry of any source resolves to this id")
        }
        return out
    }
}
