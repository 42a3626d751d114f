import ModelCatalog

/// Decides the canonical `author/slug` of a provider's model id: a pure function of the
/// id, the provider and the ``ResolutionRules``, so every run and machine agrees.
///
/// The order, first decisive step wins:
/// 1. an explicit `[models]` entry for the source key or `provider:id`;
/// 2. the source's own canonical hint (gateway `canonical_slug`, models.dev `base_model`),
///    resolved by the steps below;
/// 3. the id itself: lowercased; vendor segments removed; split on `/` into a path and a
///    last segment; region prefixes stripped from the last segment; a dotted maker prefix
///    (`anthropic.`) split off; `[[rewrites]]` applied in order
///    (separators become dots: `3-5` → `3.5`); the maker taken from a known path or dotted
///    author, else the longest family prefix, else (for organization-path providers) the
///    path's organization; else the id falls back to `provider/id` (provider-scoped);
/// 4. a `[dated_aliases]` entry moves an undated id the maker points at one snapshot onto
///    that snapshot, keeping the undated id as an alias.
public struct IdentityResolver: Sendable {
    /// The rule name of ids no rule could attribute to a maker.
    public static let providerScopedRule = "provider-scoped"

    /// The tables the resolver applies.
    public let rules: ResolutionRules
    private let familyPrefixes: [(prefix: String, author: String)]
    private let rewriteMemo = RewriteMemo()

    /// A resolver over `rules`.
    public init(rules: ResolutionRules) {
        self.rules = rules
        familyPrefixes = rules.families.map { ($0.key, $0.value) }.sorted { ($0.prefix.count, $1.prefix) > ($1.prefix.count, $0.prefix) }
    }

    /// Resolves one entry (its source key, provider, provider model id and canonical hint).
    public func resolve(_ entry: ListingEntry) -> Resolution {
        resolve(providerModelID: entry.providerModelID, provider: entry.provider, sourceKey: entry.sourceKey, canonicalHint: entry.canonicalHint)
    }

    /// Resolves a provider's model id.
    public func resolve(providerModelID: String, provider: String, sourceKey: String? = nil, canonicalHint: String? = nil) -> Resolution {
        let canonicalProvider = rules.provider(provider)
        if let key = sourceKey, let id = rules.explicit[key] { return Resolution(id: id, rule: "explicit [models] \(key)") }
        if let id = rules.explicit["\(canonicalProvider):\(providerModelID)"] {
            return Resolution(id: id, rule: "explicit [models] \(canonicalProvider):\(providerModelID)")
        }
        if let hint = canonicalHint, let derived = derive(hint, provider: "") {
            return datedAlias(Resolution(id: derived.id, rule: "canonical hint \(hint): \(derived.rule)"))
        }
        guard let derived = derive(providerModelID, provider: canonicalProvider) else {
            return providerScoped(providerModelID, provider: canonicalProvider)
        }
        return datedAlias(derived)
    }

    private func datedAlias(_ resolution: Resolution) -> Resolution {
        guard let dated = rules.datedAliases[resolution.id] else { return resolution }
        return Resolution(id: dated, rule: "\(resolution.rule); dated alias \(resolution.id) → \(dated)", undatedAlias: resolution.id)
    }

    /// The maker and slug a rule can attribute `providerModelID` to, or nil.
    func derive(_ providerModelID: String, provider: String) -> Resolution? {
        var text = providerModelID.lowercased()
        for segment in rules.vendorSegments where text.contains(segment) {
            text = text.replacingOccurrences(of: segment, with: "/")
        }
        let segments = text.split(separator: "/").map(String.init).filter { !rules.nonAuthorSegments.contains($0) }
        guard var last = segments.last else { return nil }
        let path = segments.dropLast()
        for prefix in rules.regionPrefixes where last.hasPrefix(prefix) && last.count > prefix.count {
            last.removeFirst(prefix.count)
            break
        }
        var pathAuthor = path.last
        if let dot = last.firstIndex(of: "."), rules.authorAliases[String(last[..<dot])] != nil {
            pathAuthor = String(last[..<dot])
            last = String(last[last.index(after: dot)...])
        }
        let rewritten = rewriteMemo.outcome(last, provider: provider, rules: rules.rewrites) {
            var text = last
            var applied: [String] = []
            for rewrite in rules.rewrites where rewrite.applies(to: provider) {
                if let out = rewrite.apply(to: text) {
                    text = out
                    applied.append(rewrite.name)
                }
            }
            return (text, applied)
        }
        last = rewritten.text
        let applied = rewritten.applied
        if last.contains(":") { last = String(last.map { $0 == ":" ? "-" : $0 }) }
        guard let slug = ModelID.normalizedComponent(last) else { return nil }
        let shaped = applied.isEmpty ? "" : " + " + applied.joined(separator: ", ")
        if let pathAuthor, let author = rules.authorAliases[pathAuthor] {
            return Resolution(id: ModelID(author: author, slug: slug), rule: "author \(pathAuthor)\(shaped)")
        }
        if let family = familyPrefixes.first(where: { slug.hasPrefix($0.prefix) }) {
            return Resolution(id: ModelID(author: family.author, slug: slug), rule: "family \(family.prefix)\(shaped)")
        }
        if let pathAuthor, rules.organizationPathProviders.contains(provider), let author = ModelID.normalizedComponent(pathAuthor) {
            return Resolution(id: ModelID(author: author, slug: slug), rule: "organization path \(pathAuthor)/\(shaped)")
        }
        return nil
    }

    private func providerScoped(_ providerModelID: String, provider: String) -> Resolution {
        let author = ModelID.normalizedComponent(provider) ?? "unknown"
        let slug = ModelID.normalizedComponent(providerModelID.replacingOccurrences(of: "/", with: "-")) ?? "unnamed"
        return Resolution(id: ModelID(author: author, slug: slug), rule: Self.providerScopedRule)
    }
}
