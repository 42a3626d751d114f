import ArgumentParser
import Foundation
import ModelCatalog

/// The options every command reading a catalog shares.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: "The catalog folder to read.")
    var catalog: String = "catalog"

    @Option(name: .long, help: "The templates folder (default: 'templates' beside the catalog folder).")
    var templates: String?

    var catalogURL: URL { URL(fileURLWithPath: catalog) }

    var templatesURL: URL {
        if let templates { return URL(fileURLWithPath: templates) }
        let beside = catalogURL.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("templates")
        if FileManager.default.fileExists(atPath: beside.path) { return beside }
        return URL(fileURLWithPath: "templates")
    }
}

/// Prints diagnostics to standard error and exits with failure.
func fail(with error: DiagnosticsError) throws -> Never {
    let errors = error.diagnostics.filter { $0.severity == .error }
    for diagnostic in error.diagnostics.sorted(by: { ($0.severity, $0) < ($1.severity, $1) }) {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
    let warnings = error.diagnostics.count - errors.count
    let summary = errors.isEmpty && warnings > 0
        ? "\(warnings) warning\(warnings == 1 ? "" : "s"), fatal with --strict; nothing was written."
        : "\(errors.count) error\(errors.count == 1 ? "" : "s"); nothing was written."
    FileHandle.standardError.write(Data((summary + "\n").utf8))
    throw ExitCode.failure
}
