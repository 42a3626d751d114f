import Foundation
import Ingest
import ModelCatalog
import XCTest

final class GeminiModelsReaderTests: XCTestCase {
    func pages() throws -> Snapshot {
        Snapshot(sourceID: "google", files: try ["page-1.json", "page-2.json"].map {
            Snapshot.File(path: $0, data: try Data(contentsOf: Fixture.url("gemini/\($0)")))
        })
    }

    func testPagedListingWithDuplicate() throws {
        let result = try GeminiModelsReader().read(pages())
        XCTAssertEqual(result.recordCount, 5)
        XCTAssertEqual(result.entries.map(\.providerModelID), ["gemini-2.5-pro", "gemini-2.0-flash-001", "gemini-embedding-001", "gemma-3-27b-it"])
        XCTAssertEqual(result.skipped, ["duplicate id (listed again on a later page)": 1])
        XCTAssertEqual(result.accountedFor, result.recordCount)
        let pro = try XCTUnwrap(result.entry("gemini-2.5-pro"))
        XCTAssertEqual(pro.sourceKey, "models/gemini-2.5-pro")
        XCTAssertEqual(pro.contextLength, 1_048_576)
        XCTAssertEqual(pro.maxOutputTokens, 65536)
        XCTAssertEqual(pro.capabilities[.reasoning], true)
        XCTAssertEqual(pro.mode, "chat")
        XCTAssertTrue(pro.pricing.isEmpty)
        XCTAssertEqual(result.entry("gemini-embedding-001")?.mode, "embedding")
        XCTAssertEqual(result.entry("gemini-2.0-flash-001")?.canonicalHint, "gemini-2.0-flash")
    }

    func testMissingFieldIsNormalAndUnknownFieldWarned() throws {
        let result = try GeminiModelsReader().read(pages())
        XCTAssertNil(result.entry("gemini-2.0-flash-001")?.description)
        XCTAssertNil(result.entry("gemini-2.0-flash-001")?.capabilities[.reasoning], "no thinking flag: unknown")
        let unknown = result.warnings.filter { $0.message.hasPrefix("unknown key") }
        XCTAssertEqual(unknown.map(\.location), ["models[2].supportedActions"])
        XCTAssertFalse(result.warnings.contains { $0.location == "nextPageToken" }, "the token of a page that is followed is fine")
    }

    func testLastPageWithTokenIsWarned() throws {
        let result = try GeminiModelsReader().read(Snapshot(sourceID: "google", files: [pages().files[0]]))
        XCTAssertTrue(result.warnings.contains { $0.location == "nextPageToken" && $0.file == "page-1.json" })
    }

    func testWrongTypeIsAnErrorWithFileAndKeyPath() throws {
        let errors = Fixture.errors(GeminiModelsReader(), try Fixture.snapshot("gemini/wrong-type.json", source: "google"))
        XCTAssertEqual(errors.map(\.location), ["models[0].supportedGenerationMethods"])
        XCTAssertEqual(errors.first?.file, "wrong-type.json")
    }
}
