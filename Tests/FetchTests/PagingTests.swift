import FlyingFox
import Foundation
import Ingest
import Synchronization
import Testing

@testable import Fetch

/// Paged sources against a real HTTP server on 127.0.0.1: fixed `pages = [...]` and cursor
/// paging in the styles of Anthropic (`after_id`/`has_more`/`last_id`) and Gemini
/// (`pageToken`/`nextPageToken`). The snapshot is a folder of page files that the source's
/// reader reads; it is replaced whole or not at all, and keys never reach a file or output.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct PagingTests {
    let anthropicKey = "sk-ant-test-PAGING-0123456789"
    let geminiKey = "AIza-test/PAGING+0123456789"

    /// An Anthropic `/v1/models` page holding models `first..<end`.
    static func anthropicPage(_ range: Range<Int>, hasMore: Bool, tag: String = "") -> Data {
        let items = range.map { "{\"type\":\"model\",\"id\":\"claude-\($0)\(tag)\",\"display_name\":\"Claude \($0)\",\"created_at\":\"2025-0\($0 % 9 + 1)-01T00:00:00Z\"}" }
        let first = range.isEmpty ? "null" : "\"claude-\(range.lowerBound)\(tag)\""
        let last = range.isEmpty ? "null" : "\"claude-\(range.upperBound - 1)\(tag)\""
        return Data("{\"data\":[\(items.joined(separator: ","))],\"has_more\":\(hasMore),\"first_id\":\(first),\"last_id\":\(last)}".utf8)
    }

    /// A Gemini `/v1beta/models` page holding models `first..<end`, with a next page token or none.
    static func geminiPage(_ range: Range<Int>, next: String?) -> Data {
        let items = range.map { "{\"name\":\"models/gemini-\($0)\",\"displayName\":\"Gemini \($0)\",\"inputTokenLimit\":1000000,\"supportedGenerationMethods\":[\"generateContent\"]}" }
        let token = next.map { ",\"nextPageToken\":\"\($0)\"" } ?? ""
        return Data("{\"models\":[\(items.joined(separator: ","))]\(token)}".utf8)
    }

    /// A catalog whose source `id` has a snapshot folder with `pages` already.
    static func catalog(id: String, pages: [Data]) throws -> TempCatalog {
        let catalog = try TempCatalog(snapshot: nil)
        let folder = catalog.root.appendingPathComponent("sources/\(id)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (index, page) in pages.enumerated() {
            try page.write(to: folder.appendingPathComponent("page-\(index + 1).json"))
        }
        return catalog
    }

    /// The jobs for a `catalog.toml` text, each checked by its format's reader (as the CLI does).
    static func plan(_ toml: String, catalog: TempCatalog, environment: [String: String] = [:], from: String? = nil, sources: [String] = []) throws -> FetchPlan {
        let config = try CatalogConfig(Data(toml.utf8))
        return try FetchPlan(config: config, catalog: catalog.root, sourceIDs: sources, from: from, environment: environment) { source in
            source.format.reader.map { .reader($0, sourceID: source.id, path: source.snapshot) } ?? .jsonDocument
        }
    }

    /// The source's snapshot folder read as `build` and `ingest` read it.
    static func read(_ catalog: TempCatalog, id: String, reader: any ListingReader) throws -> [String] {
        let snapshot = try SnapshotLoader.load(catalog.root.appendingPathComponent("sources/\(id)"), sourceID: id)
        return try reader.read(snapshot).entries.map(\.providerModelID)
    }

    @Test func fixedPagesReplaceTheWholeFolder() async throws {
        let bodies = [
            "/v1/models/p1": Self.anthropicPage(0..<2, hasMore: true), "/v1/models/p2": Self.anthropicPage(2..<4, hasMore: true),
            "/v1/models/p3": Self.anthropicPage(4..<6, hasMore: false),
        ]
        let server = try await TestServer.start { request, _ in
            guard let body = bodies[request.path] else { return HTTPResponse(statusCode: .notFound) }
            return HTTPResponse(statusCode: .ok, body: body)
        }
        // Four old pages: the fourth must not linger beside the three new ones.
        let catalog = try Self.catalog(id: "anthropic", pages: (0..<4).map { Self.anthropicPage($0..<($0 + 1), hasMore: $0 < 3, tag: "-old") })
        defer { catalog.remove() }
        let toml = """
            [[sources]]
            id = "anthropic"
            format = "anthropic"
            url = "\(server.url("/v1/models/p1"))"
            pages = ["\(server.url("/v1/models/p2"))", "\(server.url("/v1/models/p3"))"]
            auth_env = "TEST_ANTHROPIC_KEY"
            auth = "header:x-api-key"
            headers = { "anthropic-version" = "2023-06-01" }
            """
        let plan = try Self.plan(toml, catalog: catalog, environment: ["TEST_ANTHROPIC_KEY": anthropicKey])
        let fetcher = Fetcher(settings: testSettings, retry: testRetry)
        let report = await fetcher.run(plan.jobs)
        let result = try #require(report.results.first)
        #expect(result.outcome == .changed, "\(report.table())")
        #expect(result.modelsBefore == 4 && result.modelsAfter == 6)
        #expect(result.bytes == bodies.values.reduce(0) { $0 + $1.count })
        #expect(try catalog.contents() == [
            "/sources/anthropic/page-001.json": bodies["/v1/models/p1"], "/sources/anthropic/page-002.json": bodies["/v1/models/p2"],
            "/sources/anthropic/page-003.json": bodies["/v1/models/p3"],
        ])
        #expect(try Self.read(catalog, id: "anthropic", reader: AnthropicModelsReader()) == (0..<6).map { "claude-\($0)" })
        #expect(server.receivedHeaders.count == 3)
        #expect(server.receivedHeaders.allSatisfy { $0["x-api-key"] == anthropicKey && $0["anthropic-version"] == "2023-06-01" }, "the key goes with every page")

        // The same pages again: unchanged, nothing rewritten.
        let written = try catalog.contents()
        let again = await fetcher.run(plan.jobs)
        await server.stop()
        #expect(again.results.first?.outcome == .unchanged)
        #expect(try catalog.contents() == written)
    }

    @Test func anthropicCursorPagesFollowAfterID() async throws {
        let server = try await TestServer.start { request, _ in
            guard request.headers[HTTPHeader("x-api-key")] == anthropicKey, request.query["limit"] == "2" else { return HTTPResponse(statusCode: .unauthorized) }
            switch request.query["after_id"] {
            case nil: return HTTPResponse(statusCode: .ok, body: Self.anthropicPage(0..<2, hasMore: true))
            case "claude-1": return HTTPResponse(statusCode: .ok, body: Self.anthropicPage(2..<4, hasMore: true))
            case "claude-3": return HTTPResponse(statusCode: .ok, body: Self.anthropicPage(4..<5, hasMore: false))
            default: return HTTPResponse(statusCode: .badRequest)
            }
        }
        let catalog = try TempCatalog(snapshot: nil)
        defer { catalog.remove() }
        let toml = """
            [[sources]]
            id = "anthropic"
            format = "anthropic"
            url = "\(server.url("/v1/models"))?limit=2"
            paging = "anthropic"
            auth_env = "TEST_ANTHROPIC_KEY"
            auth = "header:x-api-key"
            """
        let plan = try Self.plan(toml, catalog: catalog, environment: ["TEST_ANTHROPIC_KEY": anthropicKey])
        let events = Mutex<[FetchEvent]>([])
        let report = await Fetcher(settings: testSettings, retry: testRetry).run(plan.jobs) { event in events.withLock { $0.append(event) } }
        await server.stop()
        let result = try #require(report.results.first)
        #expect(result.outcome == .changed, "\(report.table())")
        #expect(result.modelsAfter == 5)
        #expect(server.receivedQueries.map { $0["after_id"] } == [nil, "claude-1", "claude-3"])
        #expect(try catalog.contents().keys.sorted() == ["/sources/anthropic/page-001.json", "/sources/anthropic/page-002.json", "/sources/anthropic/page-003.json"])
        #expect(try Self.read(catalog, id: "anthropic", reader: AnthropicModelsReader()) == (0..<5).map { "claude-\($0)" })
        let pageEvents = events.withLock { $0.compactMap { if case .startedPage(_, let page, _) = $0 { page } else { nil } } }
        #expect(pageEvents == [2, 3])
    }

    @Test func geminiCursorPagesFollowPageTokenWithTheKeyInTheQuery() async throws {
        // Tokens with characters that need encoding in a query.
        let server = try await TestServer.start { request, _ in
            guard request.query["key"] == geminiKey, request.query["pageSize"] == "2" else { return HTTPResponse(statusCode: .forbidden) }
            switch request.query["pageToken"] {
            case nil: return HTTPResponse(statusCode: .ok, body: Self.geminiPage(0..<2, next: "tok/2+="))
            case "tok/2+=": return HTTPResponse(statusCode: .ok, body: Self.geminiPage(2..<4, next: "tok 3"))
            case "tok 3": return HTTPResponse(statusCode: .ok, body: Self.geminiPage(4..<6, next: nil))
            default: return HTTPResponse(statusCode: .badRequest)
            }
        }
        let catalog = try TempCatalog(snapshot: nil)
        defer { catalog.remove() }
        let toml = """
            [[sources]]
            id = "gemini"
            format = "gemini"
            url = "\(server.url("/v1beta/models"))?pageSize=2"
            paging = "gemini"
            auth_env = "TEST_GEMINI_KEY"
            auth = "query:key"
            """
        let plan = try Self.plan(toml, catalog: catalog, environment: ["TEST_GEMINI_KEY": geminiKey])
        let output = Mutex<[String]>([])
        let report = await Fetcher(settings: testSettings, retry: testRetry).run(plan.jobs) { event in output.withLock { $0.append(event.plainLine) } }
        await server.stop()
        let result = try #require(report.results.first)
        #expect(result.outcome == .changed, "\(report.table())")
        #expect(server.receivedQueries.map { $0["pageToken"] } == [nil, "tok/2+=", "tok 3"])
        #expect(server.receivedQueries.allSatisfy { $0["key"] == geminiKey }, "the key goes with every page")
        #expect(try Self.read(catalog, id: "gemini", reader: GeminiModelsReader()) == (0..<6).map { "gemini-\($0)" })

        var texts = output.withLock { $0 } + [report.table()] + plan.jobs.map(\.displayURL)
        for (path, data) in try catalog.contents() { texts += [path, String(decoding: data, as: UTF8.self)] }
        let everything = texts.joined(separator: "\n")
        let encoded = try #require(geminiKey.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        for secret in [geminiKey, encoded, "0123456789"] {
            #expect(!everything.contains(secret), "a key leaked")
        }
        #expect(everything.contains("gemini: page 3"))
    }

    @Test func failingMiddlePageLeavesTheOldFolderByteIdentical() async throws {
        let server = try await TestServer.start { request, _ in
            switch request.query["after_id"] {
            case nil: return HTTPResponse(statusCode: .ok, body: Self.anthropicPage(0..<2, hasMore: true))
            case "claude-1": return HTTPResponse(statusCode: .internalServerError)
            default: return HTTPResponse(statusCode: .ok, body: Self.anthropicPage(2..<3, hasMore: false))
            }
        }
        let catalog = try Self.catalog(id: "anthropic", pages: [Self.anthropicPage(0..<1, hasMore: true, tag: "-old"), Self.anthropicPage(1..<2, hasMore: false, tag: "-old")])
        defer { catalog.remove() }
        let before = try catalog.contents()
        let toml = """
            [[sources]]
            id = "anthropic"
            format = "anthropic"
            url = "\(server.url("/v1/models"))"
            paging = "anthropic"
            auth_env = "TEST_ANTHROPIC_KEY"
            auth = "header:x-api-key"
            """
        let plan = try Self.plan(toml, catalog: catalog, environment: ["TEST_ANTHROPIC_KEY": anthropicKey])
        let report = await Fetcher(settings: testSettings, retry: testRetry).run(plan.jobs)
        await server.stop()
        let result = try #require(report.results.first)
        #expect(result.error == .page(2, .httpStatus(source: "anthropic", url: server.url("/v1/models?after_id=claude-1"), status: 500, attempts: 3)))
        #expect(result.error?.description.hasPrefix("anthropic: page 2: GET ") == true)
        #expect(server.receivedQueries.map { $0["after_id"] } == [nil, "claude-1", "claude-1", "claude-1"], "page 3 is never asked for")
        #expect(try catalog.contents() == before, "the old pages must be byte-identical and no staging folder left")
        #expect(try FileManager.default.contentsOfDirectory(atPath: catalog.root.appendingPathComponent("sources").path) == ["anthropic"])
    }

    @Test func cursorLoopIsRefused() async throws {
        let server = try await TestServer.start { _, _ in
            // Every page says "more after claude-1": the listing would go on forever.
            HTTPResponse(statusCode: .ok, body: Self.anthropicPage(0..<2, hasMore: true))
        }
        let catalog = try Self.catalog(id: "anthropic", pages: [Self.anthropicPage(0..<2, hasMore: false)])
        defer { catalog.remove() }
        let before = try catalog.contents()
        let toml = """
            [[sources]]
            id = "anthropic"
            format = "anthropic"
            url = "\(server.url("/v1/models"))"
            paging = "anthropic"
            """
        let plan = try Self.plan(toml, catalog: catalog)
        let report = await Fetcher(settings: testSettings, retry: testRetry).run(plan.jobs)
        await server.stop()
        let result = try #require(report.results.first)
        #expect(result.error == .pagingLoop(source: "anthropic", page: 2, cursor: "claude-1"))
        #expect(result.error?.description.contains("anthropic: page 2 points on to 'claude-1'") == true)
        #expect(server.hits("/v1/models") == 2)
        #expect(try catalog.contents() == before)
    }

    @Test func endlessListingStopsAtMaxPages() async throws {
        let server = try await TestServer.start { _, count in
            HTTPResponse(statusCode: .ok, body: Self.geminiPage(count * 2..<(count * 2 + 2), next: "token-\(count)"))
        }
        let catalog = try TempCatalog(snapshot: nil)
        defer { catalog.remove() }
        let toml = """
            [[sources]]
            id = "gemini"
            format = "gemini"
            url = "\(server.url("/v1beta/models"))"
            paging = { preset = "gemini", max_pages = 3 }
            """
        let plan = try Self.plan(toml, catalog: catalog)
        let report = await Fetcher(settings: testSettings, retry: testRetry).run(plan.jobs)
        await server.stop()
        #expect(report.results.first?.error == .tooManyPages(source: "gemini", limit: 3))
        #expect(server.hits("/v1beta/models") == 3)
        #expect(try catalog.contents().isEmpty)
    }

    @Test func dryRunWritesNothing() async throws {
        let server = try await TestServer.start { request, _ in
            request.query["pageToken"] == nil
                ? HTTPResponse(statusCode: .ok, body: Self.geminiPage(0..<2, next: "t2")) : HTTPResponse(statusCode: .ok, body: Self.geminiPage(2..<4, next: nil))
        }
        let catalog = try Self.catalog(id: "gemini", pages: [Self.geminiPage(0..<3, next: nil)])
        defer { catalog.remove() }
        let before = try catalog.contents()
        let toml = """
            [[sources]]
            id = "gemini"
            format = "gemini"
            url = "\(server.url("/v1beta/models"))"
            paging = "gemini"
            """
        let plan = try Self.plan(toml, catalog: catalog)
        let report = await Fetcher(settings: testSettings, retry: testRetry).run(plan.jobs, dryRun: true)
        await server.stop()
        #expect(report.results.first?.outcome == .changed)
        #expect(report.results.first?.modelsBefore == 3 && report.results.first?.modelsAfter == 4)
        #expect(report.table().contains("dry run"))
        #expect(server.hits("/v1beta/models") == 2)
        #expect(try catalog.contents() == before)
    }

    @Test func aKeyEchoedInABodyIsNotStored() async throws {
        let server = try await TestServer.start { request, _ in
            // A server that puts the key it got into the next cursor.
            let key = request.headers[HTTPHeader("x-api-key")] ?? ""
            return HTTPResponse(statusCode: .ok, body: Data("{\"data\":[],\"has_more\":true,\"last_id\":\"\(key)\"}".utf8))
        }
        let catalog = try TempCatalog(snapshot: nil)
        defer { catalog.remove() }
        let toml = """
            [[sources]]
            id = "anthropic"
            format = "anthropic"
            url = "\(server.url("/v1/models"))"
            paging = "anthropic"
            auth_env = "TEST_ANTHROPIC_KEY"
            auth = "header:x-api-key"
            """
        let plan = try Self.plan(toml, catalog: catalog, environment: ["TEST_ANTHROPIC_KEY": anthropicKey])
        let report = await Fetcher(settings: testSettings, retry: testRetry).run(plan.jobs)
        await server.stop()
        #expect(report.results.first?.error == .page(1, .keyInBody(source: "anthropic", url: server.url("/v1/models"))))
        #expect(server.hits("/v1/models") == 1)
        #expect(!report.table().contains(anthropicKey))
        #expect(try catalog.contents().isEmpty)
    }

    @Test func fromMovesFixedPagesToItsOrigin() throws {
        let catalog = try TempCatalog(snapshot: nil)
        defer { catalog.remove() }
        let toml = """
            [[sources]]
            id = "openai"
            format = "openai"
            url = "https://api.example.test/v1/models?page=1"
            pages = ["https://api.example.test/v1/models?page=2", "https://api.example.test/v1/models?page=3"]
            auth_env = "TEST_KEY"
            auth = "query:key"
            """
        let plan = try Self.plan(toml, catalog: catalog, environment: ["TEST_KEY": "k-123"], from: "http://127.0.0.1:8099/mirror?page=1", sources: ["openai"])
        let job = try #require(plan.jobs.first)
        #expect(job.isPaged)
        #expect(job.snapshot.lastPathComponent == "openai")
        #expect(job.displayURL == "http://127.0.0.1:8099/mirror?page=1&key=REDACTED")
        #expect(job.displayPages == ["http://127.0.0.1:8099/v1/models?page=2&key=REDACTED", "http://127.0.0.1:8099/v1/models?page=3&key=REDACTED"])
    }

    @Test func replacingAFolderCleansUpAfterAKilledRun() throws {
        let catalog = try Self.catalog(id: "src", pages: [Data("old".utf8), Data("old2".utf8)])
        defer { catalog.remove() }
        let sources = catalog.root.appendingPathComponent("sources")
        // A staging folder of a process that no longer runs (pid 2^22 + 1 is above Linux's limit).
        let stale = sources.appendingPathComponent(".src.tmp-4194305-1")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: stale.appendingPathComponent("page-001.json"))
        try SnapshotFolder.replace(sources.appendingPathComponent("src"), with: SnapshotFolder.pages([Data("new".utf8)]))
        #expect(try catalog.contents() == ["/sources/src/page-001.json": Data("new".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: sources.path) == ["src"])
    }

    @Test func originsCompareSchemeHostAndPort() throws {
        let origin = try #require(URLOrigin("https://API.example.test/v1/models?x=1"))
        #expect(origin == URLOrigin("https://api.example.test:443/other"))
        #expect(origin != URLOrigin("http://api.example.test/v1/models"))
        #expect(origin != URLOrigin("https://api.example.test:8443/v1/models"))
        #expect(origin != URLOrigin("https://api.example.test.evil.test/v1/models"))
        #expect(origin.rebase("http://127.0.0.1:9/v1/models?page=2") == "https://api.example.test/v1/models?page=2")
    }

    @Test func pageFilesAreNamedToSortInPageOrder() {
        #expect(SnapshotFolder.pageName(1, of: 3) == "page-001.json")
        #expect(SnapshotFolder.pageName(12, of: 1200) == "page-0012.json")
        let names = (1...12).map { SnapshotFolder.pageName($0, of: 12) }
        #expect(names.sorted() == names)
        #expect(names.sorted(by: SnapshotLoader.precedes) == names)
    }
}
