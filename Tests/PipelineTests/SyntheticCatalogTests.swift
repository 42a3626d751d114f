import Foundation
import XCTest

@testable import Pipeline

final class SyntheticCatalogTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("synth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    private func contents(of folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue {
                out[path] = try Data(contentsOf: folder.appendingPathComponent(path))
            }
        }
        return out
    }

    func testTheSameSeedWritesTheSameCatalogThatBuildsEveryModel() throws {
        let aliases = try Data(contentsOf: Self.repositoryRoot.appendingPathComponent("catalog/aliases.toml"))
        let a = try temporaryFolder(), b = try temporaryFolder()
        try SyntheticCatalog(models: 40, seed: 7, aliases: aliases).write(to: a)
        try SyntheticCatalog(models: 40, seed: 7, aliases: aliases).write(to: b)
        XCTAssertEqual(try contents(of: a), try contents(of: b))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: a.appendingPathComponent("history").path).count, 2)

        let pipeline = BuildPipeline(catalogFolder: a, templatesFolder: Self.repositoryRoot.appendingPathComponent("templates"))
        let (catalog, _, _) = try pipeline.loadCatalog()
        // Every provider id resolves to the synthetic model: one model per generated model, each with its note.
        XCTAssertEqual(catalog.models.count, 40)
        XCTAssertTrue(catalog.models.allSatisfy { $0.noteHTML != nil && (1...8).contains($0.endpoints.count) })
        XCTAssertTrue(catalog.models.contains { model in model.endpoints.contains { !$0.pricing.tiers().isEmpty } })
    }

    func testASecondIdenticalBuildRewritesNoFile() throws {
        let catalogFolder = try temporaryFolder(), output = try temporaryFolder().appendingPathComponent("site")
        try SyntheticCatalog(models: 30, seed: 3).write(to: catalogFolder)
        let pipeline = BuildPipeline(catalogFolder: catalogFolder, templatesFolder: Self.repositoryRoot.appendingPathComponent("templates"))
        let first = try pipeline.build(output: output)
        XCTAssertEqual(first.filesRewritten, first.filesWritten)
        let before = try contents(of: output)
        let inodes = try before.keys.sorted().map { try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent($0).path)[.systemFileNumber] as? Int }

        let second = try pipeline.build(output: output)
        XCTAssertEqual(second.filesRewritten, 0)
        XCTAssertEqual(second.filesWritten, first.filesWritten)
        XCTAssertEqual(try contents(of: output), before)
        let after = try before.keys.sorted().map { try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent($0).path)[.systemFileNumber] as? Int }
        XCTAssertEqual(inodes, after)
    }
}
