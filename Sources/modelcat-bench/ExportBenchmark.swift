import Foundation
import ModelCatalog
import Pipeline
import Site

/// `modelcat-bench json --catalog DIR [--runs R]`: loads a catalog folder (not timed),
/// then times the JSON export alone: `catalog.json` and the other export files
/// (`DataExports`: schema, gateway `/api/v1` files, LiteLLM cost map), without pages.
struct ExportBenchmark {
    var catalog = "catalog"
    var runs = 3

    func run() throws {
        let folder = URL(fileURLWithPath: catalog)
        let pipeline = BuildPipeline(catalogFolder: folder, templatesFolder: folder.deletingLastPathComponent().appendingPathComponent("templates"))
        let (loaded, _, _) = try pipeline.loadCatalog()
        let endpoints = loaded.models.reduce(0) { $0 + $1.endpoints.count }
        var best = Double.infinity
        var bytes = 0
        var fileCount = 0
        for _ in 0..<max(runs, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            let json = try CatalogJSON.encode(loaded)
            let exports = try DataExports.files(loaded)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, seconds)
            bytes = json.count + exports.reduce(0) { $0 + $1.data.count }
            fileCount = 1 + exports.count
        }
        print(
            "json export: \(loaded.models.count) models, \(endpoints) endpoints -> \(fileCount) files, \(bytes / 1_000_000) MB in "
                + String(format: "%.3f s (best of %d; %.1f MB/s)", best, max(runs, 1), Double(bytes) / 1e6 / best))
    }
}
