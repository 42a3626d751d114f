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

    /// A component that is already normalized comes back as it is; anything else goes
    /// through the full normalization, which the shortcut must agree with.
    func testNormalizingAnAlreadyNormalComponentAgreesWithTheFullRules() {
        for text in ["gpt-4o", "claude-3.5-sonnet", "a_b.c", "a--b", "-a", "a-", ".a", "a.", "A", "a b", "a.-b", "ünï", String(repeating: "a", count: 129)] {
            let full = ModelID.normalizedByRules(text)
            XCTAssertEqual(ModelID.normalizedComponent(text), full, text)
            XCTAssertEqual(ModelID.isNormalized(text), full == text, text)
        }
    }
}
