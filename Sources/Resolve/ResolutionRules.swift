import Foundation
import Ingest
import ModelCatalog

/// The data-driven tables that turn a provider's model id into a canonical `author/slug`,
/// read from the catalog's `aliases.toml` (so maintainers change rules in a reviewed file,
/// not in code). ``IdentityResolver`` documents the order in which they apply.
public struct ResolutionRules: Sendable {
    /// Provider names as sources spell them → canonical provider id (`bedrock_converse` → `bedrock`).
    public var providerAliases: [String: String]
    /// Region and deployment prefixes stripped from the last path segment of an id (`us.`, `eu.`, `global.`).
    public var regionPrefixes: [String]
    /// Vendor path segments removed from ids wherever they occur (`accounts/fireworks/models/`).
    public var vendorSegments: [String]
    /// Path or dotted prefixes in provider ids that name a maker (`meta-llama`, `meta`, `deepseek-ai`): prefix → author.
    public var authorAliases: [String: String]
    /// Path segments that are never a maker (`invoke`, `us-gov-east-1`): skipped when looking for the author in a path.
    public var nonAuthorSegments: Set<String>
    /// Providers whose ids are Hugging Face style `org/model` paths, where an org not listed in
    /// ``authorAliases`` is still taken as the maker (lowercased).
    public var organizationPathProviders: Set<String>
    /// Slug prefixes that identify the maker of a model family (`claude-` → `anthropic`), longest match wins.
    public var families: [String: String]
    /// Ordered slug rewrites: separators, provider naming schemes, casing quirks.
    public var rewrites: [RewriteRule]
    /// Undated ids the maker documents as pointing at one dated snapshot: canonical undated id → dated id.
    /// Entries resolving to the undated id become endpoints of the dated model; the undated id is kept as an alias.
    public var datedAliases: [ModelID: ModelID]
    /// Explicit mappings that always win: a source key or `provider:id` → canonical id.
    public var explicit: [String: ModelID]

    /// Rules from tables already in memory (tests build small rule sets this way).
    public init(
        providerAliases: [String: String] = [:], regionPrefixes: [String] = [], vendorSegments: [String] = [],
        authorAliases: [String: String] = [:], nonAuthorSegments: Set<String> = [],
        organizationPathProviders: Set<String> = [], families: [String: String] = [:], rewrites: [RewriteRule] = [],
        datedAliases: [ModelID: ModelID] = [:], explicit: [String: ModelID] = [:]
    ) {
        self.providerAliases = providerAliases
        self.regionPrefixes = regionPrefixes
        self.vendorSegments = vendorSegments
        self.authorAliases = authorAliases
        self.nonAuthorSegments = nonAuthorSegments
        self.organizationPathProviders = organizationPathProviders
        self.families = families
        self.rewrites = rewrites
        self.datedAliases = datedAliases
        self.explicit = explicit
    }

    /// Reads `aliases.toml`; every problem is reported with its key path.
    public init(_ data: Data, file: String = "aliases.toml") throws(DiagnosticsError) {
        let root: TOMLTableReader
        do { root = TOMLTableReader(try TOMLDocument(data, file: file)) } catch { throw DiagnosticsError([error]) }
        var errors: [Diagnostic] = []
        func stringMap(_ key: String) -> [String: String] {
            do {
                guard let table = try root.table(key) else { return [:] }
                var out: [String: String] = [:]
                for name in table.values.keys { out[name] = try table.requiredString(name) }
                return out
            } catch {
                errors.append(error)
                return [:]
            }
        }
        func list(_ table: TOMLTableReader?, _ key: String) -> [String] {
            do { return try table?.strings(key) ?? [] } catch { errors.append(error); return [] }
        }
        func modelID(_ value: String, at location: String) -> ModelID? {
            if let id = ModelID(value) { return id }
            errors.append(.error(file, at: location, "expected a canonical id 'author/slug' (lowercase), found '\(value)'"))
            return nil
        }
        self.init()
        providerAliases = stringMap("providers")
        authorAliases = stringMap("authors")
        families = stringMap("families")
        var rules: TOMLTableReader?
        do { rules = try root.table("rules") } catch { errors.append(error) }
        regionPrefixes = list(rules, "region_prefixes")
        vendorSegments = list(rules, "vendor_segments")
        nonAuthorSegments = Set(list(rules, "non_author_segments"))
        organizationPathProviders = Set(list(rules, "organization_path_providers"))
        if let rules {
            errors += rules.unknownKeys(known: ["region_prefixes", "vendor_segments", "non_author_segments", "organization_path_providers"])
                .map { Diagnostic.error($0.file, at: $0.location, $0.message) }
        }
        do {
            for table in try root.tables("rewrites") {
                do {
                    let name = try table.requiredString("name")
                    let pattern = try table.requiredString("match")
                    let template = try table.requiredString("replace")
                    let providers = Set(try table.strings("providers") ?? [])
                    do {
                        rewrites.append(try RewriteRule(name: name, pattern: pattern, template: template, providers: providers))
                    } catch {
                        errors.append(.error(file, at: table.keyPath("match"), "not a valid regular expression: '\(pattern)'"))
                    }
                    errors += table.unknownKeys(known: ["name", "match", "replace", "providers"]).map { Diagnostic.error($0.file, at: $0.location, $0.message) }
                } catch {
                    errors.append(error)
                }
            }
        } catch {
            errors.append(error)
        }
        for (key, value) in stringMap("dated_aliases") {
            if let from = modelID(key, at: "dated_aliases.\"\(key)\""), let to = modelID(value, at: "dated_aliases.\"\(key)\"") {
                datedAliases[from] = to
            }
        }
        for (key, value) in stringMap("models") {
            if let id = modelID(value, at: "models.\"\(key)\"") { explicit[key] = id }
        }
        errors += root.unknownKeys(known: ["providers", "authors", "families", "rules", "rewrites", "dated_aliases", "models"])
            .map { Diagnostic.error($0.file, at: $0.location, $0.message) }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
    }

    /// The canonical id of a provider.
    public func provider(_ name: String) -> String {
        providerAliases[name] ?? name
    }
}
