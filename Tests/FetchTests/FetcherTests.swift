import FlyingFox
import Foundation
import Synchronization
import Testing

@testable import Fetch

/// Fetching against a real HTTP server on 127.0.0.1: success, conditional requests,
/// retries, every kind of failure (each leaving the old snapshot byte-identical), and
/// parallelism. Serialized so that timings are not skewed by the other tests.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct FetcherTests {
    let fetcher = Fetcher(settings: testSettings, retry: testRetry)

    /// Runs one source served by `handler` and checks that nothing in the catalog changed.
    func expectFailure(
        settings: FetchSettings = testSettings, retry: RetryPolicy = testRetry, path: String = "/models",
        _ handler: @escaping @Sendable (HTTPRequest, Int) async throws -> HTTPResponse
    ) async throws -> (FetchResult, TestServer) {
        let server = try await TestServer.start(handler)
        let catalog = try TempCatalog()
        defer { catalog.remove() }
        let before = try catalog.contents()
        let report = await Fetcher(settings: settings, retry: retry).run([catalog.job(server.url(path))])
        await server.stop()
        let result = try #require(report.results.first)
        #expect(result.failed)
        #expect(report.hasFailures)
        #expect(try catalog.contents() == before, "the old snapshot must be byte-identical and no temp file left")
        return (result, server)
    }

    @Test func successReplacesSnapshotAndStoresValidators() async throws {
        let server = try await TestServer.start { _, _ in
            HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.eTag: "\"v2\"", .lastModified: "Wed, 01 Oct 2025 10:00:00 GMT"]), body: listing(11))
        }
        let catalog = try TempCatalog()
        defer { catalog.remove() }
        let report = await fetcher.run([catalog.job(server.url("/models"))])
        await server.stop()
        let result = try #require(report.results.first)
        #expect(result.outcome == .changed)
        #expect(result.status == 200)
        #expect(result.modelsBefore == 10)
        #expect(result.modelsAfter == 11)
        #expect(result.bytes == listing(11).count)
        #expect(try Data(contentsOf: catalog.snapshot()) == listing(11))
        let meta = try JSONDecoder().decode(SnapshotMeta.self, from: Data(contentsOf: SnapshotMeta.path(forSnapshot: catalog.snapshot())))
        #expect(meta == SnapshotMeta(url: server.url("/models"), etag: "\"v2\"", lastModified: "Wed, 01 Oct 2025 10:00:00 GMT"))
        #expect(!report.hasFailures)
        #expect(try catalog.contents().keys.sorted() == ["/sources/src.json", "/sources/src.json.meta.json"])
    }

    @Test func notModifiedLeavesSnapshotUntouched() async throws {
        let server = try await TestServer.start { request, _ in
            if request.headers[HTTPHeader("If-None-Match")] == "\"v1\"" {
                return HTTPResponse(statusCode: .notModified, headers: HTTPHeaders([.eTag: "\"v1\""]))
            }
            return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.eTag: "\"v1\""]), body: listing(12))
        }
        let catalog = try TempCatalog()
        defer { catalog.remove() }
        let first = await fetcher.run([catalog.job(server.url("/models"))])
        #expect(first.results.first?.outcome == .changed)
        let afterFirst = try catalog.contents()

        let second = await fetcher.run([catalog.job(server.url("/models"))])
        await server.stop()
        let result = try #require(second.results.first)
        #expect(result.status == 304)
        #expect(result.outcome == .unchanged)
        #expect(result.modelsBefore == 12 && result.modelsAfter == 12)
        #expect(try catalog.contents() == afterFirst)
        #expect(server.receivedHeaders.last?["if-none-match"] == "\"v1\"")
    }

    @Test func sameBytesAreUnchanged() async throws {
        let server = try await TestServer.start { _, _ in HTTPResponse(statusCode: .ok, body: listing(10)) }
        let catalog = try TempCatalog()
        defer { catalog.remove() }
        let before = try catalog.contents()
        let report = await fetcher.run([catalog.job(server.url("/models"))])
        await server.stop()
        #expect(report.results.first?.outcome == .unchanged)
        #expect(try catalog.contents() == before)
    }

    @Test func tooManyRequestsHonoursRetryAfterThenSucceeds() async throws {
        let server = try await TestServer.start { _, count in
            count == 1 ? HTTPResponse(statusCode: .tooManyRequests, headers: HTTPHeaders([HTTPHeader("Retry-After"): "1"])) : HTTPResponse(statusCode: .ok, body: listing(10, tag: "b"))
        }
        let catalog = try TempCatalog()
        defer { catalog.remove() }
        let events = Mutex<[FetchEvent]>([])
        let report = await fetcher.run([catalog.job(server.url("/models"))]) { event in events.withLock { $0.append(event) } }
        await server.stop()
        let result = try #require(report.results.first)
        #expect(result.outcome == .changed)
        #expect(result.attempts == 2)
        #expect(server.hits("/models") == 2)
        #expect(result.duration >= .milliseconds(950), "waited for Retry-After: 1")
        let retry = events.withLock { $0.first { if case .retrying = $0 { true } else { false } } }
        #expect(retry == .retrying(source: "src", attempt: 1, delay: .seconds(1), reason: "HTTP 429"))
    }

    @Test func serverErrorThreeTimesFails() async throws {
        let (result, server) = try await expectFailure { _, _ in HTTPResponse(statusCode: .internalServerError) }
        #expect(server.hits("/models") == 3)
        #expect(result.attempts == 3)
        #expect(result.error == .httpStatus(source: "src", url: server.url("/models"), status: 500, attempts: 3))
    }

    @Test func clientErrorIsNotRetried() async throws {
        let (result, server) = try await expectFailure { _, _ in HTTPResponse(statusCode: .notFound) }
        #expect(server.hits("/models") == 1)
        #expect(result.status == 404)
    }

    @Test func stalledServerHitsLowSpeedTimeout() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let (result, _) = try await expectFailure(retry: RetryPolicy(maxAttempts: 1)) { _, _ in
            HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentLength: "5000"]), body: HTTPBodySequence(from: ScriptedBody(steps: [.bytes(Data(repeating: 32, count: 10)), .pause(.seconds(8))]), count: 5000))
        }
        let elapsed = clock.now - start
        guard case .transfer(_, _, .timedOut, 1) = result.error else {
            Issue.record("expected a timeout, got \(String(describing: result.error))")
            return
        }
        #expect(elapsed < .seconds(4), "the low-speed limit (1 s) must end the transfer well before the 6 s total timeout")
    }

    @Test func truncatedBodyFails() async throws {
        let (result, server) = try await expectFailure { _, _ in
            HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentLength: "5000"]), body: HTTPBodySequence(from: ScriptedBody(steps: [.bytes(listing(3)), .fail]), count: 5000))
        }
        guard case .transfer(_, _, .connection(let code, _), 3) = result.error else {
            Issue.record("expected a connection failure after 3 attempts, got \(String(describing: result.error))")
            return
        }
        #expect(code == 18, "CURLE_PARTIAL_FILE")
        #expect(server.hits("/models") == 3)
    }

    @Test func invalidJSONIsRefused() async throws {
        let (result, _) = try await expectFailure { _, _ in HTTPResponse(statusCode: .ok, body: Data("{\"data\": [".utf8)) }
        guard case .invalidBody(_, _, "test listing", _) = result.error else {
            Issue.record("expected invalidBody, got \(String(describing: result.error))")
            return
        }
        #expect(result.modelsBefore == 10)
    }

    @Test func oversizedBodyIsAborted() async throws {
        // Content-Length announces it: libcurl refuses before reading.
        let (announced, _) = try await expectFailure { _, _ in HTTPResponse(statusCode: .ok, body: listing(5000)) }
        #expect(announced.error?.shortReason == "too large")
        // Chunked, size unknown: the write callback stops it at the limit.
        let (chunked, server) = try await expectFailure { _, _ in
            HTTPResponse(statusCode: .ok, body: HTTPBodySequence(from: ScriptedBody(steps: [.bytes(listing(5000))])))
        }
        #expect(chunked.error == .transfer(source: "src", url: server.url("/models"), failure: .tooLarge(limit: 50_000), attempts: 1))
    }

    @Test func shrunkListingIsRefusedUnlessAccepted() async throws {
        let (result, _) = try await expectFailure { _, _ in HTTPResponse(statusCode: .ok, body: listing(5)) }
        #expect(result.error == .shrunk(source: "src", before: 10, after: 5, maxPercent: 30))
        #expect(result.modelsAfter == 5)

        let server = try await TestServer.start { _, _ in HTTPResponse(statusCode: .ok, body: listing(5)) }
        let catalog = try TempCatalog()
        defer { catalog.remove() }
        let report = await fetcher.run([catalog.job(server.url("/models"))], acceptShrink: true)
        await server.stop()
        #expect(report.results.first?.outcome == .changed)
        #expect(try Data(contentsOf: catalog.snapshot()) == listing(5))
    }

    @Test func redirectLoopStops() async throws {
        let (result, server) = try await expectFailure(path: "/loop") { request, _ in
            HTTPResponse(statusCode: .found, headers: HTTPHeaders([.location: request.path == "/loop" ? "/loop2" : "/loop"]))
        }
        #expect(result.error?.shortReason == "redirect loop")
        #expect(server.hits("/loop") + server.hits("/loop2") == 4, "the first request and 3 redirects, no retry")
    }

    @Test func dryRunWritesNothing() async throws {
        let server = try await TestServer.start { _, _ in HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.eTag: "\"x\""]), body: listing(11)) }
        let catalog = try TempCatalog()
        defer { catalog.remove() }
        let before = try catalog.contents()
        let report = await fetcher.run([catalog.job(server.url("/models"))], dryRun: true)
        await server.stop()
        #expect(report.results.first?.outcome == .changed)
        #expect(report.table().contains("dry run"))
        #expect(try catalog.contents() == before)
    }

    @Test func connectionRefusedIsRetriedThenFails() async throws {
        // Take a free port, then close it so nothing listens there.
        let server = try await TestServer.start { _, _ in HTTPResponse(statusCode: .ok) }
        let url = server.url("/models")
        await server.stop()
        let catalog = try TempCatalog()
        defer { catalog.remove() }
        let before = try catalog.contents()
        let report = await fetcher.run([catalog.job(url)])
        guard case .transfer(_, _, .connection, 3) = report.results.first?.error else {
            Issue.record("expected a connection failure after 3 attempts, got \(report.results)")
            return
        }
        #expect(try catalog.contents() == before)
    }

    @Test func slowSourceDoesNotDelayFastOnes() async throws {
        let delays: [String: Duration] = ["/slow": .milliseconds(1200), "/fast1": .milliseconds(800), "/fast2": .milliseconds(800), "/fast3": .milliseconds(800)]
        let server = try await TestServer.start { request, _ in
            try await Task.sleep(for: delays[request.path] ?? .zero)
            return HTTPResponse(statusCode: .ok, body: listing(10, tag: request.path))
        }
        let catalog = try TempCatalog(snapshot: nil)
        defer { catalog.remove() }
        let ids = ["slow", "fast1", "fast2", "fast3"]
        let finished = Mutex<[String]>([])
        let clock = ContinuousClock()
        let start = clock.now
        var settings = testSettings
        settings.lowSpeedTime = .seconds(3)  // the slow source is slow, not stalled
        let report = await Fetcher(settings: settings, retry: testRetry).run(ids.map { catalog.job(server.url("/\($0)"), id: $0) }) { event in
            if case .finished(let result) = event { finished.withLock { $0.append(result.sourceID) } }
        }
        let total = clock.now - start
        await server.stop()
        let sum = delays.values.reduce(Duration.zero, +)
        print("parallel fetch: total \(total), slowest 1.2 s, sum of delays \(sum)")
        #expect(report.results.map(\.outcome) == Array(repeating: .changed, count: 4))
        #expect(total < sum * 2 / 3, "total \(total) should be near the slowest, not the sum \(sum)")
        #expect(finished.withLock { $0.last } == "slow", "fast sources finish first")
    }
}
