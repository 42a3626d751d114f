import Foundation
import ModelCatalog
import XCTest

@testable import Site

/// Streamed files through `OutputFolder`: whole on disk, hard-linked when unchanged, and a
/// failing producer leaves the previous site.
final class StreamedOutputTests: XCTestCase {
    private var parent: URL!

    override func setUpWithError() throws {
        parent = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: parent)
    }

    /// A streamed JSON array of `count` strings, the `changed`-th one different.
    private func big(_ path: String, count: Int = 40_000, changed: Int? = nil) -> OutputFile {
        OutputFile(path: path, origin: "test \(path)") { json in
            json.beginArray()
            for index in 0..<count { json.string(index == changed ? "changed \(index)" : "string number \(index)") }
            json.endArray()
        }
    }

    private func inode(_ site: URL, _ path: String) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(path).path)[.systemFileNumber] as? Int)
    }

    private func contents(_ site: URL, _ path: String) throws -> Data {
        try Data(contentsOf: site.appendingPathComponent(path))
    }

    func testAStreamedFileBiggerThanTheBufferArrivesWhole() throws {
        let site = parent.appendingPathComponent("site")
        let file = big("api/big.json")
        let expected = try file.bytes()
        XCTAssertGreaterThan(expected.count, 4 * JSONWriter.defaultChunkSize)
        let summary = try OutputFolder(url: site).write([file, OutputFile(path: "index.html", data: Data("x".utf8))])
        XCTAssertEqual(summary, OutputFolder.WriteSummary(files: 2, rewritten: 2))
        XCTAssertEqual(try contents(site, "api/big.json"), expected)
        XCTAssertEqual(try JSONDecoder().decode([String].self, from: contents(site, "api/big.json")).count, 40_000)
    }

    func testAnUnchangedStreamedFileIsHardLinkedAndAChangedOneRewritten() throws {
        let site = parent.appendingPathComponent("site")
        let files = [big("same.json"), big("late.json"), big("early.json"), big("longer.json", count: 1000), big("shorter.json", count: 1000), big("tiny.json", count: 1)]
        try OutputFolder(url: site).write(files)
        let before = try files.map { try inode(site, $0.path) }

        // Same bytes: all kept.
        let again = try OutputFolder(url: site).write(files)
        XCTAssertEqual(again.rewritten, 0)
        XCTAssertEqual(try files.map { try inode(site, $0.path) }, before)

        // A change past the first chunks, one in the first chunk, a longer and a shorter file.
        let next = [big("same.json"), big("late.json", changed: 39_000), big("early.json", changed: 0), big("longer.json", count: 1001), big("shorter.json", count: 999), big("tiny.json", count: 1)]
        let summary = try OutputFolder(url: site).write(next)
        XCTAssertEqual(summary, OutputFolder.WriteSummary(files: 6, rewritten: 4))
        for file in next { XCTAssertEqual(try contents(site, file.path), try file.bytes(), file.path) }
        XCTAssertEqual(try inode(site, "same.json"), before[0])
        XCTAssertEqual(try inode(site, "tiny.json"), before[5])
        XCTAssertNotEqual(try inode(site, "late.json"), before[1])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["site"])
    }

    func testAFailingProducerLeavesThePreviousSite() throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "the producer broke" } }
        let site = parent.appendingPathComponent("site")
        try OutputFolder(url: site).write([big("api/big.json"), OutputFile(path: "index.html", data: Data("old".utf8))])
        let previous = try contents(site, "api/big.json")

        let failing = OutputFile(path: "api/big.json", origin: "export big") { json in
            json.beginArray()
            for index in 0..<20_000 { json.string("new \(index)") }
            throw Broken()
        }
        XCTAssertThrowsError(try OutputFolder(url: site).write { emit in
            try emit([failing])
            try emit([OutputFile(path: "index.html", data: Data("new".utf8))])
        }) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("api/big.json") && text.contains("the producer broke") && text.contains("export big"), text)
        }
        XCTAssertEqual(try contents(site, "api/big.json"), previous)
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8), "old")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["site"])
    }

    func testTheBuiltSiteKeepsItsJSONFilesOnAnIdenticalRebuild() throws {
        let site = parent.appendingPathComponent("site")
        let renderer = SiteRenderer(templates: try TemplateSet(directory: SiteFixture.templates), settings: try SiteFixture.settings())
        let catalog = SiteFixture.catalog()
        let write = { try OutputFolder(url: site).write { emit in try renderer.render(catalog, emit: emit) } }
        let first = try write()
        let json = ["catalog.json", GatewayExport.modelsPath, LiteLLMExport.path, GatewayExport.endpointsPath(catalog.models[0].id)]
        let inodes = try json.map { try inode(site, $0) }
        XCTAssertEqual(try contents(site, "catalog.json"), try CatalogJSON.encode(catalog))
        let second = try write()
        XCTAssertEqual(second.files, first.files)
        XCTAssertEqual(second.rewritten, 0)
        XCTAssertEqual(try json.map { try inode(site, $0) }, inodes)
    }
}
