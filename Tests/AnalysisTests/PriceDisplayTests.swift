import Foundation
import XCTest

@testable import Analysis

final class PriceDisplayTests: XCTestCase {
    func testPerMillionRoundsForDisplayOnly() {
        XCTAssertEqual(PriceDisplay.perMillionText(Decimal(string: "0.000003")), "3.00")
        XCTAssertEqual(PriceDisplay.perMillionText(Decimal(string: "0.000000075")), "0.075")
        XCTAssertEqual(PriceDisplay.perMillionText(Decimal(string: "0.0000015000300000000002")), "1.50")
        XCTAssertEqual(PriceDisplay.perMillionText(Decimal(string: "0.0000000375")), "0.0375")
        XCTAssertEqual(PriceDisplay.perMillionText(Decimal(string: "0.00000000000001")), "<0.0001")
        XCTAssertEqual(PriceDisplay.perMillionText(Decimal(0)), "0.00")
        XCTAssertEqual(PriceDisplay.perMillionText(nil), "—", "unknown is not zero")
    }

    func testTokenCounts() {
        XCTAssertEqual(PriceDisplay.tokens(128_000), "128K")
        XCTAssertEqual(PriceDisplay.tokens(1_000_000), "1M")
        XCTAssertEqual(PriceDisplay.tokens(1_048_576), "1.05M")
        XCTAssertEqual(PriceDisplay.tokens(nil), "—")
    }
}
