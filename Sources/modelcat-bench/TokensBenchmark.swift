import Foundation
import Mustache

/// `modelcat-bench tokens [--runs R]`: what swift-mustache costs per token, apart from any
/// page: a table of 2,000 rows rendered with rows of 5 variables (`{{{name}}}`, unescaped, so
/// escaping is left out), once with `[String: Any]` rows and once with rows conforming to
/// `MustacheParent`, and once with no variables at all (the section and text cost). The
/// per-variable figure is the floor a page of N variables pays, whatever its view model.
struct TokensBenchmark {
    var runs = 5
    let rows = 2_000

    /// A row answering its names through `MustacheParent`, as the site's view models do.
    private struct Row: MustacheParent {
        let a: String, b: String, c: String, d: String
        func child(named key: String) -> Any? {
            switch key {
            case "a": a
            case "b": b
            case "c": c
            case "d": d
            default: nil
            }
        }
    }

    /// The top of the stack: the rows and a title every row also shows (a lookup one level up).
    private struct Top: MustacheParent {
        let rows: [Any]
        let title: String
        func child(named key: String) -> Any? {
            switch key {
            case "rows": rows
            case "title": title
            default: nil
            }
        }
    }

    /// The two templates: rows of five variables, and the same rows with text only.
    private static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        try library.register("{{#rows}}<tr><td>{{{a}}}</td><td>{{{b}}}</td><td>{{{c}}}</td><td>{{{d}}}</td><td>{{{title}}}</td></tr>\n{{/rows}}", named: "variables")
        try library.register("{{#rows}}<tr><td>xx</td><td>xx</td><td>xx</td><td>xx</td><td>xx</td></tr>\n{{/rows}}", named: "text")
        return library
    }

    func run() throws {
        let library = try Self.library()
        let dictionaries: [Any] = (0..<rows).map { index in ["a": "alpha\(index)", "b": "beta", "c": "gamma", "d": "delta"] as [String: Any] }
        let typed: [Any] = (0..<rows).map { index in Row(a: "alpha\(index)", b: "beta", c: "gamma", d: "delta") }
        func best(_ context: Any, _ template: String) -> Double {
            var fastest = Double.infinity
            for _ in 0..<max(runs, 1) {
                let start = ContinuousClock.now
                _ = library.render(context, withTemplate: template)
                let elapsed = ContinuousClock.now - start
                fastest = min(fastest, Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9)
            }
            return fastest
        }
        let text = best(Top(rows: typed, title: "T"), "text")
        let dictionaryRows = best(Top(rows: dictionaries, title: "T"), "variables")
        let typedRows = best(Top(rows: typed, title: "T"), "variables")
        let variables = Double(rows * 5)
        print(
            String(
                format: "swift-mustache per variable token (best of %d, %d rows × 5 variables): [String: Any] rows %.0f ns, MustacheParent rows %.0f ns; the same rows without variables %.0f ns per row",
                max(runs, 1), rows, (dictionaryRows - text) / variables, (typedRows - text) / variables, text / Double(rows)))
    }
}
