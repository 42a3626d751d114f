import Foundation
import Ingest
import ModelCatalog
import Site

/// A tiny catalog and renderer for the site tests.
enum SiteFixture {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")

    static func settings(_ extra: String = "", baseURL: String? = "https://example.org/models/") throws -> CatalogConfig.SiteSettings {
        var toml = "[site]\ntitle = \"Test <directory>\"\nrepository = \"https://github.com/example/catalog\"\n"
        if let baseURL { toml += "base_url = \"\(baseURL)\"\n" }
        toml += extra
        return try CatalogConfig(Data(toml.utf8)).site
    }

    static func endpoint(_ provider: String, _ id: String, prompt: String?, completion: String?, context: Int? = 128_000) -> Endpoint {
        var entry = ListingEntry(provider: provider, providerModelID: id, sourceKey: id, provenance: Provenance(source: "litellm", file: "sources/litellm.json", keyPath: "[\"\(id)\"]"))
        if let prompt { entry.pricing[.prompt] = Decimal(string: prompt) }
        if let completion { entry.pricing[.completion] = Decimal(string: completion) }
        entry.contextLength = context
        return Endpoint(entry: entry)
    }

    static func catalog() -> Catalog {
        var evil = Model(id: ModelID(author: "acme", slug: "evil"), name: "<script>alert(1)</script> & \"Co\"", endpoints: [
            endpoint("acme", "evil-1", prompt: "0.000001", completion: "0.000002"),
        ])
        evil.noteHTML = "<p>Trusted <em>note</em></p>"
        evil.description = "A model whose name <b>tries</b> markup."
        evil.capabilities = [.tools: true, .vision: false]
        evil.inputModalities = ["text"]
        evil.outputModalities = ["text"]
        evil.deprecationDate = "2030-01-01"
        evil.contextLength = 32_000
        var cheap = Model(id: ModelID(author: "openai", slug: "gpt-4o-mini"), name: "GPT-4o mini", endpoints: [
            endpoint("azure", "gpt-4o-mini", prompt: "0.000000165", completion: "0.00000066"),
            endpoint("openai", "gpt-4o-mini", prompt: "0.00000015", completion: "0.0000006"),
        ])
        cheap.contextLength = 128_000
        var azure = Provider(id: "azure", name: "Azure")
        azure.website = "https://azure.microsoft.com"
        return Catalog(models: [evil, cheap], providers: [Provider(id: "acme", name: "Acme"), azure, Provider(id: "openai", name: "OpenAI")],
                       sources: [SourceSnapshot(id: "litellm", format: "litellm", file: "sources/litellm.json", label: "LiteLLM 1.2.3")])
    }

    static func render(settings: CatalogConfig.SiteSettings? = nil, supplements: SiteSupplements = SiteSupplements()) throws -> [String: String] {
        let renderer = SiteRenderer(templates: try TemplateSet(directory: templates), settings: try settings ?? Self.settings())
        let files = try renderer.render(catalog(), supplements: supplements)
        return Dictionary(try files.map { ($0.path, String(decoding: try $0.bytes(), as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
    }
}
