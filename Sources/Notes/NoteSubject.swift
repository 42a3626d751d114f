import ModelCatalog

/// What a note is about, read from where the file is:
/// `notes/<author>/<slug>.md` describes a model, `notes/providers/<id>.md` a provider.
public enum NoteSubject: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A model note: `notes/anthropic/claude-sonnet-4.md` → `anthropic/claude-sonnet-4`.
    case model(ModelID)
    /// A provider note: `notes/providers/together.md` → `together`.
    case provider(String)

    /// Reads the subject from a path ending in `notes/<author>/<slug>.md` or
    /// `notes/providers/<id>.md` (relative to the catalog folder or not).
    public init(path: String) throws(Diagnostic) {
        let components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard components.count >= 3, components[components.count - 3] == "notes",
            let fileName = components.last, fileName.hasSuffix(".md")
        else {
            throw Diagnostic.error(path, "a note must be at notes/<author>/<slug>.md (a model) or notes/providers/<id>.md (a provider)")
        }
        let folder = components[components.count - 2]
        let stem = String(fileName.dropLast(3))
        if folder == "providers" {
            guard ModelID.isCanonical(stem) else {
                throw Diagnostic.error(path, "'\(stem)' is not a provider id: use lowercase letters, digits, '.', '_' and '-'")
            }
            self = .provider(stem)
            return
        }
        guard ModelID.isCanonical(folder), ModelID.isCanonical(stem) else {
            let suggestion = ModelID.normalizedComponent(folder).flatMap { a in ModelID.normalizedComponent(stem).map { "\(a)/\($0)" } }
            throw Diagnostic.error(
                path,
                "'\(folder)/\(stem)' is not a canonical model id (lowercase letters, digits, '.', '_' and '-')"
                    + (suggestion.map { "; did you mean notes/\($0).md?" } ?? ""))
        }
        self = .model(ModelID(author: folder, slug: stem))
    }

    /// `anthropic/claude-sonnet-4` for a model, `provider together` for a provider.
    public var description: String {
        switch self {
        case .model(let id): id.description
        case .provider(let id): "provider \(id)"
        }
    }
}
