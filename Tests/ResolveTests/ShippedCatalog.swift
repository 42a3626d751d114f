import Foundation
import Ingest
import ModelCatalog
import Resolve

/// The shipped catalog's LiteLLM snapshot and rule tables, read once for the tests.
enum ShippedCatalog {
    /// The repository's `catalog/` folder.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("catalog")

    /// Every entry of `catalog/sources/litellm.json`.
    static let entries: [ListingEntry] = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("sources/litellm.json")),
              let result = try? LiteLLMReader().read(Snapshot(sourceID: "litellm", path: "sources/litellm.json", data: data))
        else { return [] }
        return result.entries
    }()

    /// The rules of `catalog/aliases.toml` (empty when unreadable, which the tests catch).
    static let rules: ResolutionRules = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("aliases.toml")),
              let rules = try? ResolutionRules(data) else { return ResolutionRules() }
        return rules
    }()

    static let lookup = KeyLookup(entries: entries, resolver: IdentityResolver(rules: rules))
}
