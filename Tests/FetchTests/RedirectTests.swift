import FlyingFox
import Foundation
import Ingest
import Testing

@testable import Fetch

/// A request carrying a key follows redirects only within its origin (scheme, host, port):
/// two servers on 127.0.0.1 with different ports are different origins, and the second one
/// must never see the key, however it is sent. Sources without a key follow redirects freely.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct RedirectTests {
    let key = "sk-test-REDIRECT-0123456789"

    /// A source `id` at `url` whose key is sent the way `auth` says.
    func toml(id: String, url: String, auth: String?) -> String {
        var text = """
            [[sources]]
            id = "\(id)"
            format = "openai"
            url = "\(url)"

            """
        if let auth { text += "auth_env = \"TEST_REDIRECT_KEY\"\nauth = \"\(auth)\"\n" }
        return text
    }

    @Test func crossOriginRedirectIsRefusedAndTheOtherServerNeverSeesTheKey() async throws {
        let other = try await TestServer.start { _, _ in HTTPResponse(statusCode: .ok, body: listing(3)) }
        let target = other.url("/v1/models")
        let origin = try await TestServer.start { _, _ in
            HTTPResponse(statusCode: .found, headers: HTTPHeaders([.location: target]))
        }
        let catalog = try TempCatalog(snapshot: nil)
        defer { catalog.remove() }
        let styles = ["bearer": "bearer", "header": "header:x-api-key", "query": "query:key"]
        let text = styles.keys.sorted().map { toml(id: $0, url: origin.url("/v1/models?from=\($0)"), auth: styles[$0]) }.joined(separator: "\n")
        let config = try CatalogConfig(Data(text.utf8))
        let plan = try FetchPlan(config: config, catalog: catalog.root, environment: ["TEST_REDIRECT_KEY": key]) { _ in testValidator }
        let report = await Fetcher(settings: testSettings, retry: testRetry).run(plan.jobs)
        await origin.stop()
        await other.stop()

        #expect(origin.hits("/v1/models") == 3)
        #expect(other.hits("/v1/models") == 0, "the other origin must not even be asked")
        for result in report.results {
            #expect(result.error == .transfer(source: result.sourceID, url: origin.url("/v1/models?from=\(result.sourceID)") + (result.sourceID == "query" ? "&key=REDACTED" : ""), failure: .refusedRedirect(location: target), attempts: 1))
        }
        #expect(report.results.allSatisfy { $0.error?.shortReason == "redirect to another host refused" })
        #expect(!report.table().contains(key))
        #expect(try catalog.contents().isEmpty)
    }

    @Test func sameOriginRedirectIsFollowedWithTheKey() async throws {
        let server = try await TestServer.start { request, _ in
            request.path == "/old" ? HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: "/new"])) : HTTPResponse(statusCode: .ok, body: listing(4))
        }
        let catalog = try TempCatalog(snapshot: nil)
        defer { catalog.remove() }
        let config = try CatalogConfig(Data(toml(id: "src", url: server.url("/old"), auth: "header:x-api-key").utf8))
        let plan = try FetchPlan(config: config, catalog: catalog.root, environment: ["TEST_REDIRECT_KEY": key]) { _ in testValidator }
        let report = await Fetcher(settings: testSettings, retry: testRetry).run(plan.jobs)
        await server.stop()
        #expect(report.results.first?.outcome == .changed)
        #expect(report.results.first?.attempts == 1, "a redirect is not an attempt")
        #expect(server.hits("/old") == 1 && server.hits("/new") == 1)
        #expect(server.receivedHeaders.allSatisfy { $0["x-api-key"] == key })
        #expect(try Data(contentsOf: catalog.snapshot()) == listing(4))
    }

    @Test func sameOriginRedirectLoopStops() async throws {
        let server = try await TestServer.start { request, _ in
            HTTPResponse(statusCode: .found, headers: HTTPHeaders([.location: request.path == "/a" ? "/b" : "/a"]))
        }
        let catalog = try TempCatalog(snapshot: nil)
        defer { catalog.remove() }
        let config = try CatalogConfig(Data(toml(id: "src", url: server.url("/a"), auth: "bearer").utf8))
        let plan = try FetchPlan(config: config, catalog: catalog.root, environment: ["TEST_REDIRECT_KEY": key]) { _ in testValidator }
        let report = await Fetcher(settings: testSettings, retry: testRetry).run(plan.jobs)
        await server.stop()
        #expect(report.results.first?.error?.shortReason == "redirect loop")
        #expect(server.hits("/a") + server.hits("/b") == 4, "the first request and 3 redirects, no retry")
    }

    @Test func sourceWithoutKeyFollowsRedirectsAnywhere() async throws {
        let other = try await TestServer.start { _, _ in HTTPResponse(statusCode: .ok, body: listing(3)) }
        let target = other.url("/mirror")
        let origin = try await TestServer.start { _, _ in HTTPResponse(statusCode: .found, headers: HTTPHeaders([.location: target])) }
        let catalog = try TempCatalog(snapshot: nil)
        defer { catalog.remove() }
        let report = await Fetcher(settings: testSettings, retry: testRetry).run([catalog.job(origin.url("/models"))])
        await origin.stop()
        await other.stop()
        #expect(report.results.first?.outcome == .changed)
        #expect(other.hits("/mirror") == 1)
    }
}
