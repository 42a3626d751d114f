import Analysis
import CMemory
import Foundation
import Ingest
import ModelCatalog
import Notes
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

    /// What the resolve stage works from: every source's entries and the rule tables of
    /// `aliases.toml` (what `resolve` and `check --unresolved` need, without merging).
    public struct ResolutionInputs: Sendable {
        /// The catalog folder, read.
        public var folder: CatalogFolder
        /// Every source's entries, in source order.
        public var entries: [ListingEntry]
        /// The rules of `aliases.toml` (empty rules when the file is absent).
        public var rules: ResolutionRules
        /// What each reader made of its source, by source id: skips, warnings and record
        /// counts; its entries are in ``entries`` (not kept twice).
        public var readResults: [String: ReadResult]
        /// The sources read.
        public var snapshots: [SourceSnapshot]
        /// The hand-written provider files (`providers/<id>.toml`), by provider id.
        public var providers: [String: Provider] = [:]
        /// Warnings about the provider files (unknown keys, files naming no endpoint's provider).
        public var providerWarnings: [Diagnostic] = []
    }

    /// Runs the ingest stage and reads the rule tables.
    public func loadResolutionInputs() throws(DiagnosticsError) -> ResolutionInputs {
        let folder = try CatalogFolder(url: catalogFolder)
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
                var result = try reader.read(snapshot)
                if entries.isEmpty { swap(&entries, &result.entries) } else { entries += result.entries }
                result.entries = []
                readResults[source.id] = result
                snapshots.append(SourceSnapshot(id: source.id, format: source.format.rawValue, file: source.snapshot, label: source.label))
            } catch let error as Diagnostic {
                errors.append(error)
            } catch let error as DiagnosticsError {
                errors += error.diagnostics
            } catch {
                errors.append(.error(source.snapshot, "\(error)"))
            }
        }

        // resolve: the rule tables
        var rules = ResolutionRules()
        do {
            if let data = try folder.optionalFile("aliases.toml") { rules = try ResolutionRules(data) }
        } catch let error as Diagnostic {
            errors.append(error)
        } catch let error as DiagnosticsError {
            errors += error.diagnostics
        } catch {}

        // ingest: the hand-written provider files and their price tables
        var providers: [String: Provider] = [:]
        var providerWarnings: [Diagnostic] = []
        do {
            for file in try folder.files(under: "providers", withExtension: "toml") {
                do {
                    let read = try ProviderFileReader().read(file.data, path: file.path)
                    let id = read.provider.id
                    if rules.provider(id) != id {
                        errors.append(.error(file.path, "'\(id)' is a provider alias of '\(rules.provider(id))' in aliases.toml; name the file \(rules.provider(id)).toml"))
                        continue
                    }
                    providers[id] = read.provider
                    entries += read.entries
                    providerWarnings += read.warnings
                } catch {
                    errors += error.diagnostics
                }
            }
        } catch {
            errors.append(error)
        }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
        return ResolutionInputs(
            folder: folder, entries: entries, rules: rules, readResults: readResults, snapshots: snapshots, providers: providers,
            providerWarnings: providerWarnings)
    }

    /// The catalog and the report, without rendering (what `check` runs).
    public func loadCatalog() throws(DiagnosticsError) -> (Catalog, BuildReport, CatalogConfig) {
        var inputs: ResolutionInputs
        var timer = StageTimer()
        do {
            inputs = try loadResolutionInputs()
            timer.lap("read sources and rules")
        } catch {
            // Report the notes' errors too, so one run lists every input error.
            var all = error.diagnostics
            if let folder = try? CatalogFolder(url: catalogFolder) {
                do { _ = try NotesStage.read(folder) } catch { all += error.diagnostics }
            }
            throw DiagnosticsError(all)
        }
        BuildHook.pause(after: "ingest")
        let (folder, rules, readResults, snapshots) = (inputs.folder, inputs.rules, inputs.readResults, inputs.snapshots)
        var report = BuildReport()
        if folder.config.sources.isEmpty {
            report.warnings.append(.warning("catalog.toml", at: "sources", "no [[sources]] listed; the site will have no models"))
        }
        for source in folder.config.sources { report.warnings += readResults[source.id]?.warnings ?? [] }
        report.warnings += inputs.providerWarnings

        // The notes need only the folder: read and rendered on the other core while the merge runs on this one.
        let pendingNotes = BackgroundTask { [folder] in Result { () throws(DiagnosticsError) in try NotesStage.read(folder) } }
        let merger = CatalogMerger(resolver: IdentityResolver(rules: rules))
        var (catalog, summaries) = merger.merge(inputs.entries, providers: inputs.providers, sources: snapshots)
        // The entries are in the catalog now; their memory goes before the later stages.
        inputs.entries = []
        timer.lap("resolve and merge")
        let served = Set(catalog.providers.map(\.id))
        for id in inputs.providers.keys.sorted() where !served.contains(id) {
            report.warnings.append(.warning("providers/\(id).toml", "no endpoint in the catalog is served by '\(id)'; the provider is left out"))
        }
        report.handWritten = inputs.providers.keys.sorted().map { id in
            BuildReport.HandWrittenLine(id: id, entries: summaries["providers/\(id)"]?.endpoints ?? 0)
        }

        // notes
        let noteDiagnostics = NotesMerger.merge(try pendingNotes.value().get(), into: &catalog)
        let noteErrors = noteDiagnostics.filter { $0.severity == .error }
        if !noteErrors.isEmpty { throw DiagnosticsError(noteErrors) }
        report.warnings += noteDiagnostics.filter { $0.severity == .warning }
        timer.lap("notes (wait), merged")

        for source in folder.config.sources {
            guard let read = readResults[source.id] else { continue }
            let merged = summaries[source.id] ?? CatalogMerger.Summary()
            var skipped = read.skipped
            for (reason, count) in merged.skipped { skipped[reason, default: 0] += count }
            report.sources.append(BuildReport.SourceLine(
                id: source.id, file: source.snapshot, records: read.recordCount, endpoints: merged.endpoints, aliases: merged.aliases, skipped: skipped,
                merged: merged.merged))
            report.providerScoped += merged.providerScoped
        }
        report.discrepancyCount = catalog.discrepancies.count
        report.modelCount = catalog.models.count
        report.providerCount = catalog.providers.count
        report.endpointCount = catalog.models.reduce(0) { $0 + $1.endpoints.count }
        let counts = catalog.models.map(\.endpoints.count)
        report.endpointHistogram = [
            ("1", counts.filter { $0 == 1 }.count), ("2", counts.filter { $0 == 2 }.count),
            ("3-5", counts.filter { (3...5).contains($0) }.count), ("6+", counts.filter { $0 >= 6 }.count),
        ]
        report.stageTimes = timer.laps
        return (catalog, report, folder.config)
    }

    /// What rendering a loaded catalog needs besides the catalog: the templates, the
    /// supplements of the later stages (price history, changes, leaderboards) and the site
    /// settings, with `baseURL` (when given) in place of `catalog.toml`'s.
    public func renderInputs(_ catalog: Catalog, config loaded: CatalogConfig, baseURL: String? = nil) throws(DiagnosticsError)
        -> (TemplateSet, SiteSupplements, CatalogConfig.SiteSettings)
    {
        var timer = StageTimer()
        return try renderInputs(catalog, config: loaded, baseURL: baseURL, timer: &timer)
    }

    /// ``renderInputs(_:config:baseURL:)``, timing its stages on `timer`.
    /// `history`, when given, is the price history being read beside the catalog's loading.
    func renderInputs(
        _ catalog: Catalog, config loaded: CatalogConfig, baseURL: String?, history pending: HistoryRecorder.BackgroundRead? = nil,
        timer: inout StageTimer
    ) throws(DiagnosticsError) -> (TemplateSet, SiteSupplements, CatalogConfig.SiteSettings) {
        var config = loaded
        if let baseURL { config.site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        // Of the comparisons the pages show only the declared leaderboards (no page shows the
        // per-model spreads and class ranks): ranked on another core beside the history.
        let leaderboards = BackgroundTask { [config] in CatalogAnalysis.rankedLeaderboards(catalog, config: config) }
        let templates = try TemplateSet(directory: templatesFolder)
        let history = if let pending { try pending.history() } else { try HistoryRecorder(catalogFolder: catalogFolder).history() }
        timer.lap(pending == nil ? "templates, read history" : "templates, history (wait)")
        var supplements = HistorySupplements.make(history, catalog: catalog)
        timer.lap("history for the pages")
        supplements.leaderboards = HistorySupplements.leaderboards(leaderboards.value())
        timer.lap("leaderboards (wait)")
        return (templates, supplements, config.site)
    }

    /// Runs every stage and writes the site into `output` atomically. `baseURL`, when given,
    /// overrides `catalog.toml`'s `site.base_url` (canonical links, feed, sitemap). With
    /// `strict`, warnings are errors: the build stops before writing anything.
    ///
    /// With `incremental` and unless `force`, a site built from the same inputs (``BuildStamp``,
    /// a stamp file kept beside the output folder) and untouched since is left as it is
    /// (`upToDate`); without `incremental` no stamp is read or written. Otherwise files whose bytes did not change are kept
    /// (``OutputFolder``), so `filesRewritten` counts only new or changed files.
    public func build(output: URL, baseURL: String? = nil, strict: Bool = false, force: Bool = false, incremental: Bool = false) throws(DiagnosticsError) -> BuildReport {
        let inputs = BuildStamp.inputs(folders: [catalogFolder, templatesFolder], options: "base-url \(baseURL ?? "") strict \(strict)")
        if incremental, !force, let stamp = BuildStamp.current(output: output.standardizedFileURL, inputs: inputs) {
            var report = BuildReport()
            report.upToDate = true
            report.filesWritten = stamp.outputs.count
            return report
        }
        if incremental { BuildStamp.remove(output: output.standardizedFileURL) }
        // The price history is input of its own: read on another core while the catalog loads.
        let history = HistoryRecorder(catalogFolder: catalogFolder).readInBackground()
        let (catalog, report, loaded) = try loadCatalog()
        if strict, !report.warnings.isEmpty { throw DiagnosticsError(report.warnings) }
        var timer = StageTimer()
        let (templates, supplements, settings) = try renderInputs(catalog, config: loaded, baseURL: baseURL, history: history, timer: &timer)
        // What loading freed (the snapshot's slices, the merge's tables) goes back to the system
        // before the pages render; glibc would keep it, and rendering's peak would sit on top.
        modelcat_trim_heap()
        // Pages go to disk batch by batch as they render.
        let renderer = SiteRenderer(templates: templates, settings: settings)
        var paths: [String] = []
        let summary = try OutputFolder(url: output).write { emit in
            try renderer.render(catalog, supplements: supplements) { files in
                paths += files.map(\.path)
                try emit(files)
            }
            BuildHook.pause(after: "render")
        }
        timer.lap("render and write")
        var written = report
        written.stageTimes += timer.laps
        written.filesWritten = summary.files
        written.filesRewritten = summary.rewritten
        if incremental { BuildStamp.save(output: output.standardizedFileURL, inputs: inputs, paths: paths) }
        return written
    }
}
