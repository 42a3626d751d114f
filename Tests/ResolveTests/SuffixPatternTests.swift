import XCTest

@testable import Resolve

final class SuffixPatternTests: XCTestCase {
    func testHashMatchesOneOrMoreDigitsAtTheEnd() {
        let text = "claude-3-5-sonnet-20241022-v2:0"
        XCTAssertEqual(SuffixPattern.matchStart(of: "-v#:#", in: text).map { String(text[..<$0]) }, "claude-3-5-sonnet-20241022")
        XCTAssertNil(SuffixPattern.matchStart(of: "@#", in: text))
        XCTAssertNil(SuffixPattern.matchStart(of: "-v#", in: "model-v"), "# needs at least one digit")
    }
}
