import Foundation
import XCTest

/// Kills `modelcat build` with SIGKILL at several points (`MODELCAT_TEST_PAUSE_AFTER=<stage>`
/// makes it stop there) and checks that the site folder is always a complete site, the
/// previous one until the swap; that the next build recovers (stale lock taken over, leftover
/// staging folders removed); and that a second build is refused while one holds the lock.
final class KillTests: XCTestCase {
    /// A running build paused after a stage.
    struct PausedBuild {
        let process: Process

        /// Starts `modelcat build` and waits until it reports the pause.
        static func start(_ arguments: [String], pauseAfter stage: String) throws -> PausedBuild {
            let process = Process()
            process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("modelcat")
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment["MODELCAT_TEST_PAUSE_AFTER"] = stage
            process.environment = environment
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var seen = ""
            let deadline = Date().addingTimeInterval(30)
            while !seen.contains("paused after \(stage)"), Date() < deadline, process.isRunning {
                seen += String(decoding: err.fileHandleForReading.availableData, as: UTF8.self)
            }
            XCTAssertTrue(seen.contains("paused after \(stage)"), "the build never reached \(stage): \(seen)")
            return PausedBuild(process: process)
        }

        /// SIGKILL, and wait for the process to end.
        func kill() {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Every file under `folder` with its bytes.
    static func tree(_ folder: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let item = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(item).path) { out[item] = data }
        }
        return out
    }

    /// What is beside the site folder other than the site itself and the catalog.
    static func leftovers(_ parent: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).filter { $0 != "site" && $0 != "catalog" }.sorted()
    }

    func testKilledBuildsLeaveACompleteSiteAndTheNextBuildRecovers() throws {
        let catalog = try CommandRunner.fixtureCatalog("small", test: self)
        let parent = catalog.deletingLastPathComponent()
        let site = parent.appendingPathComponent("site")
        let arguments = ["build", "--catalog", catalog.path, "--templates", CommandRunner.repositoryRoot.appendingPathComponent("templates").path, "--output", site.path]

        XCTAssertEqual(try CommandRunner.run(arguments).status, 0)
        let previous = Self.tree(site)
        XCTAssertGreaterThan(previous.count, 5)

        // The next build would write a different site.
        let toml = catalog.appendingPathComponent("catalog.toml")
        let text = try String(contentsOf: toml, encoding: .utf8).replacingOccurrences(of: "Fixture directory", with: "Changed directory")
        try Data(text.utf8).write(to: toml)

        for stage in ["ingest", "render", "staging"] {
            let build = try PausedBuild.start(arguments, pauseAfter: stage)
            build.kill()
            XCTAssertEqual(Self.tree(site), previous, "killed after \(stage): the previous site must be untouched")
        }
        XCTAssertFalse(Self.leftovers(parent).isEmpty, "a build killed after staging leaves its lock and staging folder")

        // Killed right after the swap: the new site is in place, complete.
        let build = try PausedBuild.start(arguments, pauseAfter: "swap")
        build.kill()
        let swapped = Self.tree(site)
        XCTAssertEqual(Set(swapped.keys), Set(previous.keys), "killed after the swap: a complete site")
        XCTAssertTrue(String(decoding: swapped["index.html"] ?? Data(), as: UTF8.self).contains("Changed directory"))

        // The next build takes over the stale lock and removes what the killed ones left.
        let output = try CommandRunner.run(arguments)
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertEqual(Self.tree(site), swapped)
        XCTAssertEqual(Self.leftovers(parent), [])
    }

    func testASecondBuildIsRefusedWhileTheFirstHoldsTheLock() throws {
        let catalog = try CommandRunner.fixtureCatalog("small", test: self)
        let parent = catalog.deletingLastPathComponent()
        let site = parent.appendingPathComponent("site")
        let arguments = ["build", "--catalog", catalog.path, "--templates", CommandRunner.repositoryRoot.appendingPathComponent("templates").path, "--output", site.path]

        let first = try PausedBuild.start(arguments, pauseAfter: "staging")
        let second = try CommandRunner.run(arguments)
        XCTAssertNotEqual(second.status, 0)
        XCTAssertTrue(
            second.stderr.contains("site.lock: another build (pid \(first.process.processIdentifier)) is writing \(site.path); wait for it, or remove this lock file if no build is running"),
            second.stderr)
        first.kill()
        XCTAssertEqual(try CommandRunner.run(arguments).status, 0)
        XCTAssertEqual(Self.leftovers(parent), [])
    }

    /// Kills builds of a synthetic catalog (150 models) after random delays around the time
    /// a build takes: whenever the
    /// kill lands, `site/` is exactly the previous site or exactly the complete new one.
    func testKillsAtRandomMomentsNeverLeaveAPartialSite() throws {
        let top = try CommandRunner.temporaryFolder(self)
        let catalog = top.appendingPathComponent("catalog")
        try FileManager.default.createDirectory(at: catalog.appendingPathComponent("sources"), withIntermediateDirectories: true)
        var entries: [String] = []
        for index in 0..<150 {
            entries.append("\"model-\(index)\": {\"litellm_provider\": \"provider-\(index % 40)\", \"mode\": \"chat\", \"input_cost_per_token\": 1e-06, \"output_cost_per_token\": 2e-06}")
        }
        try Data(("{" + entries.joined(separator: ",\n") + "}").utf8).write(to: catalog.appendingPathComponent("sources/litellm.json"))
        func writeCatalog(title: String) throws {
            try Data("[site]\ntitle = \"\(title)\"\n[[sources]]\nid = \"litellm\"\nformat = \"litellm\"\n".utf8).write(to: catalog.appendingPathComponent("catalog.toml"))
        }
        let templates = CommandRunner.repositoryRoot.appendingPathComponent("templates").path
        func arguments(_ output: URL) -> [String] { ["build", "--catalog", catalog.path, "--templates", templates, "--output", output.path] }
        let site = top.appendingPathComponent("site")

        try writeCatalog(title: "Old")
        XCTAssertEqual(try CommandRunner.run(arguments(site)).status, 0)
        let previous = Self.tree(site)
        try writeCatalog(title: "New")
        let reference = top.appendingPathComponent("reference")
        let started = Date()
        XCTAssertEqual(try CommandRunner.run(arguments(reference)).status, 0)
        let duration = Date().timeIntervalSince(started)
        let next = Self.tree(reference)
        XCTAssertNotEqual(previous, next)

        var generator = SystemRandomNumberGenerator()
        var outcomes: [String] = []
        for _ in 0..<3 {
            let process = Process()
            process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("modelcat")
            process.arguments = arguments(site)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: duration * Double.random(in: 0.5...1.3, using: &generator))
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = Self.tree(site)
            XCTAssertTrue(now == previous || now == next, "a partial site after a kill")
            outcomes.append(now == previous ? "previous" : "new")
        }
        print("random kills: \(outcomes)")
        XCTAssertEqual(try CommandRunner.run(arguments(site)).status, 0)
        XCTAssertEqual(Self.tree(site), next)
        XCTAssertEqual(((try? FileManager.default.contentsOfDirectory(atPath: top.path)) ?? []).sorted(), ["catalog", "reference", "site"])
    }
}
