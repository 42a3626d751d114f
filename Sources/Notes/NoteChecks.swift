import ModelCatalog

extension Note {
    /// Errors for links to pages the catalog does not have: each body link to an unknown
    /// model (or, when `knownProviders` is given, provider) names the note file and line, and
    /// a `successor` that is not a known model names its key.
    public func checkLinks(knownModels: Set<ModelID>, knownProviders: Set<String>? = nil) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for link in links {
            switch link.target {
            case .model(let id) where !knownModels.contains(id):
                found.append(.error(file, at: "line \(link.line)", "link to model '\(id)' (\(link.destination)), which is not in the catalog"))
            case .provider(let id) where knownProviders.map({ !$0.contains(id) }) ?? false:
                found.append(.error(file, at: "line \(link.line)", "link to provider '\(id)' (\(link.destination)), which is not in the catalog"))
            default:
                break
            }
        }
        if let successor = frontMatter.successor, !knownModels.contains(successor) {
            found.append(.error(file, at: "successor", "successor '\(successor)' is not in the catalog"))
        }
        return found
    }

    /// An error when the note describes a model or provider the catalog does not have, unless
    /// a model note's front matter says `status = "upcoming"` or `"retired"`; a warning when a
    /// note marked `upcoming` describes a model the catalog already lists.
    public func checkSubject(knownModels: Set<ModelID>, knownProviders: Set<String>) -> [Diagnostic] {
        switch subject {
        case .model(let id):
            let known = knownModels.contains(id)
            if !known && frontMatter.status == nil {
                return [
                    .error(
                        file,
                        "note for model '\(id)', which is not in the catalog; fix the file name to a catalog model id, or set status = \"upcoming\" or \"retired\" in the front matter"
                    )
                ]
            }
            if known && frontMatter.status == .upcoming {
                return [.warning(file, at: "status", "model '\(id)' is in the catalog now; remove status = \"upcoming\"")]
            }
            return []
        case .provider(let id):
            guard knownProviders.contains(id) else {
                return [.error(file, "note for provider '\(id)', which is not in the catalog; rename the file to a provider id")]
            }
            return []
        }
    }

    /// Every diagnostic of a set of notes against the catalog: each note's own, its subject
    /// and its links, sorted by file and location.
    public static func check(_ notes: [Note], knownModels: Set<ModelID>, knownProviders: Set<String>) -> [Diagnostic] {
        notes.flatMap { note in
            note.diagnostics + note.checkSubject(knownModels: knownModels, knownProviders: knownProviders)
                + note.checkLinks(knownModels: knownModels, knownProviders: knownProviders)
        }.sorted()
    }
}
