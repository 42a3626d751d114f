import Analysis
import Foundation
import Ingest
import ModelCatalog
import Notes

/// Renders a catalog into the files of the site: HTML pages from the templates, the
/// JSON catalog and the static assets. Pure: returns the files, writes nothing.
public struct SiteRenderer: Sendable {
    public let templates: TemplateSet
    public let settings: CatalogConfig.SiteSettings

    public init(templates: TemplateSet, settings: CatalogConfig.SiteSettings) {
        self.templates = templates
        self.settings = settings
    }

    /// Every file of the site, in a stable order.
    public func render(_ catalog: Catalog) throws -> [OutputFile] {
        let providerNames = Dictionary(uniqueKeysWithValues: catalog.providers.map { ($0.id, $0.name) })
        var files: [OutputFile] = []
        files.reserveCapacity(catalog.models.count + catalog.providers.count + 8)
        files.append(OutputFile(path: "catalog.json", data: try CatalogJSON.encode(catalog)))
        files += try DataExports.files(catalog)
        files.append(page("index.html", template: "index", view: indexView(catalog)))
        for model in catalog.models {
            let folder = SitePath.model(model.id)
            files.append(page(folder + "index.html", template: "model", view: modelView(model, folder: folder, catalog: catalog, providerNames: providerNames), origin: "model \(model.id)"))
        }
        var endpointsByProvider: [String: [ProviderEndpointRow]] = [:]
        for model in catalog.models {
            for endpoint in model.endpoints {
                let root = SitePath.root(of: SitePath.provider(endpoint.provider))
                endpointsByProvider[endpoint.provider, default: []].append(ProviderEndpointRow(
                    root: root, modelHref: SitePath.model(model.id) + "index.html", modelName: model.name,
                    providerModelID: endpoint.providerModelID, input: PriceDisplay.perMillionText(endpoint.pricing[.prompt]),
                    output: PriceDisplay.perMillionText(endpoint.pricing[.completion]), context: PriceDisplay.tokens(endpoint.contextLength)))
            }
        }
        for provider in catalog.providers {
            let folder = SitePath.provider(provider.id)
            let rows = endpointsByProvider[provider.id] ?? []
            var view = chrome(title: provider.name, description: "Models served by \(provider.name), with prices and limits.", folder: folder, catalog: catalog)
            view["id"] = provider.id
            view["name"] = provider.name
            view["website"] = provider.website.flatMap(SafeURL.href)
            view["endpoints"] = rows
            view["endpointCount"] = rows.count
            view["modelCount"] = Set(rows.map(\.modelHref)).count
            files.append(page(folder + "index.html", template: "provider", view: view, origin: "provider \(provider.id)"))
        }
        files += templates.assets
        return files
    }

    private func page(_ path: String, template: String, view: [String: Any], origin: String? = nil) -> OutputFile {
        OutputFile(path: path, data: Data(templates.render(view, template: template).utf8), origin: origin)
    }

    private func chrome(title: String, description: String, folder: String, catalog: Catalog) -> [String: Any] {
        ["siteTitle": settings.title, "title": title, "description": description, "root": SitePath.root(of: folder), "sources": catalog.sources]
    }

    private func indexView(_ catalog: Catalog) -> [String: Any] {
        let endpointCount = catalog.models.reduce(0) { $0 + $1.endpoints.count }
        var view = chrome(title: "All models", description: "\(catalog.models.count) LLM models and the providers that serve them, with prices and context limits.", folder: "", catalog: catalog)
        view["rows"] = catalog.models.map(DirectoryRow.init)
        view["modelCount"] = catalog.models.count
        view["providerCount"] = catalog.providers.count
        view["endpointCount"] = endpointCount
        return view
    }

    private func modelView(_ model: Model, folder: String, catalog: Catalog, providerNames: [String: String]) -> [String: Any] {
        let root = SitePath.root(of: folder)
        let cheapest = CheapestEndpoint.index(in: model.endpoints)
        let description = model.description ?? "\(model.name) (\(model.id)): \(model.endpoints.count) endpoints at \(model.providers.count) providers, prices and limits."
        var view = chrome(title: model.name, description: description, folder: folder, catalog: catalog)
        view["id"] = model.id.description
        view["name"] = model.name
        view["author"] = model.author
        view["mode"] = model.mode
        view["deprecationDate"] = model.deprecationDate
        view["noteHTML"] = model.noteHTML.map { RootRelativeURLs.rewrite($0, rootPrefix: root) }
        view["context"] = PriceDisplay.tokens(model.contextLength)
        view["maxOutput"] = PriceDisplay.tokens(model.maxOutputTokens)
        view["inputModalities"] = model.inputModalities.isEmpty ? "—" : model.inputModalities.joined(separator: ", ")
        view["outputModalities"] = model.outputModalities.isEmpty ? "—" : model.outputModalities.joined(separator: ", ")
        view["capabilities"] = Capability.highlighted.filter { model.capabilities[$0] == true }.map(\.rawValue)
        view["aliases"] = model.aliases.isEmpty ? nil : model.aliases.joined(separator: ", ")
        view["endpointCount"] = model.endpoints.count
        view["endpoints"] = model.endpoints.enumerated().map { index, endpoint in
            EndpointRow(endpoint, providerName: providerNames[endpoint.provider] ?? endpoint.provider, root: root, cheapest: index == cheapest)
        }
        return view
    }
}
