import ArgumentParser
import Foundation
import Pipeline

/// `modelcat build`: the catalog folder in, the site folder out.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static site and JSON catalog from a catalog folder (offline)."
    )

    @OptionGroup var options: CatalogOptions

    @Option(name: .long, help: "The folder to write the site into; replaced atomically.")
    var output: String = "site"

    @Option(name: .customLong("base-url"), help: "The URL the site is published at (overrides site.base_url in catalog.toml), such as https://example.org/models/.")
    var baseURL: String?

    @Flag(name: .long, help: "Render every page even when the inputs are unchanged since the last build (unchanged files are still kept).")
    var force = false

    func run() throws {
        let pipeline = BuildPipeline(catalogFolder: options.catalogURL, templatesFolder: options.templatesURL)
        do {
            let report = try pipeline.build(output: URL(fileURLWithPath: output), baseURL: baseURL, force: force)
            if report.upToDate {
                print("\(output)/ is up to date: the catalog, templates and options are unchanged since it was built (--force renders anyway)")
            } else {
                for line in report.lines { print(line) }
                print("wrote \(report.filesWritten) files to \(output)/")
            }
            print("rewrote \(report.filesRewritten) files; kept \(report.filesWritten - report.filesRewritten) unchanged")
        } catch {
            try fail(with: error)
        }
    }
}
