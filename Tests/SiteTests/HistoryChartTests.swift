import XCTest

@testable import Site

/// The price history chart's date axis.
final class HistoryChartTests: XCTestCase {
    func testDayNumbersCountDaysFromTheEpoch() {
        let expected: [String: Double] = ["1970-01-01": 0, "1969-12-31": -1, "2000-03-01": 11017, "2024-02-29": 19782, "2026-11-25": 20782]
        for (date, days) in expected {
            XCTAssertEqual(HistoryChart.dayNumber(date), days, date)
        }
    }

    func testSomethingThatIsNotACalendarDateHasNoDayNumber() {
        for text in ["2023-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "LiteLLM 1.110.2", "1.100.0", ""] {
            XCTAssertNil(HistoryChart.dayNumber(text), text)
        }
    }
}
