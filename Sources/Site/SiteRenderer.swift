import Analysis
import Foundation
import Ingest
import ModelCatalog
import Notes

/// Renders a catalog into the files of the site: HTML pages from the templates, the
/// badges, feed and sitemap, the JSON catalog and exports, and the static assets.
/// Pure: returns the files, writes nothing.
public struct SiteRenderer: Sendable {
    /// The loaded templates and static assets.
    public let templates: TemplateSet
    /// Title, base URL, repository and display currencies from `catalog.toml`.
    public let settings: CatalogConfig.SiteSettings

    /// A renderer with the templates and the site settings (title, base URL, repository).
    public init(templates: TemplateSet, settings: CatalogConfig.SiteSettings) {
        self.templates = templates
        self.settings = settings
    }

    /// Every file of the site, in a stable order, `catalog.json` first. `supplements` carries
    /// what later stages add (price history, changes, leaderboards); each page section shows
    /// only when present. The JSON files are streamed: their bytes come from
    /// ``OutputFile/bytes()``.
    public func render(_ catalog: Catalog, supplements: SiteSupplements = SiteSupplements()) throws -> [OutputFile] {
        var all: [OutputFile] = []
        all.reserveCapacity(catalog.models.count * 3 + catalog.providers.count + 32)
        try render(catalog, supplements: supplements) { all += $0 }
        return all
    }

    /// The same files as ``render(_:supplements:)``, handed to `emit` in batches as they are
    /// made (model pages a few hundred at a time), so a writer can put them on disk while
    /// the rest renders and a large site never sits in memory whole.
    public func render(_ catalog: Catalog, supplements: SiteSupplements = SiteSupplements(), emit: ([OutputFile]) throws -> Void) throws {
        var files: [OutputFile] = []

        // Machine-readable files: the catalog and the exports, streamed: a writer (`OutputFolder`)
        // writes them on a background thread while the pages below render, `catalog.json` first.
        files.append(CatalogJSON.file(catalog))
        files += exports(catalog)
        // ^ Exports (gateway /api/v1 files, LiteLLM map, ...) are appended in `exports(_:)` only.

        // Pages.
        let pages = PageBuilder(catalog: catalog, supplements: supplements, settings: settings, exported: Set(files.map(\.path)), templates: templates)
        try emit(files)
        files = []
        // The directory and the site-wide pages (providers, authors, comparisons, changes,
        // discrepancies) are independent too, and some are large (a provider page lists every
        // endpoint it serves): rendered on every core, one page per task, in batches by rows.
        let modelCount = catalog.models.count
        var jobs: [SitePageJob] = [SitePageJob(folder: "", template: "index", rows: modelCount) { $0.directory() }]
        for provider in catalog.providers {
            let folder = SitePath.provider(provider.id)
            let rows = pages.endpointsByProvider[provider.id]?.count ?? 0
            jobs.append(SitePageJob(folder: folder, template: "provider", origin: "provider \(provider.id)", rows: rows) { $0.provider(provider, folder: folder) })
        }
        for (author, models) in pages.modelsByAuthor {
            let folder = SitePath.author(author)
            jobs.append(SitePageJob(folder: folder, template: "author", rows: models.count) { $0.author(author, models: models, folder: folder) })
        }
        jobs.append(SitePageJob(folder: SitePath.compare, template: "compare", rows: modelCount) { $0.compare() })
        jobs.append(SitePageJob(folder: SitePath.compare + "price-vs-context/", template: "scatter", rows: modelCount) { $0.scatter() })
        jobs.append(SitePageJob(folder: SitePath.compare + "leaderboards/", template: "leaderboards") { $0.leaderboards() })
        jobs.append(SitePageJob(folder: "changes/", template: "changes", rows: supplements.changes.count) { $0.changes() })
        jobs.append(SitePageJob(folder: "discrepancies/", template: "discrepancies", listed: false, rows: catalog.discrepancies.count) { $0.discrepancies() })
        let shared = SharedPages(pages: pages, templates: templates)
        // The sitemap lists the directory, the model pages, then the site-wide pages, in that order.
        var htmlFolders = [jobs[0].folder]

        // The largest pages, with a row per model or more (the directory, compare, the chart,
        // and any provider with that many endpoints), render first, one at a time, before the
        // model pages' memory is in use; the others after the model pages.
        let largest = jobs.filter { $0.rows >= modelCount }
        try renderSitePages(largest, rowBudget: modelCount, shared: shared, emit: emit)

        // Model pages and badges: independent, so rendered on every core, kept in model order.
        for start in stride(from: 0, to: catalog.models.count, by: 1024) {
            let batch = Array(catalog.models[start..<min(catalog.models.count, start + 1024)])
            let modelFiles = ConcurrentMap.map(batch) { model -> [OutputFile] in
                let folder = SitePath.model(model.id)
                return [
                    OutputFile(path: folder + "index.html", text: shared.templates.render(shared.pages.model(model, folder: folder), template: "model"), origin: "model \(model.id)"),
                    OutputFile(path: folder + "badge.svg", text: shared.templates.render(Badge(model), template: "badge")),
                ]
            }
            for (model, pair) in zip(batch, modelFiles) {
                files += pair
                htmlFolders.append(SitePath.model(model.id))
            }
            try emit(files)
            files = []
        }
        try renderSitePages(jobs.filter { $0.rows < modelCount }, rowBudget: modelCount, shared: shared, emit: emit)
        htmlFolders += jobs.dropFirst().filter(\.listed).map(\.folder)
        files.append(OutputFile(path: "feed.xml", text: templates.render(pages.feed(), template: "feed")))
        files.append(OutputFile(path: "404.html", text: templates.render(pages.notFound(), template: "notfound")))
        if let sitemap = pages.sitemap(htmlFolders) {
            files.append(OutputFile(path: "sitemap.xml", text: templates.render(sitemap, template: "sitemap")))
        }
        files += templates.assets
        try emit(files)
    }

    /// Renders site-wide pages on every core and hands them to the writer a few at a time, each
    /// batch listing at most `rowBudget` rows: large pages (every model, every endpoint of a
    /// provider) are neither held until the last is done nor rendered side by side.
    private func renderSitePages(_ jobs: [SitePageJob], rowBudget: Int, shared: SharedPages, emit: ([OutputFile]) throws -> Void) throws {
        for batch in SitePageJob.batches(jobs, rowBudget: rowBudget) {
            try emit(ConcurrentMap.map(batch, chunk: 1) { job in
                OutputFile(path: job.folder + "index.html", text: shared.templates.render(job.view(shared.pages), template: job.template), origin: job.origin)
            })
        }
    }

    /// The machine-readable exports besides `catalog.json`: the place where export files
    /// (gateway-style `/api/v1`, LiteLLM cost map, schema) are added. Pages link to an
    /// export only when it is in this list.
    private func exports(_ catalog: Catalog) -> [OutputFile] {
        DataExports.files(catalog)
    }
}

/// The page builder and templates, shared read-only by the threads that render model pages.
private struct SharedPages: @unchecked Sendable {
    let pages: PageBuilder
    let templates: TemplateSet
}
