import Foundation
import XCTest

/// `modelcat diff` end to end: folders, catalog.json, git revisions, formats and exit codes.
final class DiffCommandTests: XCTestCase {
    /// A git repository whose `catalog/` is the small fixture, committed once; returns the repository folder.
    func repository() throws -> URL {
        let repo = try CommandRunner.temporaryFolder(self).appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try CommandRunner.fixtureCatalog("small", test: self), to: repo.appendingPathComponent("catalog"))
        try git(["init", "-q", "-b", "main"], in: repo)
        try git(["add", "catalog"], in: repo)
        try git(["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "base"], in: repo)
        return repo
    }

    @discardableResult
    func git(_ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
        return String(decoding: data, as: UTF8.self)
    }

    /// Changes the gpt-4o-mini prompt price (×10: an anomaly) in a catalog folder's snapshot.
    func raisePrice(in catalog: URL) throws {
        let file = catalog.appendingPathComponent("sources/litellm.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = text.replacingOccurrences(of: #""input_cost_per_token": 1.5e-07"#, with: #""input_cost_per_token": 1.5e-06"#)
        XCTAssertNotEqual(text, changed)
        try changed.write(to: file, atomically: true, encoding: .utf8)
    }

    func testBaseRevisionAgainstTheWorkingCatalogLeavesTheWorkingTreeAlone() throws {
        let repo = try repository()
        try raisePrice(in: repo.appendingPathComponent("catalog"))
        let statusBefore = try git(["status", "--porcelain"], in: repo)

        let result = try CommandRunner.run(["diff", "--base-rev", "HEAD", "--format", "json"], in: repo)
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let changes = try XCTUnwrap(object["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.count, 1, result.stdout)
        XCTAssertEqual(changes.first?["model"] as? String, "openai/gpt-4o-mini")
        XCTAssertEqual(changes.first?["old"] as? String, "0.00000015")
        XCTAssertEqual(changes.first?["new"] as? String, "0.0000015")
        XCTAssertEqual(object["base"] as? String, "HEAD")
        XCTAssertEqual(try git(["status", "--porcelain"], in: repo), statusBefore, "the working tree is untouched")

        // Gating: anomalies fail with status 1; never does not.
        XCTAssertEqual(try CommandRunner.run(["diff", "--base-rev", "HEAD", "--fail-on", "anomalies", "--format", "markdown"], in: repo).status, 1)
        XCTAssertEqual(try CommandRunner.run(["diff", "--base-rev", "HEAD", "--fail-on", "never"], in: repo).status, 0)
        XCTAssertEqual(try CommandRunner.run(["diff", "--base-rev", "HEAD", "--fail-on", "anomalies", "--price-factor", "20"], in: repo).status, 0)
        XCTAssertEqual(try CommandRunner.run(["diff", "--base-rev", "HEAD", "--fail-on", "any-change", "--price-factor", "20"], in: repo).status, 1)
    }

    func testTwoRevisions() throws {
        let repo = try repository()
        try raisePrice(in: repo.appendingPathComponent("catalog"))
        try git(["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-am", "head"], in: repo)
        let result = try CommandRunner.run(["diff", "--base-rev", "HEAD~1", "--head-rev", "HEAD", "--format", "markdown"], in: repo)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("⚠️ **Pricing diff** `HEAD~1` → `HEAD`: 1 price change; 1 anomaly\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("| openai/gpt-4o-mini | openai:gpt-4o-mini | prompt | $0.15 | $1.50 | +900% ⚠️ |"), result.stdout)
        XCTAssertTrue(result.stdout.contains("<!-- modelcat-pricing-diff -->"))
    }

    func testFolderAgainstBuiltCatalogJSONIsEmpty() throws {
        let catalog = try CommandRunner.fixtureCatalog("small", test: self)
        let site = catalog.deletingLastPathComponent().appendingPathComponent("site")
        let templates = CommandRunner.repositoryRoot.appendingPathComponent("templates").path
        XCTAssertEqual(try CommandRunner.run(["build", "--catalog", catalog.path, "--output", site.path, "--templates", templates]).status, 0)
        let result = try CommandRunner.run(["diff", site.appendingPathComponent("catalog.json").path, catalog.path, "--fail-on", "any-change"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("no changes"), result.stdout)
        // A site folder works as a side too, and text output to a pipe has no colour.
        let bySite = try CommandRunner.run(["diff", site.path, catalog.path])
        XCTAssertEqual(bySite.status, 0, bySite.stderr)
        XCTAssertFalse(bySite.stdout.contains("\u{1B}["))
        let coloured = try CommandRunner.run(["diff", site.path, catalog.path, "--color", "always"])
        XCTAssertTrue(coloured.stdout.contains("\u{1B}[1m"), coloured.stdout)
    }

    func testErrorsNameTheRevisionOrPath() throws {
        let repo = try repository()
        let badRevision = try CommandRunner.run(["diff", "--base-rev", "no-such-branch"], in: repo)
        XCTAssertEqual(badRevision.status, 2)
        XCTAssertTrue(badRevision.stderr.contains("revision no-such-branch"), badRevision.stderr)
        let missing = try CommandRunner.run(["diff", "/nonexistent/catalog", "catalog"], in: repo)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("/nonexistent/catalog: no such file or folder"), missing.stderr)
        let option = try CommandRunner.run(["diff", "--base-rev=--output=/tmp/x"], in: repo)
        XCTAssertNotEqual(option.status, 0)
        XCTAssertTrue(option.stderr.contains("not a revision"), option.stderr)
    }
}
