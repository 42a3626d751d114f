import ArgumentParser
import Foundation
import ModelCatalog
import Pipeline
import Resolve

/// `modelcat explain MODEL`: prints, endpoint by endpoint and fact by fact, the value in use,
/// the source that decided it and the values it overrode.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show which source decided each fact of a model's endpoints, and what it overrode."
    )

    @OptionGroup var options: CatalogOptions

    @Argument(help: "A canonical model id (author/slug), an alias, or a provider's model id.")
    var model: String

    func run() throws {
        let pipeline = BuildPipeline(catalogFolder: options.catalogURL, templatesFolder: options.templatesURL)
        do {
            let inputs = try pipeline.loadResolutionInputs()
            let (catalog, _, _) = try pipeline.loadCatalog()
            guard let found = FactExplanation.find(model, in: catalog) else {
                FileHandle.standardError.write(Data("error: no model '\(model)' in the catalog (try `modelcat resolve \(model)`)\n".utf8))
                throw ExitCode.failure
            }
            let explanation = FactExplanation(model: found, precedence: SourcePrecedence(sources: catalog.sources, rules: inputs.rules))
            for line in explanation.lines { print(line) }
        } catch let error as DiagnosticsError {
            try fail(with: error)
        }
    }
}
