import Foundation
import ModelCatalog
import Testing
@testable import Resolve

/// Widely hosted and cloud-sold models each resolve to one model listing their providers.
@Suite struct ShippedCatalogTests {
    static let catalog = CatalogMerger(resolver: IdentityResolver(rules: ShippedCatalog.rules)).merge(ShippedCatalog.entries, sources: []).0

    static func providers(of id: String) -> Set<String> {
        Set(catalog.models.first { $0.id.description == id }?.providers ?? [])
    }

    @Test(arguments: [
        ("meta-llama/llama-3.3-70b-instruct", ["bedrock", "together_ai", "deepinfra", "vertex_ai", "nebius", "sambanova", "cerebras", "azure_ai"]),
        ("meta-llama/llama-3.1-70b-instruct", ["bedrock", "together_ai", "deepinfra", "vertex_ai", "nebius", "cerebras"]),
        ("deepseek/deepseek-v3", ["together_ai", "deepinfra", "fireworks_ai", "nebius", "hyperbolic"]),
        ("deepseek/deepseek-r1", ["deepinfra", "fireworks_ai", "azure_ai", "sambanova", "nebius"]),
        ("qwen/qwen2.5-72b-instruct", ["together_ai", "deepinfra", "fireworks_ai", "nebius", "novita"]),
        ("mistralai/mistral-large-2402", ["azure", "bedrock"]),
        ("mistralai/mixtral-8x7b-instruct-v0.1", ["bedrock", "together_ai", "deepinfra"]),
        ("anthropic/claude-sonnet-4.5-20250929", ["anthropic", "bedrock", "vertex_ai", "azure_ai"]),
        ("anthropic/claude-3.5-sonnet-20240620", ["bedrock", "vertex_ai"]),
        ("anthropic/claude-3.5-haiku-20241022", ["bedrock", "vertex_ai"]),
        ("openai/gpt-4o-2024-08-06", ["openai", "azure"]),
        ("openai/gpt-4o-mini", ["openai", "azure"]),
        ("google/gemini-2.5-pro", ["gemini", "vertex_ai", "deepinfra"]),
        ("google/gemini-2.5-flash", ["gemini", "vertex_ai"]),
    ])
    func joinsProviders(id: String, expected: [String]) {
        let found = Self.providers(of: id)
        print("\(id): \(found.count) providers: \(found.sorted().joined(separator: ", "))")
        #expect(Set(expected).isSubset(of: found), "missing: \(Set(expected).subtracting(found).sorted())")
    }

    @Test func regionalVariantsAreSeparateEndpoints() throws {
        let model = try #require(Self.catalog.models.first { $0.id.description == "anthropic/claude-sonnet-4.5-20250929" })
        let bedrock = Set(model.endpoints.filter { $0.provider == "bedrock" }.map(\.providerModelID))
        #expect(bedrock.isSuperset(of: ["anthropic.claude-sonnet-4-5-20250929-v1:0", "us.anthropic.claude-sonnet-4-5-20250929-v1:0", "eu.anthropic.claude-sonnet-4-5-20250929-v1:0"]))
        #expect(model.aliases.contains("claude-sonnet-4.5"), "the undated id is recorded as an alias")
    }

    @Test func datedSnapshotsStayApart() {
        let ids = Set(Self.catalog.models.map(\.id.description))
        #expect(ids.isSuperset(of: ["openai/gpt-4o-2024-05-13", "openai/gpt-4o-2024-08-06", "openai/gpt-4o-2024-11-20", "openai/gpt-4o"]))
    }

    @Test func aliasOfEntriesFollowTheirTarget() {
        let aliasEntries = ShippedCatalog.entries.filter { $0.aliasOf != nil && $0.pricing.isEmpty }
        #expect(!aliasEntries.isEmpty)
        for entry in aliasEntries.prefix(20) {
            let rule = ShippedCatalog.lookup.resolve(entry).rule
            #expect(rule.hasPrefix("alias_of") || rule == IdentityResolver.providerScopedRule, "\(entry.sourceKey): \(rule)")
        }
    }

    @Test func fewerProviderScopedIds() {
        let scoped = ShippedCatalog.lookup.unresolved(ShippedCatalog.entries).count
        print("provider-scoped: \(scoped) of \(ShippedCatalog.entries.count) entries")
        #expect(scoped < 800)
    }
}
