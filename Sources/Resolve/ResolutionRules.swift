import Foundation
import Ingest
import ModelCatalog

/// The data-driven tables that turn a provider's model id into a canonical `author/slug`,
/// read from the catalog's `aliases.toml` (so maintainers change rules in a reviewed file,
/// not in code).
public struct ResolutionRules: Sendable {
    /// Provider names as sources spell them → canonical provider id (`bedrock_converse` → `bedrock`).
    public var providerAliases: [String: String]
    /// Region and deployment prefixes stripped from provider ids (`us.`, `eu.`, `global.`).
    public var regionPrefixes: [String]
    /// Vendor path segments stripped from provider ids (`accounts/fireworks/models/`).
    public var vendorSegments: [String]
    /// Marketplace version suffixes stripped from slugs, as ``SuffixPattern``s (`-v#:#`, `@#`).
    public var versionSuffixes: [String]
    /// Path prefixes in provider ids that name an author differently (`meta-llama` vs `meta`): prefix → author.
    public var authorAliases: [String: String]
    /// Slug prefixes that identify the maker of a model family (`claude-` → `anthropic`), longest match wins.
    public var families: [String: String]
    /// Explicit mappings that always win: a source key or `provider:id` → canonical id.
    public var explicit: [String: ModelID]

    public init(
        providerAliases: [String: String] = [:], regionPrefixes: [String] = [], vendorSegments: [String] = [],
        versionSuffixes: [String] = [], authorAliases: [String: String] = [:], families: [String: String] = [:],
        explicit: [String: ModelID] = [:]
    ) {
        self.providerAliases = providerAliases
        self.regionPrefixes = regionPrefixes
        self.vendorSegments = vendorSegments
        self.versionSuffixes = versionSuffixes
        self.authorAliases = authorAliases
        self.families = families
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
        self.init()
        providerAliases = stringMap("providers")
        authorAliases = stringMap("authors")
        families = stringMap("families")
        var rules: TOMLTableReader?
        do { rules = try root.table("rules") } catch { errors.append(error) }
        regionPrefixes = list(rules, "region_prefixes")
        vendorSegments = list(rules, "vendor_segments")
        versionSuffixes = list(rules, "version_suffixes")
        for (key, value) in stringMap("models") {
            if let id = ModelID(value) {
                explicit[key] = id
            } else {
                errors.append(.error(file, at: "models.\"\(key)\"", "expected a canonical id 'author/slug' (lowercase), found '\(value)'"))
            }
        }
        errors += root.unknownKeys(known: ["providers", "authors", "families", "rules", "models"]).map { Diagnostic.error($0.file, at: $0.location, $0.message) }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
    }

    /// The canonical id of a provider.
    public func provider(_ name: String) -> String {
        providerAliases[name] ?? name
    }
}
