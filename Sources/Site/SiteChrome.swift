import Foundation
import Ingest
import ModelCatalog

/// The parts of every page that depend only on the site and the page's depth: the site header
/// (`site-header.mustache`: brand, navigation, currency switch) and the site footer
/// (`site-footer.mustache`: sources, repository and feed links). Each is rendered by
/// swift-mustache once per `root` (`""`, `"../"`, …) instead of once per page, and placed by
/// `head` and `foot` as trusted HTML: its values were escaped when it was rendered.
struct SiteChrome: @unchecked Sendable {
    /// Header and footer HTML by root, for the depths the site's folders have.
    private let byRoot: [String: (header: String, footer: String)]
    private let templates: TemplateSet
    private let values: [String: Any]

    /// Renders the header and footer for pages up to `depth` folders below the site root.
    init(templates: TemplateSet, values: [String: Any], depth: Int = 4) {
        self.templates = templates
        self.values = values
        var byRoot: [String: (header: String, footer: String)] = [:]
        for level in 0...depth {
            let root = String(repeating: "../", count: level)
            byRoot[root] = Self.render(templates, values, root: root)
        }
        self.byRoot = byRoot
    }

    /// The site header and footer of a page whose links start with `root`.
    func parts(root: String) -> (header: String, footer: String) {
        byRoot[root] ?? Self.render(templates, values, root: root)
    }

    private static func render(_ templates: TemplateSet, _ values: [String: Any], root: String) -> (header: String, footer: String) {
        var view = values
        view["root"] = root
        return (templates.render(view, template: "site-header"), templates.render(view, template: "site-footer"))
    }
}
