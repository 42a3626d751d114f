import ModelCatalog

/// The one place where ids become paths in the output folder. Every component is reduced
/// to `a-z 0-9 . _ -` (no `..`, no `/`, no NUL, bounded length), so no input can write
/// outside the output folder.
public enum SitePath {
    /// A safe path component for any id.
    public static func component(_ id: String) -> String {
        ModelID.normalizedComponent(id) ?? "unnamed"
    }

    /// The folder of a model page, such as `models/anthropic/claude-sonnet-4/`.
    public static func model(_ id: ModelID) -> String {
        "models/\(component(id.author))/\(component(id.slug))/"
    }

    /// The folder of a provider page, such as `providers/bedrock/`.
    public static func provider(_ id: String) -> String {
        "providers/\(component(id))/"
    }

    /// The relative prefix leading from a page's folder back to the site root (`../../../`).
    public static func root(of folder: String) -> String {
        String(repeating: "../", count: folder.split(separator: "/").count)
    }
}

extension SitePath {
    /// The folder of an author (maker) page, such as `authors/anthropic/`.
    public static func author(_ author: String) -> String {
        "authors/\(component(author))/"
    }

    /// The folder of the comparison pages.
    public static let compare = "compare/"
}
