import ArgumentParser
import Foundation
import Ingest
import ModelCatalog

/// `modelcat ingest --format FORMAT PATH [--json]`: reads one snapshot with one reader and prints
/// what it found. How a maintainer checks a new source before adding it to `catalog.toml`.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read one source snapshot (a file, or a folder of pages or the models.dev tree) and report entries, skips and warnings."
    )

    @Option(name: .long, help: "The listing format: \(ListingFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String

    @Option(name: .long, help: "The source id, used as the provider of listings that do not name one (default: the format name).")
    var source: String?

    @Flag(name: .long, help: "Print the entries, skips and warnings as JSON.")
    var json = false

    @Argument(help: "The snapshot: a file, or a folder (models.dev, or page files read in name order).")
    var path: String

    func run() throws {
        guard let listingFormat = ListingFormat(rawValue: format) else {
            throw ValidationError("unknown format '\(format)'; expected one of: \(ListingFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let reader = listingFormat.reader else { throw ValidationError("no reader for format '\(format)' yet") }
        do {
            let snapshot = try SnapshotLoader.load(URL(fileURLWithPath: path), sourceID: source ?? listingFormat.rawValue)
            let summary = IngestSummary(try reader.read(snapshot))
            if json {
                FileHandle.standardOutput.write(try summary.json())
                print()
            } else {
                for line in summary.lines { print(line) }
            }
        } catch let error as DiagnosticsError {
            try fail(with: error)
        }
    }
}
