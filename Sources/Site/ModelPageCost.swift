import Foundation
import ModelCatalog

/// What the model pages of a catalog cost to make on one thread, split into building the
/// view models and rendering them with the template engine (what `modelcat-bench pages`
/// reports, to tell our own work from swift-mustache's).
public struct ModelPageCost: Sendable {
    /// Pages made.
    public var pages = 0
    /// Bytes of HTML made.
    public var bytes = 0
    /// Time spent building the view models (`PageBuilder.model`).
    public var views = Duration.zero
    /// Time spent in the template engine rendering them.
    public var rendering = Duration.zero

    /// Makes every model page of `catalog` on the calling thread, `runs` times, and keeps
    /// the fastest run of each part.
    public static func measure(_ catalog: Catalog, supplements: SiteSupplements, renderer: SiteRenderer, runs: Int = 3) -> ModelPageCost {
        let pages = PageBuilder(catalog: catalog, supplements: supplements, settings: renderer.settings, exported: [], templates: renderer.templates)
        let clock = ContinuousClock()
        var best = ModelPageCost()
        for run in 0..<max(runs, 1) {
            var cost = ModelPageCost()
            for model in catalog.models {
                let folder = SitePath.model(model.id)
                let start = clock.now
                let view = pages.model(model, folder: folder)
                let built = clock.now
                let html = renderer.templates.render(view, template: "model")
                cost.rendering += clock.now - built
                cost.views += built - start
                cost.pages += 1
                cost.bytes += html.utf8.count
            }
            if run == 0 {
                best = cost
            } else {
                best.views = min(best.views, cost.views)
                best.rendering = min(best.rendering, cost.rendering)
            }
        }
        return best
    }
}
