import Foundation
import Ingest
import ModelCatalog
import Resolve
import Site

/// The build, as a list of named stages: ingest → resolve and merge → render → write.
/// Reads only the catalog folder and the templates; only `write` touches the output.
public struct BuildPipeline: Sendable {
    public let catalogFolder: URL
    public let templatesFolder: URL

    public init(catalogFolder: URL, templatesFolder: URL) {
        self.catalogFolder = catalogFolder
        self.templatesFolder = templatesFolder
    }

    /// The catalog and the report, without rendering (what `check` runs).
    public func loadCatalog() throws(DiagnosticsError) -> (Catalog, BuildReport, CatalogConfig) {
        let folder = try CatalogFolder(url: catalogFolder)
        var report = BuildReport()
        var errors: [Diagnostic] = []

        // ingest
        var entries: [ListingEntry] = []
        var snapshots: [SourceSnapshot] = []
        var readResults: [String: ReadResult] = [:]
        for source in folder.config.sources {
            guard let reader = source.format.reader else {
                errors.append(.error("catalog.toml", at: "sources (id \(source.id))", "no reader for format '\(source.format.rawValue)' yet"))
                continue
            }
            do {
                let snapshot = try folder.snapshot(of: source)
                let result = try reader.read(snapshot)
                entries += result.entries
                readResults[source.id] = result
                report.warnings += result.warnings
                snapshots.append(SourceSnapshot(id: source.id, format: source.format.rawValue, file: source.snapshot, label: source.label))
            } catch let error as Diagnostic {
                errors.append(error)
            } catch let error as DiagnosticsError {
                errors += error.diagnostics
            } catch {
                errors.append(.error(source.snapshot, "\(error)"))
            }
        }

        // resolve and merge
        var rules = ResolutionRules()
        do {
            if let data = try folder.optionalFile("aliases.toml") { rules = try ResolutionRules(data) }
        } catch let error as Diagnostic {
            errors.append(error)
        } catch let error as DiagnosticsError {
            errors += error.diagnostics
        } catch {}
        if !errors.isEmpty { throw DiagnosticsError(errors) }

        let merger = CatalogMerger(resolver: IdentityResolver(rules: rules))
        let (catalog, summaries) = merger.merge(entries, sources: snapshots)

        for source in folder.config.sources {
            guard let read = readResults[source.id] else { continue }
            let merged = summaries[source.id] ?? CatalogMerger.Summary()
            var skipped = read.skipped
            for (reason, count) in merged.skipped { skipped[reason, default: 0] += count }
            report.sources.append(BuildReport.SourceLine(
                id: source.id, file: source.snapshot, records: read.recordCount, endpoints: merged.endpoints, aliases: merged.aliases, skipped: skipped))
            report.providerScoped += merged.providerScoped
        }
        report.modelCount = catalog.models.count
        report.providerCount = catalog.providers.count
        report.endpointCount = catalog.models.reduce(0) { $0 + $1.endpoints.count }
        let counts = catalog.models.map(\.endpoints.count)
        report.endpointHistogram = [
            ("1", counts.filter { $0 == 1 }.count), ("2", counts.filter { $0 == 2 }.count),
            ("3-5", counts.filter { (3...5).contains($0) }.count), ("6+", counts.filter { $0 >= 6 }.count),
        ]
        return (catalog, report, folder.config)
    }

    /// Runs every stage and writes the site into `output` atomically. `baseURL`, when given,
    /// overrides `catalog.toml`'s `site.base_url` (canonical links, feed, sitemap).
    public func build(output: URL, baseURL: String? = nil) throws(DiagnosticsError) -> BuildReport {
        let (catalog, report, loaded) = try loadCatalog()
        var config = loaded
        if let baseURL { config.site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        let templates = try TemplateSet(directory: templatesFolder)
        let files: [OutputFile]
        do {
            files = try SiteRenderer(templates: templates, settings: config.site).render(catalog)
        } catch {
            throw DiagnosticsError([.error("site", "rendering failed: \(error)")])
        }
        try OutputFolder(url: output).write(files)
        var written = report
        written.filesWritten = files.count
        return written
    }
}
