import ArgumentParser
import Diff
import Foundation

/// `modelcat diff`: what changed between two catalogs, as Markdown, JSON or terminal text.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two catalogs (prices, models, endpoints, anomalies).",
        discussion: """
            Each side is a catalog folder, a built catalog.json (or a site folder holding one), or with \
            --base-rev / --head-rev the catalog folder at a git revision of the current repository. \
            Positional arguments fill the sides not given by a revision; a missing head is the working \
            catalog folder. Exit status: 0, or 1 when --fail-on matched; 2 when a side could not be loaded.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json, text }
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case anomalies
        case anyChange = "any-change"
        case never
    }
    enum Colour: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Argument(help: "The base and head catalogs (folder or catalog.json).")
    var sides: [String] = []

    @Option(name: .long, help: "Read the base from this git revision (e.g. origin/main).")
    var baseRev: String?

    @Option(name: .long, help: "Read the head from this git revision.")
    var headRev: String?

    @Option(name: .long, help: "The catalog folder's path inside the repository, for --base-rev/--head-rev; also the default head.")
    var catalogPath: String = "catalog"

    @Option(name: .long, help: "Report format: markdown, json or text.")
    var format: Format = .text

    @Option(name: .long, help: "Exit with status 1 on: anomalies, any-change, or never.")
    var failOn: FailOn = .never

    @Option(name: .long, help: "Flag a price moving by more than this factor either way.")
    var priceFactor: String = "3"

    @Option(name: .long, help: "Flag a provider losing more than this share of its endpoints.")
    var providerLoss: String = "0.2"

    @Option(name: .long, help: "Rows per section before 'and N more' (Markdown default 100; text shows all).")
    var maxRows: Int?

    @Option(name: .long, help: "Colour for text output: auto (when stdout is a terminal), always, never.")
    var color: Colour = .auto

    @Option(name: .long, help: "Write the report to this file instead of standard output.")
    var output: String?

    func validate() throws {
        let needed = (baseRev == nil ? 1 : 0) + (headRev == nil ? 1 : 0)
        if sides.count > needed { throw ValidationError("too many catalogs: \(sides.count) given, \(needed) expected with the revisions given") }
        if baseRev == nil && sides.isEmpty { throw ValidationError("no base: give BASE or --base-rev REV") }
        for revision in [baseRev, headRev].compactMap({ $0 }) where revision.hasPrefix("-") || revision.isEmpty {
            throw ValidationError("not a revision: '\(revision)'")
        }
        guard let factor = Decimal(string: priceFactor), factor > 1 else { throw ValidationError("--price-factor must be a number above 1") }
        guard let share = Decimal(string: providerLoss), share >= 0, share <= 1 else { throw ValidationError("--provider-loss must be between 0 and 1") }
        _ = (factor, share)
    }

    func run() throws {
        var positional = sides[...]
        let base: DiffInput = baseRev.map { .revision($0, catalogPath: catalogPath) } ?? .path(positional.popFirst() ?? catalogPath)
        let head: DiffInput = headRev.map { .revision($0, catalogPath: catalogPath) } ?? .path(positional.popFirst() ?? catalogPath)
        let settings = DiffSettings(priceFactor: Decimal(string: priceFactor) ?? 3, providerLossShare: Decimal(string: providerLoss) ?? Decimal(2) / 10)
        let diff: CatalogDiff
        do {
            let baseCatalog = try base.load()
            let headCatalog = try head.load()
            diff = CatalogDiffer(settings: settings).diff(base: baseCatalog, head: headCatalog, baseLabel: base.label, headLabel: head.label)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(2)
        }

        let report: Data
        switch format {
        case .markdown:
            report = Data(MarkdownReport(maxRows: maxRows ?? 100).render(diff).utf8)
        case .json:
            report = try JSONReport.render(diff) + Data("\n".utf8)
        case .text:
            let colour = color == .always || (color == .auto && output == nil && isatty(STDOUT_FILENO) == 1)
            report = Data(TextReport(colour: colour, maxRows: maxRows).render(diff).utf8)
        }
        if let output {
            do { try report.write(to: URL(fileURLWithPath: output)) } catch {
                FileHandle.standardError.write(Data("error: \(output): cannot write: \(error.localizedDescription)\n".utf8))
                throw ExitCode(2)
            }
        } else {
            FileHandle.standardOutput.write(report)
        }

        switch failOn {
        case .anomalies where !diff.anomalies.isEmpty: throw ExitCode(1)
        case .anyChange where !diff.isEmpty: throw ExitCode(1)
        default: return
        }
    }
}
