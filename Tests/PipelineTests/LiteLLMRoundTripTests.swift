import Foundation
import Ingest
import ModelCatalog
import Site
import XCTest

@testable import Pipeline

/// Ingesting the published LiteLLM export back gives the same prices and limits for every
/// exported entry of the shipped catalog.
final class LiteLLMRoundTripTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testExportReadsBackWithTheSamePricesAndLimits() throws {
        let pipeline = BuildPipeline(
            catalogFolder: Self.repositoryRoot.appendingPathComponent("catalog"),
            templatesFolder: Self.repositoryRoot.appendingPathComponent("templates"))
        let (catalog, _, _) = try pipeline.loadCatalog()
        let exported = try LiteLLMExport.encode(catalog)
        let reread = try LiteLLMReader().read(Snapshot(sourceID: "export", path: LiteLLMExport.path, data: exported))
        XCTAssertEqual(reread.warnings, [], "the export uses only keys the reader knows")

        var endpointsByKey: [String: Endpoint] = [:]
        for model in catalog.models { for endpoint in model.endpoints where endpointsByKey[endpoint.sourceKey] == nil { endpointsByKey[endpoint.sourceKey] = endpoint } }
        XCTAssertGreaterThan(reread.entries.count, 4500)

        var compared = 0
        var notExpressible = 0
        for entry in reread.entries {
            let endpoint = try XCTUnwrap(endpointsByKey[entry.sourceKey], entry.sourceKey)
            XCTAssertEqual(entry.maxInputTokens, endpoint.maxInputTokens, entry.sourceKey)
            XCTAssertEqual(entry.maxOutputTokens, endpoint.maxOutputTokens, entry.sourceKey)
            XCTAssertEqual(entry.contextLength, endpoint.contextLength, entry.sourceKey)
            XCTAssertEqual(entry.mode, endpoint.mode, entry.sourceKey)
            var expected = endpoint.pricing.rates
            for key in expected.keys where !Self.expressible(key) {
                expected[key] = nil
                notExpressible += 1
            }
            XCTAssertEqual(entry.pricing.rates, expected, entry.sourceKey)
            XCTAssertEqual(entry.pricing.multipliers, endpoint.pricing.multipliers, entry.sourceKey)
            XCTAssertEqual(entry.capabilities, endpoint.capabilities, entry.sourceKey)
            compared += 1
        }
        print("round trip: \(compared) entries compared; \(notExpressible) rates the cost-map grammar cannot express (left out)")
        XCTAssertLessThan(notExpressible, 50)
    }

    static func expressible(_ key: PriceKey) -> Bool {
        if key.component.rawValue.hasPrefix("web_search"), key.serviceTier == .standard, key.tier == nil { return true }
        let base = key.serviceTier == .offPeak ? PriceKey(key.component, tier: key.tier) : key
        return LiteLLMFields.key(for: base) != nil
    }
}
