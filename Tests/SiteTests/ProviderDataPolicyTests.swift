import Foundation
import Ingest
import ModelCatalog
import Site
import XCTest

/// Provider data policy on the site: the provider page, the directory's policy filter and catalog.json.
final class ProviderDataPolicyTests: XCTestCase {
    /// The site fixture with facts for two providers: OpenAI (no training, 30 days, zero retention
    /// on request) and Azure (zero retention by default, training unknown); Acme has none.
    private func catalog() -> Catalog {
        var catalog = SiteFixture.catalog()
        catalog.providers = catalog.providers.map { provider in
            var provider = provider
            switch provider.id {
            case "openai":
                provider.trainsOnPrompts = false
                provider.retention = "Up to 30 days in abuse-monitoring logs"
                provider.retentionDays = 30
                provider.zeroRetention = .onRequest
                provider.factSources = ["https://developers.openai.com/api/docs/guides/your-data"]
                provider.factsCheckedOn = "2026-11-25"
            case "azure":
                provider.retentionDays = 0
                provider.zeroRetention = .byDefault
                provider.factSources = ["https://azure.example/data-privacy"]
                provider.factsCheckedOn = "2026-11-25"
            default: break
            }
            return provider
        }
        return catalog
    }

    private func render() throws -> [String: String] {
        let renderer = SiteRenderer(templates: try TemplateSet(directory: SiteFixture.templates), settings: try SiteFixture.settings())
        let files = try renderer.render(catalog(), supplements: SiteSupplements())
        return Dictionary(try files.map { ($0.path, String(decoding: try $0.bytes(), as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
    }

    func testProviderPageShowsThePolicyAndLinksThePagesItCameFrom() throws {
        let page = try XCTUnwrap(try render()["providers/openai/index.html"])
        XCTAssertTrue(page.contains("<dt>Trains on prompts</dt><dd>no, per its policy</dd>"), page)
        XCTAssertTrue(page.contains("<dt>Prompt retention</dt><dd>Up to 30 days in abuse-monitoring logs</dd>"))
        XCTAssertTrue(page.contains("<dt>Longest retention</dt><dd>up to 30 days</dd>"))
        XCTAssertTrue(page.contains("<dt>Zero data retention</dt><dd>on request (after approval or under an agreement)</dd>"))
        XCTAssertTrue(page.contains(#"<a href="https://developers.openai.com/api/docs/guides/your-data" rel="nofollow">https://developers.openai.com/api/docs/guides/your-data</a>"#), page)
        XCTAssertTrue(page.contains("<dt>Facts checked on</dt><dd>2026-11-25</dd>"))

        let azure = try XCTUnwrap(try render()["providers/azure/index.html"])
        XCTAssertTrue(azure.contains("<dd>not stored</dd>") && azure.contains("<dd>yes, by default</dd>"), azure)
        XCTAssertFalse(azure.contains("Trains on prompts"), "an unknown fact is not shown")
        let acme = try XCTUnwrap(try render()["providers/acme/index.html"])
        XCTAssertFalse(acme.contains("Facts from") || acme.contains("Zero data retention"), "no facts, no policy rows")
    }

    func testDirectoryListsQualifyingProvidersOncePerPolicyAndNeverUnknownOnes() throws {
        let page = try XCTUnwrap(try render()["index.html"])
        XCTAssertTrue(page.contains(#"<input type="checkbox" name="policy" value="no-training" data-providers="openai">"#), page)
        XCTAssertTrue(page.contains(#"<input type="checkbox" name="policy" value="zdr" data-providers="azure openai">"#), page)
        XCTAssertTrue(page.contains(#"<input type="checkbox" name="policy" value="zdr-default" data-providers="azure">"#), page)
        XCTAssertEqual(page.components(separatedBy: "data-providers=").count - 1, DataPolicyRequirement.allCases.count, "listed once per policy, not per row")
    }

    func testCatalogJSONCarriesThePolicyAndRoundTrips() throws {
        let catalog = catalog()
        let data = try CatalogJSON.encode(catalog)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains(#""retention_days":30"#) && text.contains(#""zero_retention":"on request""#), text)
        XCTAssertTrue(text.contains(#""zero_retention":"default""#))
        let read = try CatalogJSONReader.read(data, file: "catalog.json")
        XCTAssertEqual(read.providers, catalog.providers)
        XCTAssertEqual(try CatalogJSON.encode(read), data)

        for key in ["\"retention_days\": {\"type\": \"integer\", \"minimum\": 0}", "\"zero_retention\": {\"enum\": [\"default\", \"self-serve\", \"on request\", \"not offered\"]}"] {
            XCTAssertTrue(CatalogSchema.json.contains(key), key)
        }
        XCTAssertEqual(ZeroRetention.allCases.map(\.rawValue), ["default", "self-serve", "on request", "not offered"], "the schema's enum")
    }

    func testCatalogJSONReaderRejectsAnUnknownZeroRetentionWithItsPath() {
        let text = #"{"schema_version": "1.0", "generated_from": [], "models": [], "providers": [{"id": "x", "name": "X", "zero_retention": "maybe", "retention_days": "30", "endpoint_count": 0, "model_count": 0}]}"#
        XCTAssertThrowsError(try CatalogJSONReader.read(Data(text.utf8), file: "catalog.json")) { error in
            let description = String(describing: error)
            XCTAssertTrue(description.contains(#"catalog.json: providers[0].zero_retention: expected one of "default", "self-serve", "on request", "not offered", found "maybe""#), description)
            XCTAssertTrue(description.contains("catalog.json: providers[0].retention_days: expected a whole number"), description)
        }
    }
}
