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
        let sink = DiscardingSink()
        for _ in 0..<max(runs, 1) {
            // Every file streamed through a JSONWriter to a sink that drops the bytes: the encoding alone, in
            // bounded memory, as the build writes them (the build overlaps it with pages).
            let start = DispatchTime.now().uptimeNanoseconds
            let files = [CatalogJSON.file(loaded)] + DataExports.files(loaded)
            var total = 0
            for file in files {
                switch file.content {
                case .bytes(let data):
                    total += data.count
                case .text(let text):
                    total += text.utf8.count
                case .stream(let produce):
                    var writer = JSONWriter(sink: sink)
                    try produce(&writer)
                    try writer.finish()
                    total += writer.count
                }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, seconds)
            bytes = total
            fileCount = files.count
        }
        print(
            "json export: \(loaded.models.count) models, \(endpoints) endpoints -> \(fileCount) files, \(bytes / 1_000_000) MB in "
                + String(format: "%.3f s (best of %d; %.1f MB/s)", best, max(runs, 1), Double(bytes) / 1e6 / best))
    }
}

/// A sink that drops the bytes, so the benchmark times the encoding, not the disk.
final class DiscardingSink: ByteSink {
    func write(_ bytes: UnsafeRawBufferPointer) {}
}
