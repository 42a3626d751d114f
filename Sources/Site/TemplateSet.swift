import Foundation
import ModelCatalog
import Mustache

/// The site's Mustache templates and static assets, loaded from a `templates/` folder.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// Static files copied to `assets/` as they are.
    public let assets: [OutputFile]

    /// The templates every site needs.
    public static let required = [
        "head", "foot", "site-header", "site-footer", "index", "model", "provider", "author", "compare", "scatter", "leaderboards", "changes", "feed", "sitemap", "notfound", "badge",
    ]

    /// Loads every `*.mustache` file (registered by name without extension, escaping values
    /// with ``HTMLEscaping``) and every file under `assets/`.
    public init(directory: URL) throws(DiagnosticsError) {
        try self.init(directory: directory, required: Self.required)
    }

    /// Loads the templates and assets of `directory`, requiring the templates named in `required`.
    init(directory: URL, required: [String]) throws(DiagnosticsError) {
        let fileManager = FileManager.default
        HTMLEscaping.register()
        var library = MustacheLibrary()
        var errors: [Diagnostic] = []
        var assets: [OutputFile] = []
        let names = (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []
        if names.isEmpty { throw DiagnosticsError([.error(directory.path, "no templates found; expected *.mustache files")]) }
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let url = directory.appendingPathComponent(name)
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                try library.register(HTMLEscaping.pragma + text, named: String(name.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                errors.append(Self.parseError(name, error.context, error.error))
            } catch let error as MustacheLibrary.ParserError {
                errors.append(Self.parseError(name, error.context, error.error))
            } catch {
                errors.append(.error("templates/\(name)", "template does not parse: \(error)"))
            }
        }
        let assetsFolder = directory.appendingPathComponent("assets")
        for name in ((try? fileManager.contentsOfDirectory(atPath: assetsFolder.path)) ?? []).sorted() {
            guard let data = fileManager.contents(atPath: assetsFolder.appendingPathComponent(name).path) else { continue }
            assets.append(OutputFile(path: "assets/\(SitePath.component(name))", data: data))
        }
        for required in required where library.getTemplate(named: required) == nil {
            errors.append(.error("templates/\(required).mustache", "missing required template"))
        }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
        self.library = library
        self.assets = assets
    }

    /// A template's parse error at the template's own line (the count leaves out the pragma
    /// line put before it) and column.
    private static func parseError(_ name: String, _ context: MustacheParserContext, _ error: any Error) -> Diagnostic {
        .error("templates/\(name)", at: "line \(context.lineNumber - 1), column \(context.columnNumber)", "template does not parse: \(error)")
    }

    /// Renders a named template with a view model.
    func render(_ view: Any, template: String) -> String {
        let context: Any = (view as? [String: Any]).map(TemplateView.init) ?? view
        return library.render(context, withTemplate: template) ?? ""
    }
}
