import Foundation
import Ingest
import XCTest

@testable import Pipeline

/// `build` reads a folder snapshot exactly as `modelcat ingest` does: page files in page
/// order (`page-2` before `page-10`, as `fetch` names them or by hand), hidden files left out.
final class CatalogFolderSnapshotTests: XCTestCase {
    func testPagesInPageOrderWithoutHiddenFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("modelcat-folder-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("sources/gemini")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("[[sources]]\nid = \"gemini\"\nformat = \"gemini\"\npaging = \"gemini\"\n".utf8).write(to: root.appendingPathComponent("catalog.toml"))
        for name in ["page-10.json", "page-2.json", "page-1.json", ".page-3.json.tmp"] {
            try Data("{\"models\":[]}".utf8).write(to: folder.appendingPathComponent(name))
        }
        let catalog = try CatalogFolder(url: root)
        let source = try XCTUnwrap(catalog.config.sources.first)
        XCTAssertEqual(source.snapshot, "sources/gemini")
        let snapshot = try catalog.snapshot(of: source)
        XCTAssertEqual(snapshot.files.map(\.path), ["sources/gemini/page-1.json", "sources/gemini/page-2.json", "sources/gemini/page-10.json"])
        let loaded = try SnapshotLoader.load(folder, sourceID: "gemini")
        XCTAssertEqual(loaded.files.map { "sources/gemini/" + $0.path }, snapshot.files.map(\.path), "ingest and build agree")
    }
}
