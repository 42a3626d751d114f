import Foundation
import XCTest

/// Notes reach the pages and the JSON, and a bad note stops the build with a clear message.
final class NotesBuildTests: XCTestCase {
    private var templates: String { CommandRunner.repositoryRoot.appendingPathComponent("templates").path }

    private func build(_ catalog: URL) throws -> (CommandRunner.Output, URL) {
        let site = catalog.deletingLastPathComponent().appendingPathComponent("site")
        return (try CommandRunner.run(["build", "--catalog", catalog.path, "--output", site.path, "--templates", templates]), site)
    }

    func testNoteOverridesReachThePageAndTheJSON() throws {
        let (result, site) = try build(try CommandRunner.fixtureCatalog("small", test: self))
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = try String(contentsOf: site.appendingPathComponent("models/anthropic/claude-sonnet-4-5-20250929/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<h1>Claude Sonnet 4.5</h1>"), "front matter name overrides the listing's")
        XCTAssertTrue(page.contains("regional <code>us.</code> endpoint"), "the note's Markdown is rendered")
        XCTAssertTrue(page.contains(#"href="../../../models/openai/gpt-4o-mini/""#), "site links are relative to the page")
        XCTAssertTrue(page.contains(#"content="Anthropic&#39;s mid-size model"#) || page.contains("Anthropic’s mid-size") || page.contains("Anthropic's mid-size"), "meta description from the note")

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("catalog.json"))) as? [String: Any]
        let models = try XCTUnwrap(json?["models"] as? [[String: Any]])
        let claude = try XCTUnwrap(models.first { $0["id"] as? String == "anthropic/claude-sonnet-4-5-20250929" })
        XCTAssertEqual(claude["description"] as? String, "Anthropic's mid-size model of September 2025, sold by Anthropic and on Bedrock.")
        XCTAssertEqual(claude["release_date"] as? String, "2025-09-29")
        XCTAssertEqual(claude["tags"] as? [String], ["coding", "frontier"])
        XCTAssertEqual(claude["successor"] as? String, "openai/gpt-4o-mini")
        XCTAssertEqual((claude["links"] as? [[String: String]])?.first?["url"], "https://www.anthropic.com/news/claude-sonnet-4-5")
        let upcoming = try XCTUnwrap(models.first { $0["id"] as? String == "openai/gpt-9" }, "an upcoming model's note adds it")
        XCTAssertEqual(upcoming["lifecycle"] as? String, "upcoming")
        XCTAssertEqual((upcoming["endpoints"] as? [Any])?.count, 0)
        let providers = try XCTUnwrap(json?["providers"] as? [[String: Any]])
        XCTAssertEqual(providers.first { $0["id"] as? String == "bedrock" }?["name"] as? String, "Amazon Bedrock")
    }

    func testNoteForAModelNotInTheCatalogFailsNamingTheFile() throws {
        let catalog = try CommandRunner.fixtureCatalog("small", test: self)
        try Data("Notes about a model nobody serves.\n".utf8).write(to: catalog.appendingPathComponent("notes/openai/gpt-nope.md"))
        let (result, site) = try build(catalog)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("notes/openai/gpt-nope.md"), result.stderr)
        XCTAssertTrue(result.stderr.contains("not in the catalog"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.path), "nothing was written")
    }

    func testLinkToAnUnknownModelFailsNamingNoteAndLine() throws {
        let catalog = try CommandRunner.fixtureCatalog("small", test: self)
        try Data("First line.\n\nSee [a ghost](/models/openai/ghost/).\n".utf8).write(to: catalog.appendingPathComponent("notes/openai/gpt-4o-mini.md"))
        let (result, _) = try build(catalog)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("notes/openai/gpt-4o-mini.md: line 3"), result.stderr)
    }
}
