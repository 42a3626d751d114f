import Foundation
import XCTest

@testable import Site

final class OutputFolderTests: XCTestCase {
    private var parent: URL!

    override func setUpWithError() throws {
        parent = FileManager.default.temporaryDirectory.appendingPathComponent("outputfolder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: parent)
    }

    private func files(_ changed: String = "b") -> [OutputFile] {
        [
            OutputFile(path: "index.html", data: Data("<h1>a</h1>".utf8)),
            OutputFile(path: "models/x/y/index.html", data: Data(changed.utf8)),
            OutputFile(path: "models/x/z/index.html", data: Data("c".utf8)),
        ]
    }

    /// Inode and modification time of a file of the site.
    private func identity(_ site: URL, _ path: String) throws -> (inode: Int, modified: Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(path).path)
        return ((attributes[.systemFileNumber] as? Int) ?? -1, (attributes[.modificationDate] as? Date) ?? .distantPast)
    }

    func testAnIdenticalRebuildRewritesNoFile() throws {
        let site = parent.appendingPathComponent("site")
        let first = try OutputFolder(url: site).write(files())
        XCTAssertEqual(first, OutputFolder.WriteSummary(files: 3, rewritten: 3))
        let before = try files().map { try identity(site, $0.path) }

        let second = try OutputFolder(url: site).write(files())
        XCTAssertEqual(second.rewritten, 0)
        XCTAssertEqual(second.kept, 3)
        let after = try files().map { try identity(site, $0.path) }
        XCTAssertEqual(before.map(\.inode), after.map(\.inode))
        XCTAssertEqual(before.map(\.modified), after.map(\.modified))
        // Nothing is left beside the site.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["site"])
    }

    func testOnlyChangedFilesAreRewrittenAndRemovedFilesGo() throws {
        let site = parent.appendingPathComponent("site")
        try OutputFolder(url: site).write(files() + [OutputFile(path: "gone.txt", data: Data("old".utf8))])
        let kept = try identity(site, "models/x/z/index.html")

        let summary = try OutputFolder(url: site).write(files("B"))
        XCTAssertEqual(summary.rewritten, 1)
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("models/x/y/index.html"), encoding: .utf8), "B")
        XCTAssertEqual(try identity(site, "models/x/z/index.html").inode, kept.inode)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("gone.txt").path))
    }

    func testATextFileIsWrittenAsItsUTF8AndKeptWhenTheSameBytesComeAsData() throws {
        let site = parent.appendingPathComponent("site")
        let text = "<p>Grüße — 価格 🚀</p>\n"
        try OutputFolder(url: site).write([OutputFile(path: "page/index.html", text: text)])
        XCTAssertEqual(try Data(contentsOf: site.appendingPathComponent("page/index.html")), Data(text.utf8))
        let before = try identity(site, "page/index.html")

        // The same bytes, once as data and once as text: the file is linked, not rewritten.
        let asData = try OutputFolder(url: site).write([OutputFile(path: "page/index.html", data: Data(text.utf8))])
        XCTAssertEqual(asData.rewritten, 0)
        let asText = try OutputFolder(url: site).write([OutputFile(path: "page/index.html", text: text)])
        XCTAssertEqual(asText.rewritten, 0)
        XCTAssertEqual(try identity(site, "page/index.html").inode, before.inode)

        // One changed character is a rewrite.
        let changed = try OutputFolder(url: site).write([OutputFile(path: "page/index.html", text: text.replacingOccurrences(of: "ü", with: "u"))])
        XCTAssertEqual(changed.rewritten, 1)
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("page/index.html"), encoding: .utf8), "<p>Gruße — 価格 🚀</p>\n")
    }

    func testAnEmptyTextFileIsWrittenAndKept() throws {
        let site = parent.appendingPathComponent("site")
        try OutputFolder(url: site).write([OutputFile(path: "empty.txt", text: "")])
        XCTAssertEqual(try Data(contentsOf: site.appendingPathComponent("empty.txt")), Data())
        XCTAssertEqual(try OutputFolder(url: site).write([OutputFile(path: "empty.txt", text: "")]).rewritten, 0)
    }

    func testAFailedWriteLeavesThePreviousSite() throws {
        let site = parent.appendingPathComponent("site")
        try OutputFolder(url: site).write(files())
        // A file where a folder must go makes the write fail.
        XCTAssertThrowsError(try OutputFolder(url: site).write([OutputFile(path: "a", data: Data()), OutputFile(path: "a/b", data: Data())]))
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("models/x/y/index.html"), encoding: .utf8), "b")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["site"])
    }
}
