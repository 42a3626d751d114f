import Foundation
import XCTest

/// `--strict` on `build` and `check`: warnings are counted and become fatal.
final class StrictFlagTests: XCTestCase {
    func testStrictFailsOnWarnings() throws {
        let catalog = try CommandRunner.fixtureCatalog("small", test: self)
        let listing = catalog.appendingPathComponent("sources/litellm.json")
        var text = try String(contentsOf: listing, encoding: .utf8)
        text = text.replacingOccurrences(of: #""litellm_provider": "anthropic","#, with: #""litellm_provider": "anthropic", "odd_key": 1,"#)
        try Data(text.utf8).write(to: listing)
        let site = catalog.deletingLastPathComponent().appendingPathComponent("site")
        let templates = CommandRunner.repositoryRoot.appendingPathComponent("templates").path

        let check = try CommandRunner.run(["check", "--catalog", catalog.path, "--strict"])
        XCTAssertNotEqual(check.status, 0)
        XCTAssertTrue(check.stderr.contains("odd_key: unknown key"), check.stderr)
        XCTAssertTrue(check.stderr.hasSuffix("warnings, fatal with --strict; nothing was written.\n") || check.stderr.hasSuffix("warning, fatal with --strict; nothing was written.\n"), check.stderr)

        let strict = try CommandRunner.run(["build", "--catalog", catalog.path, "--templates", templates, "--output", site.path, "--strict"])
        XCTAssertNotEqual(strict.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.path))

        let lenient = try CommandRunner.run(["build", "--catalog", catalog.path, "--templates", templates, "--output", site.path])
        XCTAssertEqual(lenient.status, 0, lenient.stderr)
        XCTAssertTrue(lenient.stdout.contains(" warnings") || lenient.stdout.contains(" warning"), lenient.stdout)
    }
}
