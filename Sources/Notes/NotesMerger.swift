import ModelCatalog

/// Merges notes into a catalog: a note's front matter overrides the listings' model-level
/// facts, its HTML and excerpt become the page text and the JSON description, and notes for
/// models no listing serves (`status = "upcoming"` or `"retired"`) add a model without endpoints.
public enum NotesMerger {
    /// Checks the notes against the catalog and merges them in. Returns every diagnostic
    /// (errors for unknown models and broken links, warnings); the catalog is changed even
    /// when there are errors, and the caller decides whether to stop.
    public static func merge(_ notes: [Note], into catalog: inout Catalog) -> [Diagnostic] {
        let knownModels = Set(catalog.models.map(\.id))
        let notedModels = Set(notes.compactMap { note -> ModelID? in
            if case .model(let id) = note.subject, note.frontMatter.status != nil { return id }
            return nil
        })
        let diagnostics = Note.check(notes, knownModels: knownModels.union(notedModels), knownProviders: Set(catalog.providers.map(\.id)))

        var modelIndex = Dictionary(uniqueKeysWithValues: catalog.models.enumerated().map { ($1.id, $0) })
        let providerIndex = Dictionary(uniqueKeysWithValues: catalog.providers.enumerated().map { ($1.id, $0) })
        for note in notes {
            switch note.subject {
            case .model(let id):
                if modelIndex[id] == nil {
                    guard let status = note.frontMatter.status else { continue }
                    var model = Model(id: id, name: id.slug)
                    model.lifecycle = status.rawValue
                    catalog.models.append(model)
                    modelIndex[id] = catalog.models.count - 1
                }
                guard let index = modelIndex[id] else { continue }
                apply(note, to: &catalog.models[index])
            case .provider(let id):
                guard let index = providerIndex[id] else { continue }
                apply(note, to: &catalog.providers[index])
            }
        }
        catalog.models.sort { $0.id < $1.id }
        return diagnostics
    }

    static func apply(_ note: Note, to model: inout Model) {
        let front = note.frontMatter
        if let name = front.name { model.name = name }
        model.description = note.summary.isEmpty ? model.description : note.summary
        model.noteHTML = note.html.isEmpty ? nil : note.html
        model.noteFile = note.file
        model.tableOfContents = note.tableOfContents.map { TableOfContentsEntry(level: $0.level, id: $0.id, title: $0.title) }
        if let tags = front.tags { model.tags = tags.sorted() }
        if let date = front.releaseDate { model.releaseDate = date }
        if let date = front.knowledgeCutoff { model.knowledgeCutoff = date }
        if let flag = front.openWeights { model.openWeights = flag }
        if let links = front.links { model.links = links.map { PageLink(title: $0.title, url: $0.url) } }
        model.featured = front.featured
        model.hidden = front.hidden
        if let date = front.deprecationDate { model.deprecationDate = date }
        if let date = front.retirementDate { model.retirementDate = date }
        if let successor = front.successor { model.successor = successor }
        if let status = front.status, model.endpoints.isEmpty { model.lifecycle = status.rawValue }
    }

    static func apply(_ note: Note, to provider: inout Provider) {
        let front = note.frontMatter
        if let name = front.name { provider.name = name }
        provider.description = note.summary.isEmpty ? provider.description : note.summary
        provider.noteHTML = note.html.isEmpty ? nil : note.html
        provider.noteFile = note.file
        if let links = front.links { provider.links = links.map { PageLink(title: $0.title, url: $0.url) } }
    }
}
