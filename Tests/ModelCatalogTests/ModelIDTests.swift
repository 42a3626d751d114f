import XCTest

@testable import ModelCatalog

final class ModelIDTests: XCTestCase {
    func testParsesOnlyCanonicalIDs() {
        XCTAssertEqual(ModelID("anthropic/claude-sonnet-4-5")?.slug, "claude-sonnet-4-5")
        XCTAssertNil(ModelID("Anthropic/Claude"))
        XCTAssertNil(ModelID("../etc"))
        XCTAssertNil(ModelID("a/b/c"))
        XCTAssertNil(ModelID("a/.hidden"))
    }

    func testNormalizedComponentIsURLSafe() {
        XCTAssertEqual(ModelID.normalizedComponent("Llama 3.3 70B/Instruct"), "llama-3.3-70b-instruct")
        XCTAssertEqual(ModelID.normalizedComponent("../../etc/x"), "etc-x")
        XCTAssertEqual(ModelID.normalizedComponent("a\u{0}b"), "a-b")
        XCTAssertNil(ModelID.normalizedComponent("///"))
        XCTAssertLessThanOrEqual(ModelID.normalizedComponent(String(repeating: "x", count: 1000))?.count ?? 0, 128)
    }
}
