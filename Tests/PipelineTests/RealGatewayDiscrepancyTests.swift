import Foundation
import ModelCatalog
import XCTest

@testable import Pipeline

/// LiteLLM's map (1.100.0, which still lists `openrouter/...` entries) combined with a real gateway
/// `/api/v1/models` list: the gateway's own list decides its endpoints, and every price or limit
/// LiteLLM gives differently is a discrepancy. Reads `../shared/data`; skips when it is absent.
final class RealGatewayDiscrepancyTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testLiteLLMAgainstTheRealGatewayList() throws {
        let shared = Self.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
        let litellm = shared.appendingPathComponent("litellm/litellm-1.100.0.json")
        let gateway = shared.appendingPathComponent("openrouter/api-v1-models-2026-05.json")
        guard FileManager.default.fileExists(atPath: litellm.path), FileManager.default.fileExists(atPath: gateway.path) else {
            throw XCTSkip("../shared/data is not here (a user's clone has none)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("modelcat-gateway-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sources"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: litellm, to: folder.appendingPathComponent("sources/litellm.json"))
        try FileManager.default.copyItem(at: gateway, to: folder.appendingPathComponent("sources/openrouter.json"))
        try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("catalog/aliases.toml"), to: folder.appendingPathComponent("aliases.toml"))
        try Data("""
            [site]
            title = "t"
            base_url = "https://example.org/"
            [[sources]]
            id = "litellm"
            format = "litellm"
            snapshot = "sources/litellm.json"
            [[sources]]
            id = "openrouter"
            format = "gateway"
            snapshot = "sources/openrouter.json"
            """.utf8).write(to: folder.appendingPathComponent("catalog.toml"))

        let (catalog, report, _) = try BuildPipeline(catalogFolder: folder, templatesFolder: folder).loadCatalog()
        let joined = report.sources.first { $0.id == "litellm" }?.merged ?? 0
        let found = catalog.discrepancies
        var byFact: [String: Int] = [:]
        for discrepancy in found { byFact[discrepancy.fact, default: 0] += 1 }
        let endpoints = Set(found.map(\.endpoint))
        let prices = found.filter { $0.fact.hasPrefix("pricing.") }
        let over10 = prices.filter { $0.relativeDifference > Decimal(string: "0.1")! }
        print("LiteLLM 1.100.0 openrouter entries joined to the gateway list: \(joined)")
        print("discrepancies: \(found.count) on \(endpoints.count) endpoints; by fact: \(byFact.sorted { $0.key < $1.key })")
        print("price discrepancies: \(prices.count), of which \(over10.count) differ by more than 10%")
        for discrepancy in found.sorted(by: { $0.relativeDifference > $1.relativeDifference }).prefix(5) { print("  \(discrepancy)") }

        XCTAssertGreaterThan(joined, 50, "most of LiteLLM's gateway entries name an endpoint of the gateway list")
        XCTAssertGreaterThan(found.count, 0, "the two sources drift")
        XCTAssertTrue(found.allSatisfy { $0.sourceA.source == "openrouter" && $0.sourceB.source == "litellm" }, "the gateway's own list wins over the aggregator")
    }
}
