import ArgumentParser
import Foundation
import ModelCatalog
import Pipeline

/// `modelcat check`: validates a catalog folder and prints the summary, writing nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a catalog folder without writing anything."
    )

    @OptionGroup var options: CatalogOptions

    @Flag(name: .long, help: "List the ids that fell back to a provider-scoped id (no rule knew the maker).")
    var unresolved = false

    @Flag(name: .long, help: "List every price and limit on which two sources of an endpoint disagree, with both values and sources.")
    var discrepancies = false

    @Flag(name: .long, help: "Treat warnings as errors: fail when the input has any.")
    var strict = false

    func run() throws {
        let pipeline = BuildPipeline(catalogFolder: options.catalogURL, templatesFolder: options.templatesURL)
        var warnings: [Diagnostic] = []
        do {
            let (catalog, report, _) = try pipeline.loadCatalog()
            warnings = report.warnings
            for line in report.lines { print(line) }
            if discrepancies {
                let found = catalog.discrepancies
                print("\(found.count) discrepanc\(found.count == 1 ? "y" : "ies") between sources (value A in use, value B overridden):")
                for discrepancy in found {
                    print("  \(discrepancy.model) \(discrepancy.endpoint) \(discrepancy.fact): A \(discrepancy.valueA) from \(discrepancy.sourceA.text), B \(discrepancy.valueB) from \(discrepancy.sourceB.text), differs by \(discrepancy.percentText)")
                }
            }
            for warning in report.warnings.prefix(50) { print(warning) }
            if report.warnings.count > 50 { print("... and \(report.warnings.count - 50) more warnings") }
            try ResolutionChecks(pipeline: pipeline).print(unresolved: unresolved)
        } catch {
            try fail(with: error)
        }
        if strict, !warnings.isEmpty { try fail(with: DiagnosticsError(warnings)) }
    }
}
