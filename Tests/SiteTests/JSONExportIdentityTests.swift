import Foundation
import Ingest
import ModelCatalog
import XCTest

@testable import Site

/// The streamed JSON files are byte for byte what `JSONEncoder` wrote before (the encoders
/// kept in `LegacyJSONEncoders.swift`), on a catalog that sets every optional field and uses
/// every kind of awkward string.
final class JSONExportIdentityTests: XCTestCase {
    static let awkward = "quote \" backslash \\ slash / tab \t newline \n nul \u{0} bell \u{7} unit \u{1f} del \u{7f} é ß 漢字 😀 \u{2028} <b>&amp;</b>"

    /// A catalog with every field the JSON files write, set and unset.
    static func richCatalog() -> Catalog {
        let provenance = Provenance(source: "litellm", file: "sources/litellm.json", keyPath: "[\"x/\\\"y\"]")
        let other = Provenance(source: "providers/acme", file: "providers/acme.toml", keyPath: "models.\"rocket\"")
        var entry = ListingEntry(provider: "acme", providerModelID: "rocket-1 \(awkward)", sourceKey: "acme/rocket-1", provenance: provenance)
        entry.mode = "chat"
        entry.pricing[.prompt] = Decimal(string: "0.0000033")
        entry.pricing[.completion] = Decimal(string: "0.0000165")
        entry.pricing[.inputCacheRead] = Decimal(string: "3E-7")
        entry.pricing[.webSearch] = Decimal(string: "0.01")
        entry.pricing[PriceComponent("web_search_low")] = Decimal(string: "0.005")
        entry.pricing[.image] = 0
        entry.pricing[PriceComponent("input_cache_write_1h")] = Decimal(string: "0.000006")
        entry.pricing.setRate(Decimal(string: "0.0000066"), for: PriceKey(.prompt, tier: PriceTier(inputTokens: 200_000)))
        entry.pricing.setRate(Decimal(string: "0.00002475"), for: PriceKey(.completion, tier: PriceTier(inputTokens: 200_000)))
        entry.pricing.setRate(Decimal(string: "0.00001"), for: PriceKey(.prompt, tier: PriceTier(inputTokens: 128_000, inclusive: true)))
        entry.pricing.setRate(Decimal(string: "0.00000165"), for: PriceKey(.prompt, serviceTier: .batch))
        entry.pricing.setRate(Decimal(string: "0.0000033"), for: PriceKey(.prompt, serviceTier: .batch, tier: PriceTier(inputTokens: 200_000)))
        entry.pricing.setRate(Decimal(string: "0.000001"), for: PriceKey(.prompt, serviceTier: .offPeak))
        entry.pricing.setRate(Decimal(string: "0.000004"), for: PriceKey(.completion, serviceTier: .priority))
        entry.pricing.multipliers = ["regional_processing_uplift_eu": Decimal(string: "1.1")!, "a_multiplier": 2]
        entry.pricing.offPeakWindows = [
            OffPeakWindow(weekdays: [1, 2, 3, 4, 5], hoursUTC: ["00:00-01:00", "16:30-23:59"], weekdayTimeZone: "Asia/Shanghai"),
            OffPeakWindow(weekdays: [6, 7], hoursUTC: ["00:00-00:00"]),
        ]
        entry.contextLength = 200_000
        entry.maxInputTokens = 190_000
        entry.maxOutputTokens = 64_000
        entry.capabilities = [.tools: true, .vision: false, Capability(rawValue: "thinking_always_on"): true, Capability(rawValue: "Z_upper"): true]
        entry.inputModalities = ["text", "image"]
        entry.outputModalities = ["text"]
        entry.supportedParameters = ["tools", "temperature", "top_p"]
        entry.regions = ["eu-west-1", "us-east-1"]
        entry.quantization = "fp8"
        entry.status = "active"
        entry.deprecationDate = "2030-01-01"
        entry.requestsPerMinute = 500
        entry.tokensPerMinute = 2_000_000
        entry.sourceURL = "https://example.org/pricing?a=1&b=/2"
        var full = Endpoint(entry: entry)
        full.listedProvider = "acme_eu"
        full.provenance.append(other)
        full.factSources["pricing.prompt"] = other
        full.factSources["context_length"] = other
        full.overridden = [
            OverriddenFact(fact: "pricing.prompt", value: "0.000003", source: provenance),
            OverriddenFact(fact: "context_length", value: "100000", source: provenance),
            OverriddenFact(fact: "mode", value: "completion \(awkward)", source: provenance),
        ]
        var bare = Endpoint(entry: ListingEntry(provider: "zeta", providerModelID: "rocket", sourceKey: "rocket", provenance: other))
        bare.pricing = Pricing()
        var limitsOnly = Endpoint(entry: ListingEntry(provider: "beta", providerModelID: "rocket-rpm", sourceKey: "rocket-rpm", provenance: provenance))
        limitsOnly.tokensPerMinute = 1000

        var rocket = Model(id: ModelID(author: "acme", slug: "rocket-1"), name: "Rocket \(awkward)", endpoints: [full, limitsOnly, bare])
        rocket.aliases = ["acme/rocket", "rocket-1-2025"]
        rocket.description = "A description \(awkward)"
        rocket.noteHTML = "<p>note \(awkward)</p>"
        rocket.mode = "chat"
        rocket.inputModalities = ["text", "image"]
        rocket.outputModalities = ["text"]
        rocket.capabilities = [.tools: true, .vision: true, Capability(rawValue: "a_b"): false, Capability(rawValue: "aB"): true]
        rocket.contextLength = 200_000
        rocket.maxOutputTokens = 64_000
        rocket.releaseDate = "2025-09-29"
        rocket.deprecationDate = "2030-01-01"
        rocket.retirementDate = "2031-01-01"
        rocket.knowledgeCutoff = "2025-03"
        rocket.openWeights = false
        rocket.successor = ModelID(author: "acme", slug: "rocket-2")
        rocket.tags = ["fast", "cheap"]
        rocket.links = [PageLink(title: "Card \(awkward)", url: "https://example.org/card")]
        rocket.featured = true
        rocket.hidden = true
        rocket.lifecycle = "ga"
        rocket.noteFile = "notes/acme/rocket-1.md"
        rocket.tableOfContents = [TableOfContentsEntry(level: 2, id: "pricing", title: "Pricing \(awkward)")]
        let plain = Model(id: ModelID(author: "zeta", slug: "plain"), name: "Plain")

        var acme = Provider(id: "acme", name: "Acme \(awkward)")
        acme.website = "https://acme.example"
        acme.docs = "https://acme.example/docs"
        acme.pricingPage = "https://acme.example/pricing"
        acme.statusPage = "https://status.acme.example"
        acme.apiBaseURL = "https://api.acme.example/v1"
        acme.openAICompatible = true
        acme.headquarters = "Zürich"
        acme.trainsOnPrompts = false
        acme.retention = "30 days"
        acme.retentionDays = 30
        acme.zeroRetention = .onRequest
        acme.factSources = ["https://acme.example/terms"]
        acme.factsCheckedOn = "2026-11-01"
        acme.noteHTML = "<p>Acme</p>"
        acme.description = "Acme \(awkward)"
        acme.links = [PageLink(title: "Blog", url: "https://acme.example/blog")]
        acme.noteFile = "notes/providers/acme.md"
        return Catalog(
            models: [rocket, plain], providers: [acme, Provider(id: "beta", name: "Beta"), Provider(id: "unused", name: "Unused")],
            sources: [
                SourceSnapshot(id: "litellm", format: "litellm", file: "sources/litellm.json", label: "LiteLLM \(awkward)"),
                SourceSnapshot(id: "acme", format: "openai-models", file: "sources/acme.json", label: nil),
            ])
    }

    private func assertSameBytes(_ new: Data, _ old: Data, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        if new != old {
            let newText = String(decoding: new, as: UTF8.self), oldText = String(decoding: old, as: UTF8.self)
            let common = zip(newText, oldText).prefix { $0 == $1 }.count
            XCTFail("\(what) differs from JSONEncoder's at character \(common): new …\(newText.dropFirst(max(0, common - 40)).prefix(120))… old …\(oldText.dropFirst(max(0, common - 40)).prefix(120))…", file: file, line: line)
        }
    }

    private func catalogs() -> [(String, Catalog)] {
        [("rich", Self.richCatalog()), ("site fixture", SiteFixture.catalog()), ("empty", Catalog(models: [], providers: [], sources: []))]
    }

    func testCatalogJSONMatchesJSONEncoder() throws {
        for (name, catalog) in catalogs() {
            XCTAssertFalse(catalog.models.isEmpty && name == "rich")
            assertSameBytes(try CatalogJSON.encode(catalog), try LegacyCatalogJSON.encode(catalog), "catalog.json of the \(name) catalog")
            assertSameBytes(try CatalogJSON.file(catalog).bytes(), try LegacyCatalogJSON.encode(catalog), "streamed catalog.json of the \(name) catalog")
        }
        // The rich catalog has discrepancies, overridden facts and every optional field.
        let text = String(decoding: try CatalogJSON.encode(Self.richCatalog()), as: UTF8.self)
        for key in ["\"relative_difference\"", "\"fact_sources\"", "\"overridden\"", "\"service_tiers\"", "\"off_peak_windows\"", "\"weekday_timezone\"", "\"table_of_contents\"", "\"rate_limits\"", "\"listed_provider\"", "\"trains_on_prompts\""] {
            XCTAssertTrue(text.contains(key), key)
        }
    }

    func testGatewayFilesMatchJSONEncoder() throws {
        for (name, catalog) in catalogs() {
            let files = GatewayExport.files(catalog)
            XCTAssertEqual(files.count, catalog.models.count + 1)
            assertSameBytes(try files[0].bytes(), try LegacyGatewayExport.models(catalog), "models.json of the \(name) catalog")
            let names = Dictionary(uniqueKeysWithValues: catalog.providers.map { ($0.id, $0.name) })
            for (file, model) in zip(files.dropFirst(), catalog.models) {
                XCTAssertEqual(file.path, GatewayExport.endpointsPath(model.id))
                assertSameBytes(try file.bytes(), try LegacyGatewayExport.endpoints(model, providerNames: names), "\(file.path) of the \(name) catalog")
            }
        }
    }

    func testLiteLLMExportMatchesJSONEncoder() throws {
        for (name, catalog) in catalogs() {
            assertSameBytes(try LiteLLMExport.encode(catalog), try LegacyLiteLLMExport.encode(catalog), "LiteLLM map of the \(name) catalog")
            assertSameBytes(try LiteLLMExport.file(catalog).bytes(), try LegacyLiteLLMExport.encode(catalog), "streamed LiteLLM map of the \(name) catalog")
        }
    }

    func testTheRenderedSiteStreamsItsJSONFiles() throws {
        let renderer = SiteRenderer(templates: try TemplateSet(directory: SiteFixture.templates), settings: try SiteFixture.settings())
        let files = try renderer.render(SiteFixture.catalog())
        XCTAssertEqual(files.first?.path, "catalog.json")
        for file in files where file.path.hasSuffix(".json") && file.path != CatalogSchema.path {
            guard case .stream = file.content else { return XCTFail("\(file.path) is not streamed") }
        }
        XCTAssertEqual(try files[0].bytes(), try LegacyCatalogJSON.encode(SiteFixture.catalog()))
    }
}
