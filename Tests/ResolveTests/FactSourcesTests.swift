import Foundation
import ModelCatalog
import Resolve
import XCTest

/// An endpoint stores only the fact sources another source than its deciding one decided
/// (`otherFactSources`); `factSources` still names a source for every fact it knows.
final class FactSourcesTests: XCTestCase {
    private let sources = [
        SourceSnapshot(id: "groq", format: "openai", file: "sources/groq.json", label: nil),
        SourceSnapshot(id: "litellm", format: "litellm", file: "sources/litellm.json", label: nil),
    ]

    private func entry(_ source: String, key: String, provider: String = "groq") -> ListingEntry {
        ListingEntry(provider: provider, providerModelID: key, sourceKey: key, provenance: Provenance(source: source, file: "\(source).file", keyPath: key))
    }

    private func merge(_ entries: [ListingEntry]) -> Catalog {
        let rules = ResolutionRules(authorAliases: ["llama": "meta-llama"], families: ["llama-": "meta-llama"])
        return CatalogMerger(resolver: IdentityResolver(rules: rules)).merge(entries, sources: sources).0
    }

    func testOneSourceStoresNothingAndEveryFactNamesIt() throws {
        var first = entry("groq", key: "llama-3.3-70b")
        first.pricing[.prompt] = Decimal(string: "0.0000006")
        first.contextLength = 131072
        first.capabilities[.tools] = true
        let endpoint = try XCTUnwrap(merge([first]).models.first?.endpoints.first)
        XCTAssertTrue(endpoint.otherFactSources.isEmpty)
        XCTAssertEqual(Set(endpoint.factSources.keys), Set(endpoint.factValues.map(\.fact)))
        XCTAssertEqual(Set(endpoint.factSources.values), [first.provenance])
        XCTAssertEqual(endpoint.factNames, endpoint.factValues.map(\.fact))
        XCTAssertEqual(endpoint.factSource("capabilities.tools"), first.provenance)
        XCTAssertNil(endpoint.factSource("max_output_tokens"), "a fact the endpoint does not know has no source")
    }

    func testAFactTakenFromALowerSourceIsStoredAndNamed() throws {
        var first = entry("groq", key: "llama-3.3-70b")
        first.pricing[.prompt] = Decimal(string: "0.0000006")
        var second = entry("litellm", key: "llama-3.3-70b")
        second.pricing[.prompt] = Decimal(string: "0.0000007")
        second.maxOutputTokens = 32768
        let endpoint = try XCTUnwrap(merge([second, first]).models.first?.endpoints.first)
        XCTAssertEqual(endpoint.otherFactSources, ["max_output_tokens": second.provenance])
        XCTAssertEqual(endpoint.factSources, ["pricing.prompt": first.provenance, "max_output_tokens": second.provenance])
        XCTAssertEqual(endpoint.factSource("pricing.prompt"), first.provenance)
        XCTAssertEqual(endpoint.overridden.map(\.fact), ["pricing.prompt"])
    }

    func testSettingFactSourcesKeepsOnlyOtherSources() {
        var endpoint = Endpoint(entry: entry("groq", key: "m"))
        endpoint.contextLength = 8192
        endpoint.mode = "chat"
        let other = Provenance(source: "litellm", file: "litellm.file", keyPath: "[\"m\"]")
        endpoint.factSources = ["context_length": endpoint.provenance[0], "mode": other]
        XCTAssertEqual(endpoint.otherFactSources, ["mode": other])
        endpoint.factSources["context_length"] = other
        XCTAssertEqual(endpoint.factSources, ["context_length": other, "mode": other])
        endpoint.setFactSource(endpoint.provenance[0], for: "mode")
        XCTAssertEqual(endpoint.otherFactSources, ["context_length": other])
    }

    func testAliasesFindTheirTargetPlainOrUnderTheKeysPrefix() throws {
        var target = entry("litellm", key: "llama-3.3-70b")
        target.pricing[.prompt] = 1
        var prefixed = entry("litellm", key: "bedrock/llama-3.1-8b", provider: "bedrock")
        prefixed.providerModelID = "llama-3.1-8b"
        prefixed.pricing[.prompt] = 2
        var plainAlias = entry("litellm", key: "llama-latest")
        plainAlias.aliasOf = "llama-3.3-70b"
        var prefixedAlias = entry("litellm", key: "bedrock/llama-small", provider: "bedrock")
        prefixedAlias.aliasOf = "llama-3.1-8b"
        var orphan = entry("litellm", key: "llama-orphan")
        orphan.aliasOf = "nowhere"
        let catalog = merge([plainAlias, target, prefixedAlias, prefixed, orphan])
        let aliases = Dictionary(uniqueKeysWithValues: catalog.models.map { ($0.id.slug, $0.aliases) })
        XCTAssertEqual(aliases["llama-3.3-70b"]?.contains("llama-latest"), true, "\(aliases)")
        XCTAssertEqual(aliases["llama-3.1-8b"]?.contains("bedrock/llama-small"), true, "\(aliases)")
        XCTAssertFalse(catalog.models.contains { $0.aliases.contains("llama-orphan") })
    }
}
