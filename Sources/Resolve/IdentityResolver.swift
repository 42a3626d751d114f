import ModelCatalog

/// Decides the canonical `author/slug` of a provider's model id: a pure function of the
/// id, the provider and the ``ResolutionRules``, so every run and machine agrees.
public struct IdentityResolver: Sendable {
    public static let providerScopedRule = "provider-scoped"

    public let rules: ResolutionRules
    private let familyPrefixes: [(prefix: String, author: String)]

    public init(rules: ResolutionRules) {
        self.rules = rules
        familyPrefixes = rules.families.map { ($0.key, $0.value) }.sorted { ($0.prefix.count, $1.prefix) > ($1.prefix.count, $0.prefix) }
    }

    /// Resolves one entry (its source key, provider and provider model id).
    public func resolve(_ entry: ListingEntry) -> Resolution {
        resolve(providerModelID: entry.providerModelID, provider: entry.provider, sourceKey: entry.sourceKey)
    }

    /// Resolves a provider's model id.
    public func resolve(providerModelID: String, provider: String, sourceKey: String? = nil) -> Resolution {
        let canonicalProvider = rules.provider(provider)
        if let key = sourceKey, let id = rules.explicit[key] { return Resolution(id: id, rule: "explicit alias \(key)") }
        if let id = rules.explicit["\(canonicalProvider):\(providerModelID)"] {
            return Resolution(id: id, rule: "explicit alias \(canonicalProvider):\(providerModelID)")
        }

        var text = providerModelID.lowercased()
        for segment in rules.vendorSegments where text.contains(segment) {
            text = text.replacingOccurrences(of: segment, with: "")
        }
        for prefix in rules.regionPrefixes where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            break
        }
        // `author/slug` paths (gateways, Together, DeepInfra) or `author.slug` (Bedrock).
        var pathAuthor: String?
        var slugText = text
        if let slash = text.lastIndex(of: "/") {
            let head = text[..<slash]
            pathAuthor = head.split(separator: "/").last.map(String.init)
            slugText = String(text[text.index(after: slash)...])
        } else if let dot = text.firstIndex(of: "."), rules.authorAliases[String(text[..<dot])] != nil {
            pathAuthor = String(text[..<dot])
            slugText = String(text[text.index(after: dot)...])
        }
        for pattern in rules.versionSuffixes {
            if let start = SuffixPattern.matchStart(of: pattern, in: slugText), start > slugText.startIndex {
                slugText = String(slugText[..<start])
                break
            }
        }
        guard let slug = ModelID.normalizedComponent(slugText.replacingOccurrences(of: ":", with: "-")) else {
            return providerScoped(providerModelID, provider: canonicalProvider)
        }
        for family in familyPrefixes where slug.hasPrefix(family.prefix) {
            return Resolution(id: ModelID(author: family.author, slug: slug), rule: "family \(family.prefix)")
        }
        if let pathAuthor, let author = rules.authorAliases[pathAuthor] {
            return Resolution(id: ModelID(author: author, slug: slug), rule: "author path \(pathAuthor)/")
        }
        return providerScoped(providerModelID, provider: canonicalProvider)
    }

    private func providerScoped(_ providerModelID: String, provider: String) -> Resolution {
        let author = ModelID.normalizedComponent(provider) ?? "unknown"
        let slug = ModelID.normalizedComponent(providerModelID.replacingOccurrences(of: "/", with: "-")) ?? "unnamed"
        return Resolution(id: ModelID(author: author, slug: slug), rule: Self.providerScopedRule)
    }
}
