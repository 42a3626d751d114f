import XCTest

@testable import Pipeline

final class BuildReportTests: XCTestCase {
    func testSummaryFlagsEntriesThatAreNotAccountedFor() {
        var report = BuildReport()
        report.sources = [BuildReport.SourceLine(id: "s", file: "sources/s.json", records: 10, endpoints: 7, aliases: 1, skipped: ["x": 1])]
        XCTAssertTrue(report.lines.contains { $0.contains("MISMATCH: 1 unaccounted") }, report.lines.joined(separator: "\n"))
        report.sources[0].skipped["y"] = 1
        XCTAssertTrue(report.lines.contains { $0.contains("10 accounted for of 10 (all accounted for)") })
    }
}
