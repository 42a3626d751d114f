import Foundation
import Ingest
import ModelCatalog
import Pipeline
import XCTest

@testable import Analysis

/// Blended price, class rank, spread, leaders and leaderboards.
final class ComparisonsTests: XCTestCase {
    func model(_ slug: String, mode: String = "chat", context: Int? = nil, capabilities: [Capability: Bool] = [:], _ endpoints: [Endpoint]) -> Model {
        var m = Model(id: ModelID(author: "acme", slug: slug), name: slug, endpoints: endpoints)
        m.mode = mode
        m.contextLength = context
        m.maxOutputTokens = endpoints.compactMap(\.maxOutputTokens).max()
        m.capabilities = capabilities
        return m
    }

    var catalog: Catalog {
        Catalog(models: [
            model("a", context: 128_000, capabilities: [.tools: true, .vision: true], [
                endpoint("p1", "a", prompt: "0.000001", completion: "0.000002", context: 128_000, maxOutput: 4096, capabilities: [.tools: true, .vision: true]),
                endpoint("p2", "a", prompt: "0.000002", completion: "0.000004", context: 128_000, capabilities: [.tools: true, .vision: true]),
                endpoint("p3", "a", prompt: "0.000004", completion: "0.000008", context: 64_000, capabilities: [.tools: true]),
                endpoint("p4", "a", prompt: "0.000003", completion: "0.000001", capabilities: [.tools: true]),
            ]),
            model("b", context: 1_000_000, capabilities: [.tools: true, .vision: true], [
                endpoint("p1", "b", prompt: "0.0000005", completion: "0.000001", context: 1_000_000, maxOutput: 65_536, capabilities: [.tools: true, .vision: true]),
            ]),
            model("c", context: 200_000, [endpoint("p1", "c", prompt: nil, completion: "0.000001", context: 200_000)]),
            model("d", context: 32_000, capabilities: [.tools: true, .vision: true], [
                endpoint("p2", "d", prompt: "0.0000005", completion: "0.000001", context: 32_000, capabilities: [.tools: true, .vision: true]),
            ]),
        ], providers: [], sources: [])
    }

    func testBlendedPriceDefaultAndConfigurableRatio() {
        var p = Pricing()
        p[.prompt] = dec("0.000001")
        p[.completion] = dec("0.000005")
        XCTAssertEqual(BlendRatio.default.blendedPrice(p), dec("0.000002"))  // (3×1 + 5)/4 per 1M
        XCTAssertEqual(BlendRatio("1:1")?.blendedPrice(p), dec("0.000003"))
        XCTAssertNil(BlendRatio("3"))
        p[.completion] = nil
        XCTAssertNil(BlendRatio.default.blendedPrice(p), "unknown output price: no blended price")
    }

    func testPerModelComparisonSpreadAndRank() throws {
        let comparisons = Comparisons(catalog: catalog)
        let a = try XCTUnwrap(comparisons.model(ModelID(author: "acme", slug: "a")))
        XCTAssertEqual(a.cheapestEndpoint?.provider, "p1")
        XCTAssertEqual(a.blendedPrice, dec("0.00000125"))  // (3×1 + 2)/4
        // blended: p1 1.25, p2 2.5, p3 5, p4 2.5 per 1M → median of 2.5 and 2.5
        XCTAssertEqual(a.blendedSpread, PriceSpread([dec("0.00000125"), dec("0.0000025"), dec("0.000005"), dec("0.0000025")]))
        XCTAssertEqual(a.blendedSpread?.median, dec("0.0000025"))
        XCTAssertEqual(a.promptSpread?.min, dec("0.000001"))
        XCTAssertEqual(a.promptSpread?.median, dec("0.0000025"))  // (2 + 3)/2
        XCTAssertEqual(a.promptSpread?.max, dec("0.000004"))
        XCTAssertEqual(PriceSpread([dec("1"), dec("3"), dec("2")])?.median, dec("2"))
        // class chat/tools,vision: b (0.625) < a (1.25); d also 0.625 → tie shares rank 1
        XCTAssertEqual(comparisons.model(ModelID(author: "acme", slug: "b"))?.classRank, 1)
        XCTAssertEqual(comparisons.model(ModelID(author: "acme", slug: "d"))?.classRank, 1)
        XCTAssertEqual(a.classRank, 3)
        XCTAssertEqual(a.classSize, 3)
        let c = try XCTUnwrap(comparisons.model(ModelID(author: "acme", slug: "c")))
        XCTAssertNil(c.blendedPrice)
        XCTAssertNil(c.classRank, "an unpriced model is not ranked")
    }

    func testContextAndOutputLeaders() {
        let comparisons = Comparisons(catalog: catalog)
        XCTAssertEqual(comparisons.contextLeaders.map(\.model.slug), ["b", "c", "a", "d"])
        XCTAssertEqual(comparisons.maxOutputLeaders.first, Leader(model: ModelID(author: "acme", slug: "b"), tokens: 65_536))
    }

    func testLeaderboard() {
        let board = LeaderboardDefinition(id: "cheap", title: "Cheapest with tools, vision, 128K", require: [.tools, .vision], minContext: 128_000, mode: "chat")
        let result = Leaderboard(board, catalog: catalog)
        XCTAssertEqual(result.entries.map(\.model.slug), ["b", "a"], "d is too small, c lacks tools")
        XCTAssertEqual(result.entries.map(\.rank), [1, 2])
        XCTAssertEqual(result.entries.last?.endpoint, EndpointKey(provider: "p1", providerModelID: "a"))
        let longest = Leaderboard(LeaderboardDefinition(id: "long", title: "Longest", require: [.tools], sort: .context, limit: 1), catalog: catalog)
        XCTAssertEqual(longest.entries.map(\.model.slug), ["b"])
    }

    func testLeaderboardsAreReadFromTheShippedCatalogToml() throws {
        let folder = try CatalogFolder(url: repositoryRoot.appendingPathComponent("catalog"))
        let definitions = CatalogAnalysis.leaderboards(folder.config)
        XCTAssertEqual(definitions.map(\.id), ["cheapest-tools-vision-128k", "cheapest-reasoning", "longest-context-tools"])
        XCTAssertEqual(definitions.first?.require, [.tools, .vision])
        XCTAssertEqual(definitions.first?.minContext, 128_000)
        XCTAssertEqual(definitions.last?.sort, .context)
    }

    func testTheBuildsRankedLeaderboardsAreTheComparisonsLeaderboards() throws {
        let folder = try CatalogFolder(url: repositoryRoot.appendingPathComponent("catalog"))
        let pipeline = BuildPipeline(catalogFolder: repositoryRoot.appendingPathComponent("catalog"), templatesFolder: repositoryRoot.appendingPathComponent("templates"))
        let (catalog, _, config) = try pipeline.loadCatalog()
        let ranked = CatalogAnalysis.rankedLeaderboards(catalog, config: config)
        let compared = Comparisons(catalog: catalog, leaderboards: CatalogAnalysis.leaderboards(folder.config)).leaderboards
        XCTAssertEqual(ranked.map(\.definition.id), ["cheapest-tools-vision-128k", "cheapest-reasoning", "longest-context-tools"])
        XCTAssertEqual(ranked.map { $0.entries.map(\.model) }, compared.map { $0.entries.map(\.model) })
        XCTAssertEqual(ranked.map { $0.entries.map(\.endpoint) }, compared.map { $0.entries.map(\.endpoint) })
        XCTAssertFalse(ranked.allSatisfy(\.entries.isEmpty), "the shipped catalog ranks some models")
    }

    func testBadLeaderboardSortIsADiagnostic() {
        let toml = "[[leaderboards]]\nid = \"x\"\nsort = \"fastest\"\n"
        XCTAssertThrowsError(try CatalogConfig(Data(toml.utf8))) { error in
            XCTAssertTrue("\(error)".contains("leaderboards[0].sort"), "\(error)")
        }
    }
}
