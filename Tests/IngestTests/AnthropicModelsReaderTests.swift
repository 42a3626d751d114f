import Foundation
import Ingest
import ModelCatalog
import XCTest

final class AnthropicModelsReaderTests: XCTestCase {
    func pages() throws -> Snapshot {
        Snapshot(sourceID: "anthropic", files: try ["page-1.json", "page-2.json"].map {
            Snapshot.File(path: "anthropic/\($0)", data: try Data(contentsOf: Fixture.url("anthropic/\($0)")))
        })
    }

    func testPagedListingWithDuplicateAndNoPrices() throws {
        let result = try AnthropicModelsReader().read(pages())
        XCTAssertEqual(result.recordCount, 5)
        XCTAssertEqual(result.entries.map(\.providerModelID), ["claude-opus-4-1-20250805", "claude-sonnet-4-5-20250929", "claude-3-5-haiku-20241022", "claude-haiku-4-5-20251001"])
        XCTAssertEqual(result.skipped, ["duplicate id (listed again on a later page)": 1])
        XCTAssertEqual(result.accountedFor, result.recordCount)
        XCTAssertTrue(result.entries.allSatisfy { $0.pricing.isEmpty && $0.provider == "anthropic" })
        let opus = try XCTUnwrap(result.entry("claude-opus-4-1-20250805"))
        XCTAssertEqual(opus.name, "Claude Opus 4.1")
        XCTAssertEqual(opus.releaseDate, "2025-08-05")
        XCTAssertEqual(opus.provenance, Provenance(source: "anthropic", file: "anthropic/page-1.json", keyPath: "data[0]"))
    }

    func testMissingFieldIsNormalAndUnknownFieldWarned() throws {
        let result = try AnthropicModelsReader().read(pages())
        XCTAssertNil(result.entry("claude-haiku-4-5-20251001")?.name)
        let unknown = result.warnings.filter { $0.message.hasPrefix("unknown key") }
        XCTAssertEqual(unknown.map(\.location), ["data[1].deprecated"])
        XCTAssertEqual(unknown.first?.file, "anthropic/page-2.json")
    }

    func testLastPageWithMoreToComeIsWarned() throws {
        let result = try AnthropicModelsReader().read(Snapshot(sourceID: "anthropic", files: [pages().files[0]]))
        XCTAssertTrue(result.warnings.contains { $0.location == "has_more" && $0.message.contains("incomplete") })
    }

    func testWrongTypeIsAnErrorWithFileAndKeyPath() throws {
        let errors = Fixture.errors(AnthropicModelsReader(), try Fixture.snapshot("anthropic/wrong-type.json", source: "anthropic"))
        XCTAssertEqual(errors.map(\.location), ["data[0].display_name"])
        XCTAssertEqual(errors.first?.file, "wrong-type.json")
    }
}
