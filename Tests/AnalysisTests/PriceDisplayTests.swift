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

    func testRoundingTiesGoToTheEvenDigit() {
        XCTAssertEqual(PriceDisplay.amountText(Decimal(string: "0.00015")!), "0.0002")
        XCTAssertEqual(PriceDisplay.amountText(Decimal(string: "0.00025")!), "0.0002")
        XCTAssertEqual(PriceDisplay.amountText(Decimal(string: "0.000250001")!), "0.0003")
        XCTAssertEqual(PriceDisplay.amountText(Decimal(string: "-0.5")!), "-0.50")
        XCTAssertEqual(PriceDisplay.amountText(Decimal(string: "2.5000")!), "2.50")
        XCTAssertEqual(PriceDisplay.amountText(Decimal(string: "3E+5")!), "300000.00")
        XCTAssertEqual(PriceDisplay.amountText(Decimal(string: "0.00004999")!), "<0.0001")
    }

    /// The integer fast path gives what Foundation's rounding and `description` give, on
    /// 20,000 random amounts of every magnitude a price takes (and ties).
    func testFastAmountTextMatchesFoundationRounding() {
        var generator = SplitMix(seed: 13)
        for _ in 0..<20_000 {
            let digits = generator.next() % 10_000_000_000
            let exponent = Int(generator.next() % 26) - 20
            let negative = generator.next() % 7 == 0
            let text = (negative ? "-" : "") + "\(digits)E\(exponent)"
            let amount = Decimal(string: text)!
            XCTAssertEqual(PriceDisplay.amountText(amount), PriceDisplay.amountTextByRounding(amount), text)
        }
        for tie in ["0.00005", "0.00015", "1.23445", "1.23455", "999.99995", "0.0000500000001"] {
            let amount = Decimal(string: tie)!
            XCTAssertEqual(PriceDisplay.amountText(amount), PriceDisplay.amountTextByRounding(amount), tie)
        }
    }

    /// The integer token counts give what `String(format:)` gives, on random counts.
    func testFastTokenCountsMatchTheFormattedOnes() {
        var generator = SplitMix(seed: 7)
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 50_000_000) + 1000
            guard count % 1000 != 0 else { continue }
            XCTAssertEqual(PriceDisplay.tokens(count), PriceDisplay.tokensByFormat(count), "\(count)")
        }
        XCTAssertEqual(PriceDisplay.tokens(1_000_001), "1.0M", "the historical trimming of one zero is kept")
        XCTAssertEqual(PriceDisplay.tokens(999_960), "1000.0K")
        XCTAssertEqual(PriceDisplay.tokens(1_005_000), PriceDisplay.tokensByFormat(1_005_000))
    }
}

/// A small seeded generator, so a failure repeats.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
