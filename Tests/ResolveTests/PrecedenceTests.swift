import Foundation
import ModelCatalog
import Resolve
import XCTest

final class PrecedenceTests: XCTestCase {
    private let sources = [
        SourceSnapshot(id: "litellm", format: "litellm", file: "sources/litellm.json", label: nil),
        SourceSnapshot(id: "models.dev", format: "models.dev", file: "sources/models.dev", label: nil),
        SourceSnapshot(id: "groq", format: "openai", file: "sources/groq.json", label: nil),
    ]

    private func entry(_ source: String, prompt: String?, context: Int? = nil, key: String? = nil) -> ListingEntry {
        let id = "llama-3.3-70b-versatile"
        var entry = ListingEntry(provider: "groq", providerModelID: id, sourceKey: key ?? id, provenance: Provenance(source: source, file: "\(source).file", keyPath: id))
        entry.pricing[.prompt] = prompt.flatMap { Decimal(string: $0) }
        entry.contextLength = context
        return entry
    }

    private func merge(_ entries: [ListingEntry]) -> Endpoint? {
        let rules = ResolutionRules(authorAliases: ["llama": "meta-llama"], families: ["llama-": "meta-llama"])
        let (catalog, _) = CatalogMerger(resolver: IdentityResolver(rules: rules)).merge(entries, sources: sources)
        XCTAssertEqual(catalog.models.count, 1)
        return catalog.models.first?.endpoints.first
    }

    func testRanks() {
        let precedence = SourcePrecedence(sources: sources)
        XCTAssertEqual(precedence.rank(source: "providers/groq", provider: "groq"), .handWritten)
        XCTAssertEqual(precedence.rank(source: "groq", provider: "groq"), .providerListing)
        XCTAssertEqual(precedence.rank(source: "groq", provider: "together_ai"), .aggregator, "a list naming other providers' endpoints")
        XCTAssertEqual(precedence.rank(source: "litellm", provider: "groq"), .aggregator)
    }

    func testHandWrittenBeatsProviderListingBeatsAggregatorWhateverTheInputOrder() throws {
        let entries = [
            entry("litellm", prompt: "0.00000059", context: 128000),
            entry("groq", prompt: "0.0000006", context: 131072),
            entry("providers/groq", prompt: "0.00000058"),
        ]
        for order in [entries, entries.reversed()] {
            let endpoint = try XCTUnwrap(merge(order))
            XCTAssertEqual(endpoint.pricing[.prompt], Decimal(string: "0.00000058"))
            XCTAssertEqual(endpoint.factSources["pricing.prompt"]?.source, "providers/groq")
            XCTAssertEqual(endpoint.contextLength, 131072)
            XCTAssertEqual(endpoint.factSources["context_length"]?.source, "groq")
            XCTAssertEqual(endpoint.provenance.map(\.source), ["providers/groq", "groq", "litellm"])
            XCTAssertEqual(endpoint.overridden.map(\.source.source), ["groq", "litellm", "litellm"])
        }
    }

    func testALowerSourceFillsOnlyWhatHigherOnesLeaveUnknown() throws {
        let endpoint = try XCTUnwrap(merge([entry("providers/groq", prompt: "0.00000058"), entry("litellm", prompt: nil, context: 128000)]))
        XCTAssertEqual(endpoint.contextLength, 128000)
        XCTAssertEqual(endpoint.factSources["context_length"]?.source, "litellm")
        XCTAssertTrue(endpoint.overridden.isEmpty, "agreeing or filling is not overriding")
        XCTAssertNil(endpoint.pricing[.completion], "nobody priced completion: unknown, not zero")
    }

    func testDiscrepanciesCompareTheValueInUseWithEachOverriddenOne() throws {
        let rules = ResolutionRules(families: ["llama-": "meta-llama"])
        let (catalog, _) = CatalogMerger(resolver: IdentityResolver(rules: rules)).merge(
            [entry("litellm", prompt: "0.00000059"), entry("groq", prompt: "0.00000059"), entry("models.dev", prompt: "0.0000008", context: 131072)],
            sources: sources)
        let found = catalog.discrepancies
        XCTAssertEqual(found.count, 1, "equal values are no discrepancy")
        let discrepancy = try XCTUnwrap(found.first)
        XCTAssertEqual(discrepancy.fact, "pricing.prompt")
        XCTAssertEqual(discrepancy.valueA, "0.00000059")
        XCTAssertEqual(discrepancy.sourceA.source, "groq")
        XCTAssertEqual(discrepancy.valueB, "0.0000008")
        XCTAssertEqual(discrepancy.sourceB.source, "models.dev")
        XCTAssertEqual(discrepancy.relativeDifference, Decimal(string: "0.2625"))
        XCTAssertEqual(discrepancy.percentText, "26.3%")
        XCTAssertNil(Discrepancy.relativeDifference(0, 0))
        XCTAssertEqual(Discrepancy.relativeDifference(0, Decimal(string: "0.1")!), 1)
    }

    func testTwoIdsOfOneSourceStayTwoEndpoints() throws {
        let rules = ResolutionRules(families: ["llama-": "meta-llama"])
        let (catalog, summaries) = CatalogMerger(resolver: IdentityResolver(rules: rules)).merge(
            [entry("litellm", prompt: "0.00000059"), entry("litellm", prompt: "0.00000059", key: "groq/llama-3.3-70b-versatile")], sources: sources)
        XCTAssertEqual(catalog.models.first?.endpoints.map(\.providerModelID), ["groq/llama-3.3-70b-versatile", "llama-3.3-70b-versatile"])
        XCTAssertEqual(summaries["litellm"]?.merged, 0)
    }
}
