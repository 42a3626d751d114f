import Foundation
import Ingest
import ModelCatalog
import Notes
import Site
import XCTest

@testable import Pipeline

/// The hand-written provider files of the shipped catalog: at least 25, each sourced and dated,
/// each naming a provider the catalog serves, each with a note that parses cleanly.
final class ShippedProviderFilesTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private var catalogFolder: URL { Self.repositoryRoot.appendingPathComponent("catalog") }

    func testEveryProviderFileIsSourcedDatedServedAndHasANote() throws {
        let folder = try CatalogFolder(url: catalogFolder)
        let files = try folder.files(under: "providers", withExtension: "toml")
        XCTAssertGreaterThanOrEqual(files.count, 25)
        let pipeline = BuildPipeline(catalogFolder: catalogFolder, templatesFolder: Self.repositoryRoot.appendingPathComponent("templates"))
        let (catalog, report, _) = try pipeline.loadCatalog()
        let served = Dictionary(uniqueKeysWithValues: catalog.providers.map { ($0.id, $0) })
        XCTAssertFalse(report.warnings.contains { $0.file.hasPrefix("providers/") }, "\(report.warnings.filter { $0.file.hasPrefix("providers/") })")

        for file in files {
            let read = try ProviderFileReader().read(file.data, path: file.path)
            let id = read.provider.id
            XCTAssertTrue(read.warnings.isEmpty, "\(file.path): \(read.warnings)")
            XCTAssertFalse(read.provider.factSources.isEmpty, "\(file.path) lists its sources")
            XCTAssertTrue(read.provider.factSources.allSatisfy { $0.hasPrefix("https://") }, file.path)
            XCTAssertNotNil(read.provider.factsCheckedOn, "\(file.path) says when its sources were read")
            XCTAssertNotNil(read.provider.docs, "\(file.path) links the provider's documentation")
            XCTAssertEqual(served[id]?.factSources, read.provider.factSources, "\(id) is a provider of the shipped catalog and carries its facts")

            let notePath = "notes/providers/\(id).md"
            let data = try XCTUnwrap(try folder.optionalFile(notePath), "\(notePath) exists")
            let note = try Note(file: notePath, contents: data)
            XCTAssertTrue(note.diagnostics.isEmpty, "\(notePath): \(note.diagnostics)")
        }
    }

    func testCatalogJSONCarriesTheProviderFacts() throws {
        let pipeline = BuildPipeline(catalogFolder: catalogFolder, templatesFolder: Self.repositoryRoot.appendingPathComponent("templates"))
        let (catalog, _, _) = try pipeline.loadCatalog()
        let json = try JSONSerialization.jsonObject(with: CatalogJSON.encode(catalog)) as? [String: Any]
        let providers = try XCTUnwrap(json?["providers"] as? [[String: Any]])
        let groq = try XCTUnwrap(providers.first { $0["id"] as? String == "groq" })
        XCTAssertEqual(groq["api_base_url"] as? String, "https://api.groq.com/openai/v1")
        XCTAssertEqual(groq["openai_compatible"] as? Bool, true)
        XCTAssertEqual(groq["facts_checked_on"] as? String, "2026-11-25")
        XCTAssertNil(groq["trains_on_prompts"], "a data-policy fact the sources do not state is absent")
        XCTAssertEqual(groq["zero_retention"] as? String, "self-serve")
        XCTAssertEqual(groq["retention_days"] as? Int, 30)
        let withPolicy = providers.filter { $0["trains_on_prompts"] != nil || $0["zero_retention"] != nil || $0["retention_days"] != nil }
        XCTAssertGreaterThanOrEqual(withPolicy.count, 10, "data policy for at least ten providers")
        for provider in withPolicy {
            XCTAssertGreaterThanOrEqual((provider["fact_sources"] as? [String])?.count ?? 0, 2, "\(provider["id"] ?? "?") lists the policy page beside its docs")
        }
        XCTAssertGreaterThanOrEqual(providers.filter { $0["fact_sources"] != nil }.count, 25)
        XCTAssertEqual((json?["discrepancies"] as? [Any])?.count, 0, "one source cannot disagree with itself")
    }
}
