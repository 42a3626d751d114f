import Foundation
import ModelCatalog
import Testing
@testable import Resolve

/// One behaviour of the rule tables per test, on the shipped `aliases.toml`.
@Suite struct ResolverRuleTests {
    let resolver = IdentityResolver(rules: ShippedCatalog.rules)

    func id(_ providerModelID: String, _ provider: String) -> String {
        resolver.resolve(providerModelID: providerModelID, provider: provider).id.description
    }

    @Test func rulesFileReads() {
        #expect(!ShippedCatalog.rules.rewrites.isEmpty)
        #expect(!ShippedCatalog.entries.isEmpty)
    }

    @Test func marketplaceAndGatewayIdsJoin() {
        let expected = "anthropic/claude-3.5-sonnet-20241022"
        #expect(id("anthropic.claude-3-5-sonnet-20241022-v2:0", "bedrock") == expected)
        #expect(id("us.anthropic.claude-3-5-sonnet-20241022-v2:0", "bedrock") == expected)
        #expect(id("claude-3-5-sonnet-v2@20241022", "vertex_ai") == expected)
        #expect(id("claude-3-5-sonnet-20241022", "anthropic") == expected)
        #expect(id("anthropic/claude-3.5-sonnet-20241022", "openrouter") == expected)
    }

    @Test func fireworksNamingAndFreeVariants() {
        #expect(id("accounts/fireworks/models/llama-v3p1-70b-instruct", "fireworks_ai") == "meta-llama/llama-3.1-70b-instruct")
        #expect(id("meta-llama/Meta-Llama-3.1-70B-Instruct", "deepinfra") == "meta-llama/llama-3.1-70b-instruct")
        #expect(id("meta-llama/llama-3.1-70b-instruct:free", "openrouter") == "meta-llama/llama-3.1-70b-instruct")
        #expect(id("meta.llama3-1-70b-instruct-v1:0", "bedrock") == "meta-llama/llama-3.1-70b-instruct")
    }

    @Test func separatorsAndCasing() {
        #expect(id("claude-3-5-haiku-20241022", "anthropic") == id("Claude-3.5-Haiku-20241022", "anthropic"))
        #expect(id("gpt-35-turbo", "azure") == "openai/gpt-3.5-turbo")
        #expect(id("gemma-3-4b-it", "gemini") == "google/gemma-3-4b-it", "a size is not a version")
        #expect(id("gpt-4o-2024-08-06", "openai") == "openai/gpt-4o-2024-08-06", "dates keep their dashes")
    }

    @Test func makerNeverHost() {
        #expect(id("nvidia/llama-3.1-nemotron-70b-instruct", "deepinfra") == "nvidia/llama-3.1-nemotron-70b-instruct")
        #expect(id("gpt-4o", "azure").hasPrefix("openai/"))
        #expect(resolver.resolve(providerModelID: "some-house-model", provider: "acme").isProviderScoped)
    }

    @Test func explicitOverridesWin() throws {
        var rules = ShippedCatalog.rules
        let target = try #require(ModelID("acme/house-model"))
        rules.explicit["acme:some-house-model"] = target
        let resolution = IdentityResolver(rules: rules).resolve(providerModelID: "some-house-model", provider: "acme")
        #expect(resolution.id == target)
        #expect(resolution.rule.hasPrefix("explicit"))
        let audit = AliasAudit.unmatched(rules: rules, entries: ShippedCatalog.entries)
        #expect(audit.contains { $0.location == "models.\"acme:some-house-model\"" }, "check reports aliases matching nothing")
    }

    @Test func canonicalHintIsUsedFirst() {
        let resolution = resolver.resolve(providerModelID: "sonnet-fast", provider: "somegateway", canonicalHint: "anthropic/claude-3.5-sonnet-20240620")
        #expect(resolution.id.description == "anthropic/claude-3.5-sonnet-20240620")
        #expect(resolution.rule.hasPrefix("canonical hint"))
    }

    @Test func badRegexIsReportedWithItsKeyPath() {
        let toml = "[[rewrites]]\nname = \"broken\"\nmatch = '(unclosed'\nreplace = ''\n"
        #expect(throws: DiagnosticsError.self) { try ResolutionRules(Data(toml.utf8)) }
    }
}
