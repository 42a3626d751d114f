import CCmark
import XCTest

final class CmarkLinkageTests: XCTestCase {
    func testSystemLibcmarkIsLinked() {
        XCTAssertGreaterThanOrEqual(cmark_version(), 0x001E00, "libcmark 0.30 or later")
    }
}
