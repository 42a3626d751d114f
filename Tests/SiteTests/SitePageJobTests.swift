import XCTest

@testable import Site

final class SitePageJobTests: XCTestCase {
    private func jobs(_ rows: [Int]) -> [SitePageJob] {
        rows.enumerated().map { index, rows in SitePageJob(folder: "p\(index)/", template: "t", rows: rows) { _ in [:] } }
    }

    private func folders(_ batches: [[SitePageJob]]) -> [[String]] {
        batches.map { $0.map(\.folder) }
    }

    func testAPageAsLargeAsTheBudgetIsRenderedAlone() {
        // The directory (every model) alone, then providers side by side up to the budget, then
        // the compare page with pages of no rows only.
        let batches = SitePageJob.batches(jobs([100, 40, 30, 30, 20, 100, 0, 0]), rowBudget: 100)
        XCTAssertEqual(folders(batches), [["p0/"], ["p1/", "p2/", "p3/"], ["p4/"], ["p5/", "p6/", "p7/"]])
    }

    func testABatchHoldsAtMostTheMaximumCountOfSmallPages() {
        let batches = SitePageJob.batches(jobs(Array(repeating: 1, count: 20)), rowBudget: 1000)
        XCTAssertEqual(batches.map(\.count), [8, 8, 4])
    }

    func testEveryJobIsInExactlyOneBatchInOrder() {
        for seed in 0..<200 {
            // Row counts from 0 to 150 around a budget of 100, 0 to 40 jobs, spread by two primes.
            let rows = (0..<(seed * 37 % 41)).map { (seed * 7919 + $0 * 104_729) % 151 }
            let batches = SitePageJob.batches(jobs(rows), rowBudget: 100)
            XCTAssertEqual(batches.flatMap { $0.map(\.folder) }, rows.indices.map { "p\($0)/" })
            for batch in batches {
                XCTAssertFalse(batch.isEmpty)
                XCTAssertLessThanOrEqual(batch.count, 8)
                // Over the budget only when a single job is.
                if batch.count > 1 { XCTAssertLessThanOrEqual(batch.map(\.rows).reduce(0, +), 100, "\(batch.map(\.rows))") }
            }
        }
    }
}
