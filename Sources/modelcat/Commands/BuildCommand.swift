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

    @Flag(name: .long, help: "Treat warnings as errors: fail, writing nothing, when the input has any.")
    var strict = false

    @Flag(name: .long, help: "Skip rendering when the catalog, templates and options are unchanged since the last incremental build (keeps a stamp file beside the output folder).")
    var incremental = false

    @Flag(name: .long, help: "With --incremental, render every page even when the inputs are unchanged (unchanged files are still kept).")
    var force = false

    @Flag(name: .long, help: "Print the wall time of each build stage.")
    var timings = false

    func run() throws {
        let pipeline = BuildPipeline(catalogFolder: options.catalogURL, templatesFolder: options.templatesURL)
        do {
            let report = try pipeline.build(output: URL(fileURLWithPath: output), baseURL: baseURL, strict: strict, force: force, incremental: incremental)
            if report.upToDate {
                print("\(output)/ is up to date: the catalog, templates and options are unchanged since it was built (--force renders anyway)")
            } else {
                for line in report.lines { print(line) }
                print("wrote \(report.filesWritten) files to \(output)/")
            }
            print("rewrote \(report.filesRewritten) files; kept \(report.filesWritten - report.filesRewritten) unchanged")
            if timings, !report.upToDate { for line in report.timingLines { print(line) } }
        } catch {
            try fail(with: error)
        }
    }
}
