import Foundation
import XCTest

@testable import modelcat

final class ServeTests: XCTestCase {
    private let files: Set<String> = ["index.html", "models/a/b/index.html", "api/v1/models.json", "api/v1/models/a/b/endpoints.json", "assets/style.css", "feed.xml"]

    private func resolve(_ path: String) -> String? {
        SiteFileHandler.resolve(path, exists: files.contains)
    }

    func testPathsMapToFiles() {
        XCTAssertEqual(resolve("/"), "index.html")
        XCTAssertEqual(resolve("/models/a/b/"), "models/a/b/index.html")
        XCTAssertEqual(resolve("/models/a/b"), "models/a/b/index.html")
        XCTAssertEqual(resolve("/api/v1/models"), "api/v1/models.json")
        XCTAssertEqual(resolve("/api/v1/models/a/b/endpoints"), "api/v1/models/a/b/endpoints.json")
        XCTAssertEqual(resolve("/assets/style.css"), "assets/style.css")
        XCTAssertNil(resolve("/missing.html"))
    }

    func testPathsCannotLeaveTheSiteFolder() {
        XCTAssertNil(resolve("/../index.html"))
        XCTAssertNil(resolve("/models/%2e%2e/%2e%2e/index.html"))
    }

    func testContentTypes() {
        XCTAssertEqual(SiteFileHandler.contentType(for: "index.html"), "text/html; charset=utf-8")
        XCTAssertEqual(SiteFileHandler.contentType(for: "api/v1/models.json"), "application/json")
        XCTAssertEqual(SiteFileHandler.contentType(for: "a/badge.svg"), "image/svg+xml")
        XCTAssertEqual(SiteFileHandler.contentType(for: "feed.xml"), "application/atom+xml; charset=utf-8")
        XCTAssertEqual(SiteFileHandler.contentType(for: "sitemap.xml"), "application/xml; charset=utf-8")
        XCTAssertEqual(SiteFileHandler.contentType(for: "assets/directory.js"), "text/javascript; charset=utf-8")
    }
}
