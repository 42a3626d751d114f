import Foundation
import Ingest
import ModelCatalog
import XCTest

/// The cursor paging rule of `catalog.toml` (`paging = ...`): presets, tables, mistakes
/// reported with their key path, and where a page says the listing goes on.
final class CursorPagingTests: XCTestCase {
    func config(_ source: String) throws -> CatalogConfig {
        try CatalogConfig(Data("[[sources]]\nid = \"src\"\nformat = \"anthropic\"\nurl = \"https://api.example.test/v1/models\"\n\(source)\n".utf8))
    }

    func error(_ source: String) -> String {
        do {
            _ = try config(source)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    func testPresetsAndTables() throws {
        XCTAssertEqual(try config("paging = \"anthropic\"").sources[0].paging, .anthropic)
        XCTAssertEqual(try config("paging = \"gemini\"").sources[0].paging, CursorPaging(cursorField: "nextPageToken", param: "pageToken"))
        XCTAssertEqual(try config("paging = { preset = \"anthropic\", max_pages = 7 }").sources[0].paging?.maxPages, 7)
        XCTAssertEqual(
            try config("paging = { cursor = \"next\", more = \"more\", param = \"cursor\" }").sources[0].paging,
            CursorPaging(cursorField: "next", moreField: "more", param: "cursor", maxPages: 100))
        XCTAssertEqual(try config("paging = { preset = \"anthropic\", more = \"\" }").sources[0].paging?.moreField, nil)
        XCTAssertNil(try config("").sources[0].paging)
    }

    func testPagedSourcesDefaultToASnapshotFolder() throws {
        XCTAssertEqual(try config("paging = \"anthropic\"").sources[0].snapshot, "sources/src")
        XCTAssertEqual(try config("pages = [\"https://api.example.test/v1/models?page=2\"]").sources[0].snapshot, "sources/src")
        XCTAssertEqual(try config("").sources[0].snapshot, "sources/src.json")
        XCTAssertEqual(try config("paging = \"gemini\"\nsnapshot = \"sources/google\"").sources[0].snapshot, "sources/google")
        XCTAssertTrue(try config("paging = \"gemini\"").sources[0].isPaged)
        XCTAssertFalse(try config("").sources[0].isPaged)
    }

    func testMistakesNameTheKey() {
        XCTAssertEqual(error("paging = \"openai\""), "error: catalog.toml: sources[0].paging: unknown paging preset 'openai'; expected one of 'anthropic', 'gemini', or a table { cursor = ..., param = ... }")
        XCTAssertEqual(error("paging = { cursor = \"next\" }"), "error: catalog.toml: sources[0].paging.param: missing; expected the query parameter the cursor is sent in (or a preset)")
        XCTAssertEqual(error("paging = { preset = \"gemini\", max_pages = 0 }"), "error: catalog.toml: sources[0].paging.max_pages: expected at least 1 page, found 0")
        XCTAssertEqual(error("paging = { preset = \"gemini\", maxpages = 3 }"), "error: catalog.toml: sources[0].paging.maxpages: unknown key; expected one of: cursor, max_pages, more, param, preset")
        XCTAssertEqual(error("paging = { cursor = \"next\", param = \"a&b\" }"), "error: catalog.toml: sources[0].paging.param: expected a query parameter name of letters, digits, '_', '-' or '.', found 'a&b'")
        XCTAssertEqual(error("paging = 3"), "error: catalog.toml: sources[0].paging: expected a preset name ('anthropic', 'gemini') or a table { cursor = ..., param = ... }, found an integer")
        XCTAssertEqual(
            error("paging = \"gemini\"\npages = [\"https://api.example.test/2\"]"),
            "error: catalog.toml: sources[0].paging: a source has either fixed pages (pages = [...]) or cursor paging (paging = ...), not both")
    }

    func testNextCursorOfRealPages() throws {
        let anthropic = try ["page-1.json", "page-2.json"].map { try Data(contentsOf: Fixture.url("anthropic/\($0)")) }
        XCTAssertEqual(try CursorPaging.anthropic.nextCursor(in: anthropic[0]), "claude-sonnet-4-5-20250929")
        XCTAssertNil(try CursorPaging.anthropic.nextCursor(in: anthropic[1]))
        let gemini = try ["page-1.json", "page-2.json"].map { try Data(contentsOf: Fixture.url("gemini/\($0)")) }
        XCTAssertEqual(try CursorPaging.gemini.nextCursor(in: gemini[0]), "Ch5tb2RlbHMvZ2VtaW5pLTIuMC1mbGFzaC0wMDE=")
        XCTAssertNil(try CursorPaging.gemini.nextCursor(in: gemini[1]))
    }

    func testNextCursorEdgeCases() {
        func next(_ rule: CursorPaging, _ json: String) -> String {
            do { return try rule.nextCursor(in: Data(json.utf8)) ?? "end" } catch { return "error: \(error)" }
        }
        XCTAssertEqual(next(.gemini, #"{"models":[],"nextPageToken":""}"#), "end")
        XCTAssertEqual(next(.gemini, #"{"models":[],"nextPageToken":null}"#), "end")
        XCTAssertEqual(next(.anthropic, #"{"data":[],"has_more":false,"last_id":"x"}"#), "end")
        XCTAssertEqual(next(.anthropic, #"{"data":[],"has_more":true,"last_id":null}"#), "error: has_more is true but last_id is missing or empty, so the next page cannot be asked for")
        XCTAssertEqual(next(.anthropic, #"{"data":[],"has_more":"yes","last_id":"x"}"#), "error: has_more must be true or false, found a string")
        XCTAssertEqual(next(.gemini, #"[1,2]"#), "error: expected a JSON object with the paging keys, found an array")
        XCTAssertTrue(next(.gemini, #"{"models": ["#).hasPrefix("error: the page is not JSON"))
    }
}
