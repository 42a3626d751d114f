import Foundation
import Ingest
import ModelCatalog
import XCTest

final class IngestSummaryTests: XCTestCase {
    func testJSONShapeWithExactPriceStringsTiersAndServiceTiers() throws {
        let result = try ModelsDevReader().read(Fixture.snapshot("models.dev", source: "models.dev"))
        let data = try IngestSummary(result).json()
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["skipped"] as? [String: Int], ["alias symlink to a missing file": 1])
        XCTAssertEqual((object["warnings"] as? [String])?.count, result.warnings.count)
        let entries = try XCTUnwrap(object["entries"] as? [[String: Any]])
        let large = try XCTUnwrap(entries.first { $0["provider_model_id"] as? String == "acme-large-2" })
        XCTAssertEqual(large["provider"] as? String, "acme")
        XCTAssertEqual(large["name"] as? String, "Acme Large 2")
        XCTAssertEqual(large["context_length"] as? Int, 300_000)
        XCTAssertEqual(large["max_output_tokens"] as? Int, 128_000)
        let pricing = try XCTUnwrap(large["pricing"] as? [String: Any])
        XCTAssertEqual(pricing["prompt"] as? String, "0.00000125")
        XCTAssertEqual(pricing["input_cache_write"] as? String, "0.0000015625")
        let tiers = try XCTUnwrap(pricing["tiers"] as? [[String: Any]])
        XCTAssertEqual(tiers.first?["above_input_tokens"] as? Int, 200_000)
        XCTAssertEqual(tiers.first?["prompt"] as? String, "0.0000025")
        let fast = try XCTUnwrap((pricing["service_tiers"] as? [String: Any])?["fast"] as? [String: Any])
        XCTAssertEqual(fast["completion"] as? String, "0.00002")
        let mini = try XCTUnwrap(entries.first { $0["provider_model_id"] as? String == "acme-mini" })
        XCTAssertEqual((mini["pricing"] as? [String: Any])?.isEmpty, true)
        // Prices are written as text, never as JSON numbers.
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains(#""prompt" : "0.00000125""#))
    }

    func testHumanSummaryCountsEntriesSkipsAndWarnings() throws {
        let result = try AnthropicModelsReader().read(Fixture.snapshot("anthropic", source: "anthropic").filtered { !$0.path.contains("wrong") })
        let lines = IngestSummary(result).lines
        XCTAssertEqual(lines[0], "records: 5")
        XCTAssertEqual(lines[1], "entries: 4 (4 without prices)")
        XCTAssertEqual(lines[2], "skipped: 1")
        XCTAssertEqual(lines[3], "  1  duplicate id (listed again on a later page)")
        XCTAssertTrue(lines.contains("warnings: \(result.warnings.count)"))
    }

    func testLoaderReadsPagesInNumericOrderAndKeepsSymlinks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["page-10.json", "page-2.json", "page-1.json"] {
            try Data("{}".utf8).write(to: folder.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("z-link.json").path, withDestinationPath: "page-1.json")
        let snapshot = try SnapshotLoader.load(folder, sourceID: "x")
        XCTAssertEqual(snapshot.files.map(\.path), ["page-1.json", "page-2.json", "page-10.json", "z-link.json"])
        XCTAssertEqual(snapshot.files.last?.linkTarget, "page-1.json")
        XCTAssertEqual(snapshot.files.last?.data.isEmpty, true)
    }
}

extension Snapshot {
    /// The snapshot with only the files passing a test.
    func filtered(_ keep: (Snapshot.File) -> Bool) -> Snapshot {
        Snapshot(sourceID: sourceID, files: files.filter(keep))
    }
}
