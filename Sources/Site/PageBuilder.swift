import Analysis
import Foundation
import Ingest
import ModelCatalog
import Notes

/// Builds the view model of every page: plain dictionaries of already formatted values
/// that the logic-free templates place. Links between pages are relative (`root` leads
/// back to the site root), so the site works from any sub-path and from disk.
struct PageBuilder {
    let catalog: Catalog
    let supplements: SiteSupplements
    let settings: CatalogConfig.SiteSettings
    let links: SiteLinks
    /// Paths of the export files present, so pages link only to files that exist.
    let exported: Set<String>
    let providerNames: [String: String]
    let sourcesByID: [String: SourceSnapshot]
    let modelsByAuthor: [(author: String, models: [Model])]
    /// The site header and footer, rendered once per depth.
    let siteChrome: SiteChrome
    /// Where each provider's endpoints are: (model index, endpoint index) pairs in model order.
    let endpointsByProvider: [String: [(model: Int, endpoint: Int)]]

    init(catalog: Catalog, supplements: SiteSupplements, settings: CatalogConfig.SiteSettings, exported: Set<String>, templates: TemplateSet) {
        self.catalog = catalog
        siteChrome = SiteChrome(templates: templates, values: Self.siteValues(catalog: catalog, settings: settings))
        self.supplements = supplements
        self.settings = settings
        self.exported = exported
        links = SiteLinks(settings: settings)
        providerNames = Dictionary(catalog.providers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        sourcesByID = Dictionary(catalog.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        modelsByAuthor = Dictionary(grouping: catalog.models, by: \.author).map { ($0.key, $0.value) }.sorted { $0.author < $1.author }
        var byProvider: [String: [(model: Int, endpoint: Int)]] = [:]
        for (modelIndex, model) in catalog.models.enumerated() {
            for (endpointIndex, endpoint) in model.endpoints.enumerated() {
                byProvider[endpoint.provider, default: []].append((modelIndex, endpointIndex))
            }
        }
        endpointsByProvider = byProvider
    }

    // MARK: - Shared

    /// The values of the site header and footer, the same on every page but for `root`
    /// (rendered once per depth by ``SiteChrome``).
    static func siteValues(catalog: Catalog, settings: CatalogConfig.SiteSettings) -> [String: Any] {
        let links = SiteLinks(settings: settings)
        var view: [String: Any] = ["siteTitle": settings.title, "sources": catalog.sources]
        view["repository"] = links.repository
        if !settings.currencies.isEmpty {
            view["currencySwitch"] = true
            view["currencies"] = settings.currencies.map { currency -> [String: String] in
                ["code": currency.code, "rate": "\(currency.rate)", "date": currency.date, "source": currency.source]
            }
        }
        return view
    }

    /// The values of the head and foot partials; `root` overrides the links' start (the 404
    /// page's links start from the base URL's path).
    func chrome(title: String, description: String, folder: String, scripts: [String] = ["site.js"], editHref: String? = nil, root: String? = nil) -> [String: Any] {
        let root = root ?? SitePath.root(of: folder)
        let parts = siteChrome.parts(root: root)
        var view: [String: Any] = [
            "siteTitle": settings.title,
            "title": title,
            "description": description,
            "root": root,
            "scripts": scripts,
            "trustedSiteHeaderHTML": parts.header,
            "trustedSiteFooterHTML": parts.footer,
        ]
        view["canonical"] = links.absolute(folder)
        view["feedURL"] = links.absolute("feed.xml")
        view["editHref"] = editHref
        return view
    }

    // MARK: - Directory

    /// The directory: every model in one server-rendered table, with the filter controls the script enables.
    func directory() -> [String: Any] {
        let endpointCount = catalog.models.reduce(0) { $0 + $1.endpoints.count }
        var view = chrome(
            title: "All models",
            description: "\(catalog.models.count) LLM models from \(Set(catalog.models.map(\.author)).count) makers and the \(catalog.providers.count) providers that serve them, with prices, context limits and capabilities.",
            folder: "", scripts: ["site.js", "directory.js"])
        view["isDirectory"] = true
        view["rows"] = LazyRows(catalog.models, row: DirectoryRow.init)
        view["modelCount"] = catalog.models.count
        view["providerCount"] = catalog.providers.count
        view["endpointCount"] = endpointCount
        view["authors"] = modelsByAuthor.map { ["id": $0.author, "count": $0.models.count] as [String: Any] }
        let counts = catalog.providerCounts
        view["providers"] = catalog.providers.map { ["id": SitePath.component($0.id), "name": $0.name, "count": counts[$0.id]?.models ?? 0] as [String: Any] }
        view["inputModalities"] = Array(Set(catalog.models.flatMap(\.inputModalities))).sorted()
        view["outputModalities"] = Array(Set(catalog.models.flatMap(\.outputModalities))).sorted()
        view["capabilities"] = Capability.highlighted.map { ["id": $0.rawValue, "label": FactWording.label($0)] }
        view["dataPolicies"] = DataPolicyRequirement.allCases.map { requirement -> [String: String] in
            let ids = catalog.providers.filter(requirement.isMet).map { SitePath.component($0.id) }
            return ["id": requirement.rawValue, "label": requirement.label, "providers": ids.joined(separator: " ")]
        }
        view["contextSteps"] = [(8_000, "8K"), (32_000, "32K"), (128_000, "128K"), (200_000, "200K"), (1_000_000, "1M")].map { ["value": $0.0, "label": $0.1] as [String: Any] }
        return view
    }

    // MARK: - Model

    /// A model page: facts, endpoints with provenance, note, history, badge, JSON links.
    func model(_ model: Model, folder: String) -> [String: Any] {
        let root = SitePath.root(of: folder)
        let cheapest = CheapestEndpoint.index(in: model.endpoints)
        let price = ModelPrice(model)
        let description = model.description
            ?? "\(model.name) (\(model.id)) from \(model.author): \(model.endpoints.count) endpoint\(model.endpoints.count == 1 ? "" : "s") at \(model.providers.count) provider\(model.providers.count == 1 ? "" : "s")\(price.pairText.map { ", from $\($0) per 1M input/output tokens" } ?? "")."
        let noteFile = "notes/\(SitePath.component(model.author))/\(SitePath.component(model.id.slug)).md"
        let edit = model.noteHTML != nil
            ? links.edit(noteFile)
            : links.create(folder: "notes/\(SitePath.component(model.author))", filename: "\(SitePath.component(model.id.slug)).md")
        var view = chrome(title: model.name, description: description, folder: folder, editHref: edit)
        view["id"] = model.id.description
        view["name"] = model.name
        view["author"] = model.author
        view["authorHref"] = root + SitePath.author(model.author) + "index.html"
        view["mode"] = model.mode
        view["modelDescription"] = model.description
        view["releaseDate"] = model.releaseDate
        view["deprecationDate"] = model.deprecationDate
        view["retirementDate"] = model.retirementDate
        view["knowledgeCutoff"] = model.knowledgeCutoff
        view["successorHref"] = model.successor.map { root + SitePath.model($0) + "index.html" }
        view["successor"] = model.successor?.description
        view["openWeights"] = model.openWeights.map { $0 ? "yes" : "no" }
        view["trustedNoteHTML"] = model.noteHTML.map { RootRelativeURLs.rewrite($0, rootPrefix: root) }
        if !model.tableOfContents.isEmpty {
            view["toc"] = model.tableOfContents.map { ["id": $0.id, "title": $0.title, "level": String($0.level)] }
            view["hasTOC"] = true
        }
        view["context"] = PriceDisplay.tokens(model.contextLength)
        view["maxOutput"] = PriceDisplay.tokens(model.maxOutputTokens)
        view["inputModalities"] = model.inputModalities.isEmpty ? "—" : model.inputModalities.joined(separator: ", ")
        view["outputModalities"] = model.outputModalities.isEmpty ? "—" : model.outputModalities.joined(separator: ", ")
        view["capabilities"] = Capability.highlighted.filter { model.capabilities[$0] == true }.map(FactWording.label)
        let others = model.capabilities.filter { $0.value && !Capability.highlighted.contains($0.key) }.keys.sorted().map(FactWording.label)
        view["otherCapabilities"] = others.isEmpty ? nil : others.joined(separator: ", ")
        view["aliases"] = model.aliases.isEmpty ? nil : model.aliases.joined(separator: ", ")
        view["tags"] = model.tags.isEmpty ? nil : model.tags.joined(separator: ", ")
        view["cheapestPrice"] = price.pairText
        view["endpointCount"] = model.endpoints.count
        view["providerCount"] = model.providers.count
        view["endpoints"] = model.endpoints.enumerated().map { index, endpoint in
            EndpointRow(endpoint, providerName: providerNames[endpoint.provider] ?? endpoint.provider, root: root, cheapest: index == cheapest, sources: sourcesByID, links: links)
        }
        view["history"] = supplements.priceHistory[model.id].flatMap(HistoryChart.init)
        let badgeURL = links.absolute(folder + "badge.svg") ?? (folder + "badge.svg")
        let pageURL = links.absolute(folder) ?? (folder + "index.html")
        view["badgeSnippet"] = "<a href=\"\(pageURL)\"><img src=\"\(badgeURL)\" alt=\"\(model.name) price on \(settings.title)\"></a>"
        view["badgeMarkdown"] = "[![\(model.name) price](\(badgeURL))](\(pageURL))"
        var json: [[String: String]] = [["href": root + "catalog.json", "label": "catalog.json (the whole catalog)"]]
        let endpointsFile = "api/v1/models/\(SitePath.component(model.author))/\(SitePath.component(model.id.slug))/endpoints.json"
        if exported.contains(endpointsFile) { json.append(["href": root + endpointsFile, "label": "endpoints.json (this model, gateway API shape)"]) }
        if exported.contains("api/v1/models.json") { json.append(["href": root + "api/v1/models.json", "label": "api/v1/models.json (every model)"]) }
        view["jsonLinks"] = json
        view["compareHref"] = root + SitePath.compare + "index.html?models=" + model.id.description
        return view
    }

    // MARK: - Provider and author

    /// A provider page: its facts, policy and every endpoint it serves.
    func provider(_ provider: Provider, folder: String) -> [String: Any] {
        let root = SitePath.root(of: folder)
        let places = endpointsByProvider[provider.id] ?? []
        let models = catalog.models
        let modelCount = Set(places.map(\.model)).count
        let file = "providers/\(SitePath.component(provider.id)).toml"
        let known = provider.website != nil || provider.factsCheckedOn != nil || provider.docs != nil
        let edit = known ? links.edit(file) : links.create(folder: "providers", filename: "\(SitePath.component(provider.id)).toml")
        var view = chrome(
            title: provider.name,
            description: provider.description ?? "\(provider.name) serves \(modelCount) models in this directory: prices per 1M tokens, context limits and provider model ids.",
            folder: folder, editHref: edit)
        view["id"] = provider.id
        view["name"] = provider.name
        view["providerDescription"] = provider.description
        var facts: [[String: String]] = []
        func link(_ label: String, _ url: String?) {
            if let url, let href = SafeURL.href(url) { facts.append(["label": label, "href": href, "text": url]) }
        }
        link("Website", provider.website)
        link("Docs", provider.docs)
        link("Pricing page", provider.pricingPage)
        link("Status page", provider.statusPage)
        view["links"] = facts
        view["apiBaseURL"] = provider.apiBaseURL
        view["openAICompatible"] = provider.openAICompatible.map { $0 ? "yes" : "no" }
        view["headquarters"] = provider.headquarters
        view["trainsOnPrompts"] = provider.trainsOnPrompts.map { $0 ? "yes, per its policy" : "no, per its policy" }
        view["retention"] = provider.retention
        view["retentionDays"] = provider.retentionDays.map { $0 == 0 ? "not stored" : "up to \($0) day\($0 == 1 ? "" : "s")" }
        view["zeroRetention"] = provider.zeroRetention.map(Self.wording)
        let sources = provider.factSources.compactMap { url in SafeURL.href(url).map { ["href": $0, "text": url] } }
        view["factSources"] = sources
        view["hasFactSources"] = !sources.isEmpty
        view["factsCheckedOn"] = provider.factsCheckedOn
        view["trustedNoteHTML"] = provider.noteHTML.map { RootRelativeURLs.rewrite($0, rootPrefix: root) }
        view["endpoints"] = LazyRows(places) { place in
            ModelListRow(model: models[place.model], endpoint: models[place.model].endpoints[place.endpoint], root: root)
        }
        view["endpointCount"] = places.count
        view["modelCount"] = modelCount
        return view
    }

    /// How a provider page words its zero-data-retention fact.
    static func wording(_ zeroRetention: ZeroRetention) -> String {
        switch zeroRetention {
        case .byDefault: "yes, by default"
        case .selfServe: "yes, switched on in the provider's settings"
        case .onRequest: "on request (after approval or under an agreement)"
        case .notOffered: "not offered"
        }
    }

    /// An author (maker) page: every model of one maker.
    func author(_ author: String, models: [Model], folder: String) -> [String: Any] {
        let root = SitePath.root(of: folder)
        var view = chrome(title: "Models by \(author)", description: "\(models.count) models made by \(author), with their cheapest prices and context limits.", folder: folder)
        view["author"] = author
        view["models"] = LazyRows(models) { ModelListRow(model: $0, root: root) }
        view["modelCount"] = models.count
        view["directoryFilterHref"] = root + "index.html?author=" + SitePath.component(author)
        return view
    }

    // MARK: - Comparisons

    /// The compare view: 2-4 models side by side, chosen in the URL (`?models=a/b,c/d`).
    func compare() -> [String: Any] {
        var view = chrome(
            title: "Compare models",
            description: "Compare 2 to 4 LLM models side by side: prices per 1M tokens, context, output limits, capabilities and providers.",
            folder: SitePath.compare, scripts: ["site.js", "compare.js"])
        view["options"] = LazyRows(catalog.models, row: CompareOption.init)
        view["slots"] = [1, 2, 3, 4]
        return view
    }

    /// The price-vs-context scatter chart.
    func scatter() -> [String: Any] {
        let chart = ScatterChart(catalog.models)
        var view = chrome(
            title: "Price vs context",
            description: "Every priced model by context window and cheapest input price per 1M tokens, on log scales.",
            folder: SitePath.compare + "price-vs-context/")
        view["chart"] = chart
        return view
    }

    /// The leaderboards: the analysis stage's when supplied, else ``DefaultLeaderboards``.
    func leaderboards() -> [String: Any] {
        let folder = SitePath.compare + "leaderboards/"
        let root = SitePath.root(of: folder)
        let boards = supplements.leaderboards.isEmpty ? DefaultLeaderboards.make(catalog) : supplements.leaderboards
        var view = chrome(title: "Leaderboards", description: "The cheapest LLM models by capability and the longest context windows.", folder: folder)
        view["boards"] = boards.map { board -> [String: Any] in
            [
                "id": board.id, "title": board.title, "valueLabel": board.valueLabel,
                "entries": board.entries.enumerated().map { index, entry -> [String: Any] in
                    let name = catalog.model(entry.model)?.name ?? entry.model.description
                    return ["rank": index + 1, "name": name, "id": entry.model.description, "href": root + SitePath.model(entry.model) + "index.html", "value": entry.value]
                },
            ]
        }
        return view
    }

    // MARK: - Changes, feed, sitemap, 404

    private func changeRows(root: String) -> [[String: String]] {
        supplements.changes.map { change in
            [
                "date": change.date, "when": change.date.isEmpty ? (change.label ?? "") : change.date,
                "title": change.title, "summary": change.summary,
                "model": catalog.model(change.model)?.name ?? change.model.description, "modelID": change.model.description,
                "href": root + SitePath.model(change.model) + "index.html",
                "absoluteHref": links.absolute(SitePath.model(change.model)) ?? (SitePath.model(change.model) + "index.html"),
                "atomID": "tag:modelcat,\(change.date):\(change.model)/\(Self.slug(change.title))",
            ].filter { !$0.value.isEmpty }
        }
    }

    /// The changes page: new models and price changes, newest first.
    func changes() -> [String: Any] {
        var view = chrome(title: "Changes", description: "New models and price changes in this directory, newest first.", folder: "changes/")
        let rows = changeRows(root: "../")
        view["changes"] = rows.isEmpty ? nil : rows
        return view
    }

    /// The Atom feed of the changes. `updated` is the newest change's date (never the build time).
    func feed() -> [String: Any] {
        // Atom needs a date per entry: changes of recordings whose date is unknown stay off the feed.
        let rows = changeRows(root: "").filter { !($0["date"] ?? "").isEmpty }
        let newest = supplements.changes.map(\.date).filter { !$0.isEmpty }.max() ?? "1970-01-01"
        return [
            "siteTitle": settings.title,
            "feedURL": links.absolute("feed.xml") ?? "feed.xml",
            "siteURL": links.absolute("") ?? "./",
            "feedID": links.absolute("feed.xml") ?? "tag:modelcat,1970-01-01:feed",
            "updated": newest + "T00:00:00Z",
            "entries": rows.map { row -> [String: String] in
                var entry = row
                entry["updated"] = (row["date"] ?? newest) + "T00:00:00Z"
                return entry
            },
        ]
    }

    /// The 404 page. It is served at any depth, so its links start from the base URL's path.
    /// The discrepancies page: every price or limit two sources of one endpoint disagree on.
    func discrepancies() -> [String: Any] {
        let folder = "discrepancies/"
        let rows = catalog.discrepancies.map(DiscrepancyRow.init)
        var view = chrome(title: "Discrepancies between sources", description: "\(rows.count) prices and limits on which two sources of the same endpoint disagree.", folder: folder)
        view["rows"] = rows
        view["count"] = rows.count
        view["hasRows"] = !rows.isEmpty
        return view
    }

    func notFound() -> [String: Any] {
        var view = chrome(title: "Not found", description: "This page does not exist.", folder: "", root: links.basePath)
        view["canonical"] = nil
        return view
    }

    /// The sitemap of every listed page, or nil without a base URL (a sitemap needs absolute URLs).
    func sitemap(_ folders: [String]) -> [String: Any]? {
        guard links.baseURL != nil else { return nil }
        return ["urls": folders.compactMap { links.absolute($0) }]
    }

    /// A lowercase, dash-separated form of a title for ids.
    static func slug(_ text: String) -> String {
        let mapped = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(mapped).split(separator: "-").joined(separator: "-")
    }
}
