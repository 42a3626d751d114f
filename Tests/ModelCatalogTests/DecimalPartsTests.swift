import Foundation
import XCTest

@testable import ModelCatalog

final class DecimalPartsTests: XCTestCase {
    func testLayoutOfThisToolchainIsKnown() {
        XCTAssertTrue(DecimalParts.layoutIsKnown, "the fast path for decimals is off on this toolchain")
    }

    /// `plainText` gives `description`'s text for random values of every sign, size and
    /// exponent, including trailing zeros that `description` keeps.
    func testPlainTextIsTheDescription() {
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        for _ in 0..<10_000 {
            let digits = next() % 100_000_000_000_000
            let exponent = Int(next() % 60) - 40
            let text = (next() % 5 == 0 ? "-" : "") + "\(digits)E\(exponent)"
            let value = Decimal(string: text)!
            XCTAssertEqual(DecimalParts.plainText(value), value.description, text)
        }
        for text in ["2.50", "0", "-0.000001", "18446744073709551615", "18446744073709551616", "1E+100", "1E-120"] {
            let value = Decimal(string: text)!
            XCTAssertEqual(DecimalParts.plainText(value), value.description, text)
        }
    }
}
