import XCTest

@testable import Site

final class DefaultLeaderboardsTests: XCTestCase {
    /// The one-pass selection keeps what sorting everything and taking the first entries
    /// keeps, in the same order, for any count and input order.
    func testFirstEntriesAreTheSortedPrefix() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let items = (0..<Int.random(in: 0...60, using: &generator)).map { index in (Int.random(in: 0...20, using: &generator), index) }
            let count = Int.random(in: 0...15, using: &generator)
            let order: ((Int, Int), (Int, Int)) -> Bool = { ($0.0, $0.1) < ($1.0, $1.1) }
            let expected = items.sorted(by: order).prefix(count)
            let kept = DefaultLeaderboards.first(count, of: items, by: order)
            XCTAssertEqual(kept.map(\.1), expected.map(\.1), "\(items) first \(count)")
        }
    }
}
