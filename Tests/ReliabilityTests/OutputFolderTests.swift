import Foundation
import ModelCatalog
@testable import Site
import XCTest

/// The output writer's guarantees: no path can leave the output folder, paths equal ignoring
/// case are an error naming both producers, a stale lock is taken over and a live one is not,
/// a site left only as `.old-` by a killed fallback swap is put back.
final class OutputFolderTests: XCTestCase {
    func temporary() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("modelcat-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testHostilePathsAreRefusedBeforeAnythingIsWritten() throws {
        let cases: [(String, String)] = [
            ("../escape.html", "'..' component"),
            ("models/../../escape.html", "'..' component"),
            ("/etc/passwd", "absolute path"),
            ("a\u{0}b/index.html", "contains a NUL byte"),
            ("", "empty path"),
            ("models//index.html", "empty path component"),
            ("./index.html", "'.' component"),
            (String(repeating: "x", count: 256) + "/index.html", "a component longer than 255 bytes"),
            (String(repeating: "abc/", count: 300) + "index.html", "longer than 1024 bytes"),
            ("..\\..\\escape.html", "contains a backslash"),
        ]
        for (path, problem) in cases {
            XCTAssertEqual(OutputFolder.pathProblem(path), problem, path)
        }
        let top = try temporary()
        let site = top.appendingPathComponent("out/site")
        XCTAssertThrowsError(try OutputFolder(url: site).write([OutputFile(path: "../escape.html", data: Data("x".utf8), origin: "model evil/x")])) { error in
            XCTAssertEqual("\(error)", "error: site: model evil/x: refused output path '../escape.html': '..' component")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: top.path), [], "nothing written, not even the output folder")
    }

    func testSitePathKeepsEveryIdInside() {
        for id in ["../../etc", "/abs", "a\u{0}b", "C:\\x", String(repeating: "é", count: 400), "g\u{0440}t-4o", "\u{FF27}\u{FF30}\u{FF34}", ".", "..", "", "a/b/../../c"] {
            let component = SitePath.component(id)
            XCTAssertNil(OutputFolder.pathProblem(component + "/index.html"), id)
            XCTAssertTrue(ModelID.isCanonical(component) || component == "unnamed", "\(id) → \(component)")
        }
    }

    func testPathsEqualIgnoringCaseAreAnErrorNamingBoth() {
        let files = [
            OutputFile(path: "providers/acme/index.html", data: Data(), origin: "provider acme"),
            OutputFile(path: "providers/ACME/index.html", data: Data(), origin: "provider ACME"),
        ]
        XCTAssertEqual(OutputFolder.check(files).map(\.description), [
            "error: site: provider ACME: paths equal ignoring case: 'providers/ACME/index.html' (provider ACME) and 'providers/acme/index.html' (provider acme); one would overwrite the other"
        ])
    }

    func testALiveLockRefusesAndAStaleLockIsTakenOver() throws {
        let top = try temporary()
        let site = top.appendingPathComponent("site")
        let folder = OutputFolder(url: site)
        let file = [OutputFile(path: "index.html", data: Data("new".utf8))]

        // Our own pid is alive: refused.
        try Data("\(ProcessInfo.processInfo.processIdentifier)\n".utf8).write(to: folder.lockURL)
        XCTAssertThrowsError(try folder.write(file)) { error in
            XCTAssertEqual(
                "\(error)",
                "error: \(folder.lockURL.path): another build (pid \(ProcessInfo.processInfo.processIdentifier)) is writing \(site.path); wait for it, or remove this lock file if no build is running")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.path))

        // A pid that is not running: taken over, and removed after the build.
        try Data("999999999\n".utf8).write(to: folder.lockURL)
        try folder.write(file)
        XCTAssertEqual(FileManager.default.contents(atPath: site.appendingPathComponent("index.html").path), Data("new".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: top.path), ["site"])
    }

    func testASiteLeftAsideByAKilledSwapIsPutBackAndLeftoversRemoved() throws {
        let top = try temporary()
        let site = top.appendingPathComponent("site")
        let retired = top.appendingPathComponent(".site.old-12345")
        let staging = top.appendingPathComponent(".site.staging-12345")
        try FileManager.default.createDirectory(at: retired, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: retired.appendingPathComponent("index.html"))
        // The new build fails its path check: the previous site must come back all the same.
        XCTAssertThrowsError(try OutputFolder(url: site).write([OutputFile(path: "/abs", data: Data())]))
        OutputFolder(url: site).recoverFromKilledBuilds()
        XCTAssertEqual(FileManager.default.contents(atPath: site.appendingPathComponent("index.html").path), Data("previous".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: top.path), ["site"])
    }
}
