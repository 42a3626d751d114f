import Foundation
import XCTest

final class BuildCommandTests: XCTestCase {
    private var templates: String { CommandRunner.repositoryRoot.appendingPathComponent("templates").path }

    func testBuildWritesDirectoryModelPagesProviderPagesAndCatalogJSON() throws {
        let catalog = try CommandRunner.fixtureCatalog("small", test: self)
        let site = catalog.deletingLastPathComponent().appendingPathComponent("site")
        let result = try CommandRunner.run(["build", "--catalog", catalog.path, "--output", site.path, "--templates", templates])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("8 entries"), result.stdout)
        XCTAssertTrue(result.stdout.contains("8 accounted for of 8 (all accounted for)"), result.stdout)

        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains(#"href="models/anthropic/claude-sonnet-4-5-20250929/index.html""#), index)
        XCTAssertTrue(index.contains("Llama 3.3 70B Instruct Turbo") || index.contains("llama-3.3-70b-instruct-turbo"))
        XCTAssertTrue(index.contains(">3.00<"), "input price per 1M of Claude Sonnet 4.5")

        let modelPage = try String(contentsOf: site.appendingPathComponent("models/anthropic/claude-sonnet-4-5-20250929/index.html"), encoding: .utf8)
        XCTAssertTrue(modelPage.contains("us.anthropic.claude-sonnet-4-5-20250929-v1:0"), "the regional Bedrock endpoint is listed")
        XCTAssertTrue(modelPage.contains(">3.30<"), "regional price per 1M")
        XCTAssertTrue(modelPage.contains(#"href="../../../providers/bedrock/index.html""#))
        XCTAssertTrue(modelPage.contains("cheapest"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("providers/bedrock/index.html").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("assets/style.css").path))

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("catalog.json"))) as? [String: Any]
        let models = try XCTUnwrap(json?["models"] as? [[String: Any]])
        XCTAssertNotNil(json?["schema_version"] as? String)
        let claude = try XCTUnwrap(models.first { $0["id"] as? String == "anthropic/claude-sonnet-4-5-20250929" })
        let endpoints = try XCTUnwrap(claude["endpoints"] as? [[String: Any]])
        XCTAssertEqual(endpoints.compactMap { $0["provider"] as? String }.sorted(), ["anthropic", "bedrock", "bedrock"])
        let anthropic = try XCTUnwrap(endpoints.first { $0["provider"] as? String == "anthropic" })
        let pricing = try XCTUnwrap(anthropic["pricing"] as? [String: Any])
        XCTAssertEqual(pricing["prompt"] as? String, "0.000003", "prices are decimal strings in USD per token")
        XCTAssertEqual(pricing["input_cache_write"] as? String, "0.00000375")
        XCTAssertEqual(claude["aliases"] as? [String], ["anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-latest", "us.anthropic.claude-sonnet-4-5-20250929-v1:0"])
        XCTAssertNil((endpoints.last?["pricing"] as? [String: Any])?["input_cache_read"], "a price the source lacks is absent, not zero")
    }

    func testTheSameCatalogGivesByteIdenticalOutput() throws {
        let catalog = try CommandRunner.fixtureCatalog("small", test: self)
        let first = catalog.deletingLastPathComponent().appendingPathComponent("one")
        let second = catalog.deletingLastPathComponent().appendingPathComponent("two")
        for output in [first, second] {
            let result = try CommandRunner.run(["build", "--catalog", catalog.path, "--output", output.path, "--templates", templates])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        for path in ["index.html", "catalog.json", "models/anthropic/claude-sonnet-4-5-20250929/index.html"] {
            XCTAssertEqual(try Data(contentsOf: first.appendingPathComponent(path)), try Data(contentsOf: second.appendingPathComponent(path)), path)
        }
    }

    func testMalformedSnapshotsFailNamingFileAndEntryAndLeaveThePreviousSite() throws {
        let cases: [(name: String, json: String, expected: [String])] = [
            ("truncated JSON", #"{"gpt-x": {"litellm_provider": "openai", "input_cost_per_token": 1e-06"#, ["sources/litellm.json", "invalid JSON"]),
            ("price as a string", #"{"gpt-x": {"litellm_provider": "openai", "input_cost_per_token": "0.000001"}}"#, ["sources/litellm.json", #"["gpt-x"].input_cost_per_token"#, "found a string"]),
            ("negative price", #"{"gpt-x": {"litellm_provider": "openai", "output_cost_per_token": -1e-06}}"#, ["sources/litellm.json", #"["gpt-x"].output_cost_per_token"#, "zero or more"]),
            ("entry not an object", #"{"gpt-x": "cheap"}"#, ["sources/litellm.json", #"["gpt-x"]"#, "expected an object"]),
        ]
        for testCase in cases {
            let catalog = try CommandRunner.fixtureCatalog("small", test: self)
            let site = catalog.deletingLastPathComponent().appendingPathComponent("site")
            try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
            try Data("previous".utf8).write(to: site.appendingPathComponent("index.html"))
            try Data(testCase.json.utf8).write(to: catalog.appendingPathComponent("sources/litellm.json"))

            let result = try CommandRunner.run(["build", "--catalog", catalog.path, "--output", site.path, "--templates", templates])
            XCTAssertNotEqual(result.status, 0, testCase.name)
            for expected in testCase.expected {
                XCTAssertTrue(result.stderr.contains(expected), "\(testCase.name): stderr lacks \(expected): \(result.stderr)")
            }
            XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8), "previous", testCase.name)
            let siblings = try FileManager.default.contentsOfDirectory(atPath: catalog.deletingLastPathComponent().path).sorted()
            XCTAssertEqual(siblings, ["catalog", "site"], "\(testCase.name): nothing else was written")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: site.path), ["index.html"], testCase.name)
        }
    }

    func testShippedCatalogAccountsForEveryEntry() throws {
        let result = try CommandRunner.run(["check", "--catalog", CommandRunner.repositoryRoot.appendingPathComponent("catalog").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("source litellm (sources/litellm.json): 4878 entries"), result.stdout)
        XCTAssertTrue(result.stdout.contains("4878 accounted for of 4878 (all accounted for)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("endpoints per model: 1: "), result.stdout)
    }
}
