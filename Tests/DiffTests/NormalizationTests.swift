import Diff
import Foundation
import Ingest
import ModelCatalog
import Pipeline
import Site
import XCTest

/// The diff compares normalized catalogs: reordering or reformatting a snapshot changes
/// nothing, and a built catalog.json reads back into the same catalog.
final class NormalizationTests: XCTestCase {
    static let snapshot = """
        {
          "gpt-4o": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2.5e-06, "output_cost_per_token": 0.00001,
                     "max_input_tokens": 128000, "max_output_tokens": 16384, "supports_function_calling": true, "supports_vision": true,
                     "cache_read_input_token_cost": 1.25e-06, "input_cost_per_token_batches": 1.25e-06},
          "azure/gpt-4o": {"litellm_provider": "azure", "mode": "chat", "input_cost_per_token": 0.0000025, "output_cost_per_token": 1e-05,
                     "max_input_tokens": 128000, "supports_function_calling": true},
          "gemini/gemini-2.5-pro": {"litellm_provider": "gemini", "mode": "chat", "input_cost_per_token": 1.25e-06, "output_cost_per_token": 1e-05,
                     "input_cost_per_token_above_200k_tokens": 2.5e-06, "max_input_tokens": 1048576, "deprecation_date": "2026-06-17"}
        }
        """

    /// The same entries, keys in another order, other whitespace and number spellings.
    static let reformatted = """
        {"gemini/gemini-2.5-pro":{"max_input_tokens":1048576,"deprecation_date":"2026-06-17","output_cost_per_token":0.000010,
        "input_cost_per_token_above_200k_tokens":0.0000025,"input_cost_per_token":0.00000125,"mode":"chat","litellm_provider":"gemini"},
        "azure/gpt-4o":{"supports_function_calling":true,"max_input_tokens":128000,"output_cost_per_token":0.00001,"input_cost_per_token":25e-7,
        "mode":"chat","litellm_provider":"azure"},
        "gpt-4o":{"input_cost_per_token_batches":0.00000125,"cache_read_input_token_cost":0.00000125,"supports_vision":true,
        "supports_function_calling":true,"max_output_tokens":16384,"max_input_tokens":128000,"output_cost_per_token":1.0e-5,
        "input_cost_per_token":0.0000025,"mode":"chat","litellm_provider":"openai"}}
        """

    func load(_ text: String, name: String, in parent: URL) throws -> Catalog {
        let folder = try Fixture.catalogFolder(snapshot: Data(text.utf8), in: parent, name: name)
        return try BuildPipeline(catalogFolder: folder, templatesFolder: parent).loadCatalog().0
    }

    func testReorderedAndReformattedSnapshotGivesAnEmptyDiff() throws {
        let folder = try Fixture.temporaryFolder(self)
        let base = try load(Self.snapshot, name: "a", in: folder)
        let head = try load(Self.reformatted, name: "b", in: folder)
        XCTAssertEqual(base.endpoints.count, 3)
        let diff = CatalogDiffer().diff(base: base, head: head)
        XCTAssertTrue(diff.isEmpty, TextReport(colour: false).render(diff))
        XCTAssertTrue(MarkdownReport().render(diff).hasPrefix("**Pricing diff** `base` → `head`: no changes\n"))
    }

    func testBuiltCatalogJSONReadsBackExactly() throws {
        let folder = try Fixture.temporaryFolder(self)
        let catalog = try load(Self.snapshot, name: "a", in: folder)
        let data = try CatalogJSON.encode(catalog)
        let read = try CatalogJSONReader.read(data, file: "catalog.json")
        XCTAssertEqual(read, catalog)
        XCTAssertEqual(try CatalogJSON.encode(read), data)
        XCTAssertTrue(CatalogDiffer().diff(base: catalog, head: read).isEmpty)
        // Exact decimals, tiers and service tiers survive.
        let gemini = try XCTUnwrap(read.endpoints.first { $0.endpoint.provider == "gemini" }?.endpoint)
        XCTAssertEqual(gemini.pricing.rate(.prompt, tier: PriceTier(inputTokens: 200_000)), Decimal(string: "0.0000025"))
        let openai = try XCTUnwrap(read.endpoints.first { $0.endpoint.provider == "openai" }?.endpoint)
        XCTAssertEqual(openai.pricing.rate(.prompt, serviceTier: .batch), Decimal(string: "0.00000125"))
    }

    func testRealCatalogJSONRoundTrips() throws {
        let snapshot = try Fixture.litellmSnapshot("1.110.2")
        let folder = try Fixture.temporaryFolder(self)
        let catalogFolder = try Fixture.catalogFolder(snapshot: snapshot, in: folder, name: "real")
        let catalog = try BuildPipeline(catalogFolder: catalogFolder, templatesFolder: folder).loadCatalog().0
        let data = try CatalogJSON.encode(catalog)
        let read = try CatalogJSONReader.read(data, file: "catalog.json")
        XCTAssertEqual(read, catalog)
    }

    func testMalformedCatalogJSONNamesTheFileAndKeyPath() {
        let text = #"{"schema_version": "1.0", "generated_from": [], "providers": [], "models": [{"id": "openai/gpt-4o", "name": "GPT-4o", "aliases": [], "input_modalities": [], "output_modalities": [], "capabilities": {}, "tags": [], "endpoints": [{"provider": "openai", "provider_model_id": "gpt-4o", "pricing": {"prompt": 0.000001}, "capabilities": {}, "input_modalities": [], "output_modalities": [], "supported_parameters": [], "regions": [], "provenance": []}]}]}"#
        XCTAssertThrowsError(try CatalogJSONReader.read(Data(text.utf8), file: "site/catalog.json")) { error in
            let description = String(describing: error)
            XCTAssertTrue(description.contains("site/catalog.json: models[0].endpoints[0].pricing.prompt"), description)
            XCTAssertTrue(description.contains("expected a price as a decimal string"), description)
        }
    }
}
