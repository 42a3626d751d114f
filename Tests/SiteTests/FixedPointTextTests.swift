import Foundation
import XCTest

@testable import Site

/// Chart numbers written without `String(format:)`, byte for byte as it writes them.
final class FixedPointTextTests: XCTestCase {
    func testExactHalvesRoundToEvenAndNearHalvesByTheirBinaryValue() {
        let values: [Double] = [0, -0.0, 0.25, 0.35, 0.15, 0.05, 2.5, 3.5, 0.125, 0.375, 1.005, 2.675, -0.04, -0.05, -1.25, 99.95, 224, 12, 56, 624, 1e11 + 0.05]
        for value in values {
            for decimals in [1, 2] {
                XCTAssertEqual(FixedPointText.text(value, decimals: decimals), String(format: "%.\(decimals)f", value), "\(value)")
            }
        }
    }

    func testRandomValuesMatchStringFormat() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let scale = [1.0, 10, 1000, 1e6, 1e-3][Int.random(in: 0..<5, using: &generator)]
            var value = Double.random(in: -1...1, using: &generator) * scale
            // chart positions: sums and quotients like ChartScale.position's, often near a half
            if Bool.random(using: &generator) { value = 56 + Double(Int.random(in: 0...10_000, using: &generator)) / 20 * (568 / 3.0) / 37 }
            for decimals in [0, 1, 2, 4] {
                XCTAssertEqual(FixedPointText.text(value, decimals: decimals), String(format: "%.\(decimals)f", value), "\(value)")
            }
        }
    }

    func testNonFiniteAndHugeValuesGoThroughStringFormat() {
        for value in [Double.nan, .infinity, -.infinity, 1e20, -3e15] {
            XCTAssertEqual(FixedPointText.text(value, decimals: 1), String(format: "%.1f", value))
        }
    }
}
