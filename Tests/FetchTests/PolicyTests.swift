import Foundation
import Testing

@testable import Fetch

/// The retry rule, the shrink rule and the result table, as pure values.
struct PolicyTests {
    let policy = RetryPolicy(maxAttempts: 4, baseDelay: .seconds(1), maxDelay: .seconds(5), retryAfterCap: .seconds(60))

    @Test func retriesTransientFailuresOnly() {
        #expect(policy.delay(afterAttempt: 1, status: 429, failure: nil, retryAfter: nil, jitter: 0) != nil)
        #expect(policy.delay(afterAttempt: 1, status: 503, failure: nil, retryAfter: nil, jitter: 0) != nil)
        #expect(policy.delay(afterAttempt: 1, status: 0, failure: .connection(code: 7, message: "refused"), retryAfter: nil, jitter: 0) != nil)
        #expect(policy.delay(afterAttempt: 1, status: 0, failure: .timedOut(message: ""), retryAfter: nil, jitter: 0) != nil)
        for status in [400, 401, 403, 404, 410, 422] {
            #expect(policy.delay(afterAttempt: 1, status: status, failure: nil, retryAfter: nil, jitter: 0) == nil)
        }
        #expect(policy.delay(afterAttempt: 1, status: 0, failure: .tooLarge(limit: 1), retryAfter: nil, jitter: 0) == nil)
        #expect(policy.delay(afterAttempt: 1, status: 0, failure: .tooManyRedirects(limit: 5), retryAfter: nil, jitter: 0) == nil)
        #expect(policy.delay(afterAttempt: 4, status: 500, failure: nil, retryAfter: nil, jitter: 0) == nil, "attempts exhausted")
    }

    @Test func backoffDoublesWithJitterAndCap() {
        // Equal jitter: between half and all of base·2^(attempt-1), capped at maxDelay.
        #expect(policy.delay(afterAttempt: 1, status: 500, failure: nil, retryAfter: nil, jitter: 0) == .milliseconds(500))
        #expect(policy.delay(afterAttempt: 1, status: 500, failure: nil, retryAfter: nil, jitter: 1) == .seconds(1))
        #expect(policy.delay(afterAttempt: 2, status: 500, failure: nil, retryAfter: nil, jitter: 0.5) == .milliseconds(1500))
        #expect(policy.delay(afterAttempt: 3, status: 500, failure: nil, retryAfter: nil, jitter: 1) == .seconds(4))
        let long = RetryPolicy(maxAttempts: 20, baseDelay: .seconds(1), maxDelay: .seconds(5))
        #expect(long.delay(afterAttempt: 10, status: 500, failure: nil, retryAfter: nil, jitter: 1) == .seconds(5))
    }

    @Test func retryAfterIsHonouredAndCapped() {
        #expect(policy.delay(afterAttempt: 1, status: 429, failure: nil, retryAfter: .seconds(7), jitter: 0.9) == .seconds(7))
        #expect(policy.delay(afterAttempt: 1, status: 429, failure: nil, retryAfter: .seconds(3600), jitter: 0) == .seconds(60))
        let now = Date(timeIntervalSince1970: 1_759_312_800)  // Wed, 01 Oct 2025 10:00:00 GMT
        #expect(RetryPolicy.parseRetryAfter("120", now: now) == .seconds(120))
        #expect(RetryPolicy.parseRetryAfter("Wed, 01 Oct 2025 10:00:30 GMT", now: now) == .seconds(30))
        #expect(RetryPolicy.parseRetryAfter("Wed, 01 Oct 2025 09:00:00 GMT", now: now) == .zero)
        #expect(RetryPolicy.parseRetryAfter("soon", now: now) == nil)
        #expect(RetryPolicy.parseRetryAfter("-5", now: now) == nil)
    }

    @Test func shrinkRule() {
        let rule = ShrinkRule()
        #expect(!rule.refuses(before: 100, after: 70), "exactly 30% is allowed")
        #expect(rule.refuses(before: 100, after: 69))
        #expect(!rule.refuses(before: 100, after: 150))
        #expect(!rule.refuses(before: nil, after: 0), "no previous snapshot, nothing to compare")
        #expect(!rule.refuses(before: 0, after: 0))
        #expect(ShrinkRule(maxShrinkPercent: 0).refuses(before: 10, after: 9))
        #expect(!ShrinkRule(maxShrinkPercent: 100).refuses(before: 10, after: 0))
    }

    @Test func resultTable() {
        let report = FetchReport(results: [
            FetchResult(sourceID: "openai", status: 200, bytes: 12_345, modelsBefore: 80, modelsAfter: 82, outcome: .changed, duration: .milliseconds(1234), attempts: 1),
            FetchResult(sourceID: "litellm", status: 304, bytes: 0, modelsBefore: 1500, modelsAfter: 1500, outcome: .unchanged, duration: .milliseconds(80), attempts: 1),
            FetchResult(sourceID: "gemini", status: 500, outcome: .failed(.httpStatus(source: "gemini", url: "https://x.test/?key=REDACTED", status: 500, attempts: 3)), duration: .seconds(3), attempts: 3),
        ])
        #expect(report.hasFailures)
        #expect(report.table() == """
            source   status  bytes  models       result             time
            -------  ------  -----  -----------  -----------------  ----
            openai      200  12345  80 → 82      changed            1.2s
            litellm     304      0  1500 → 1500  unchanged          0.1s
            gemini      500      0  - → -        failed (HTTP 500)  3.0s
            1 changed, 1 unchanged, 1 failed
            error: gemini: GET https://x.test/?key=REDACTED answered HTTP 500 (after 3 attempts)

            """)
    }

    @Test func fallbackValidatorCountsDataOrTopLevelKeys() throws {
        #expect(try SnapshotValidator.jsonDocument.modelCount(listing(4)) == 4)
        #expect(try SnapshotValidator.jsonDocument.modelCount(Data(#"{"a":{},"b":{},"sample_spec":{}}"#.utf8)) == 3)
        #expect(throws: (any Error).self) { try SnapshotValidator.jsonDocument.modelCount(Data("nope".utf8)) }
        #expect(throws: (any Error).self) { try SnapshotValidator.jsonDocument.modelCount(Data("42".utf8)) }
    }
}

/// The live progress lines shown on a terminal.
struct ProgressBoardTests {
    @Test func onelinePerSource() {
        var board = ProgressBoard(sources: ["openai", "gemini"])
        board.apply(.started(source: "openai", attempt: 1))
        board.apply(.received(source: "openai", bytes: 2048))
        board.apply(.retrying(source: "gemini", attempt: 1, delay: .seconds(2), reason: "HTTP 429"))
        #expect(board.lines == ["openai  2048 bytes", "gemini  attempt 1: HTTP 429; retrying in 2.0s"])
        board.apply(.finished(FetchResult(sourceID: "openai", status: 304, modelsBefore: 3, modelsAfter: 3, outcome: .unchanged)))
        #expect(board.lines[0] == "openai  unchanged (HTTP 304, 0 bytes, 3 → 3 models, 0.0s)")
    }
}
