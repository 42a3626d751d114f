import ModelCatalog
import XCTest

@testable import Site

final class SitePathTests: XCTestCase {
    func testPathsStayInsideTheOutputFolder() {
        XCTAssertEqual(SitePath.provider("../../etc/passwd"), "providers/etc-passwd/")
        XCTAssertEqual(SitePath.provider("/absolute"), "providers/absolute/")
        XCTAssertEqual(SitePath.provider(".."), "providers/unnamed/")
        XCTAssertEqual(SitePath.model(ModelID(author: "openai", slug: "gpt-4o")), "models/openai/gpt-4o/")
    }

    func testRootPrefixLeadsBackToTheSiteRoot() {
        XCTAssertEqual(SitePath.root(of: "models/openai/gpt-4o/"), "../../../")
        XCTAssertEqual(SitePath.root(of: ""), "")
    }
}
