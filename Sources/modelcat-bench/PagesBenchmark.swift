import Foundation
import ModelCatalog
import Pipeline
import Site

/// `modelcat-bench pages --catalog DIR [--templates DIR] [--runs R]`: loads a catalog folder (not timed), then
/// makes every model page on one thread and reports, per page, the time building the view
/// model and the time swift-mustache takes to render it: the floor the template engine sets.
struct PagesBenchmark {
    var catalog = "catalog"
    /// The templates folder; nil for `templates` beside the catalog folder.
    var templates: String?
    var runs = 3

    func run() throws {
        let folder = URL(fileURLWithPath: catalog)
        let templatesFolder = templates.map { URL(fileURLWithPath: $0) } ?? folder.deletingLastPathComponent().appendingPathComponent("templates")
        let pipeline = BuildPipeline(catalogFolder: folder, templatesFolder: templatesFolder)
        let (loaded, _, config) = try pipeline.loadCatalog()
        let (templates, supplements, settings) = try pipeline.renderInputs(loaded, config: config)
        let cost = ModelPageCost.measure(loaded, supplements: supplements, renderer: SiteRenderer(templates: templates, settings: settings), runs: runs)
        func microseconds(_ time: Duration) -> Double {
            (Double(time.components.seconds) * 1e6 + Double(time.components.attoseconds) / 1e12) / Double(max(cost.pages, 1))
        }
        print(
            "model pages: \(cost.pages) pages, \(cost.bytes / max(cost.pages, 1)) bytes each on average; per page on one thread (best of \(max(runs, 1))): "
                + String(format: "view model %.1f µs, swift-mustache render %.1f µs", microseconds(cost.views), microseconds(cost.rendering)))
    }
}
