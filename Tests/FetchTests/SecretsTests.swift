import FlyingFox
import Foundation
import Ingest
import Synchronization
import Testing

@testable import Fetch

/// API keys come from the environment only and show up in no written file and no output:
/// not in snapshots, meta files, progress lines, the table or error messages.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct SecretsTests {
    let bearerKey = "sk-test-BEARER-0123456789abcdef"
    let headerKey = "sk-test-HEADER-0123456789abcdef"
    let queryKey = "AIza-test/QUERY+0123456789"

    @Test func keysAppearInNoFileAndNoOutput() async throws {
        let server = try await TestServer.start { request, _ in
            switch request.path {
            // Echoes a request detail into the body: still no key in the snapshot, because none was sent in the URL.
            case "/bearer": return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.eTag: "\"e1\""]), body: listing(3))
            case "/header": return HTTPResponse(statusCode: .internalServerError)
            default: return HTTPResponse(statusCode: .notFound)
            }
        }
        let catalog = try TempCatalog(snapshot: nil)
        defer { catalog.remove() }
        let toml = """
            [[sources]]
            id = "bearer"
            format = "openai"
            url = "\(server.url("/bearer"))"
            auth_env = "TEST_BEARER_KEY"

            [[sources]]
            id = "header"
            format = "anthropic"
            url = "\(server.url("/header"))"
            auth_env = "TEST_HEADER_KEY"
            auth = "header:x-api-key"
            headers = { "anthropic-version" = "2023-06-01" }

            [[sources]]
            id = "query"
            format = "gemini"
            url = "\(server.url("/query"))?pageSize=1000"
            auth_env = "TEST_QUERY_KEY"
            auth = "query:key"

            [[sources]]
            id = "missing"
            format = "openai"
            url = "\(server.url("/missing"))"
            auth_env = "TEST_UNSET_KEY"
            """
        let config = try CatalogConfig(Data(toml.utf8))
        let environment = ["TEST_BEARER_KEY": bearerKey, "TEST_HEADER_KEY": headerKey, "TEST_QUERY_KEY": queryKey]
        let plan = try FetchPlan(config: config, catalog: catalog.root, environment: environment) { _ in testValidator }
        let output = Mutex<[String]>([])
        let report = await Fetcher(settings: testSettings, retry: testRetry).run(plan.jobs) { event in
            output.withLock { $0.append(event.plainLine) }
        }
        await server.stop()

        // The keys were sent, each the way its source asks.
        let headers = server.receivedHeaders
        #expect(headers.contains { $0["authorization"] == "Bearer \(bearerKey)" })
        #expect(headers.contains { $0["x-api-key"] == headerKey && $0["anthropic-version"] == "2023-06-01" })
        #expect(server.hits("/query") == 1)

        #expect(report.results.map(\.outcomeWord) == ["changed", "failed", "failed", "failed"])
        #expect(report.results[3].error == .missingKey(source: "missing", variable: "TEST_UNSET_KEY"))
        #expect(report.results[2].error == .httpStatus(source: "query", url: server.url("/query?pageSize=1000&key=REDACTED"), status: 404, attempts: 1))

        var texts = output.withLock { $0 } + [report.table()] + report.results.compactMap { $0.error?.description }
        texts += plan.jobs.map(\.displayURL)
        for (path, data) in try catalog.contents() {
            texts.append(path)
            texts.append(String(decoding: data, as: UTF8.self))
        }
        let everything = texts.joined(separator: "\n")
        let encodedQueryKey = try #require(queryKey.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        for secret in [bearerKey, headerKey, queryKey, encodedQueryKey, "0123456789"] {
            #expect(!everything.contains(secret), "a key leaked")
        }
        #expect(everything.contains("key=REDACTED"))
    }

    @Test func redactorHidesKeysAndKeyQueryValues() {
        let redactor = Redactor(secrets: ["s3cr3t/+"], queryNames: ["api_token"])
        #expect(redactor.redact("GET https://x.test/v1?a=1&api_token=zzz&b=2 s3cr3t/+") == "GET https://x.test/v1?a=1&api_token=REDACTED&b=2 REDACTED")
        #expect(redactor.redact("https://x.test/?key=s3cr3t%2F%2B") == "https://x.test/?key=REDACTED")
        #expect(redactor.redact("https://x.test/?monkey=1") == "https://x.test/?monkey=1")
    }
}
