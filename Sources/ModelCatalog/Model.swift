/// A model as the directory shows it: its identity, model-level facts and every endpoint serving it.
public struct Model: Hashable, Sendable, Identifiable {
    public var id: ModelID
    public var name: String
    /// Other ids the model is known by (provider ids and undated aliases), sorted.
    public var aliases: [String]
    /// Plain-text description (from a note's excerpt or a source).
    public var description: String?
    /// The note rendered to HTML, trusted output of the notes stage.
    public var noteHTML: String?
    public var mode: String?
    public var inputModalities: [String]
    public var outputModalities: [String]
    public var capabilities: [Capability: Bool]
    public var contextLength: Int?
    public var maxOutputTokens: Int?
    public var releaseDate: String?
    public var deprecationDate: String?
    public var retirementDate: String?
    public var knowledgeCutoff: String?
    public var openWeights: Bool?
    public var successor: ModelID?
    public var tags: [String]
    /// Links from the model's note.
    public var links: [PageLink]
    /// The note's table of contents; empty for short notes.
    public var tableOfContents: [TableOfContentsEntry]
    /// Marked by a maintainer as worth showing first.
    public var featured: Bool
    /// Left out of the directory and feeds (the page and JSON stay, for links that exist).
    public var hidden: Bool
    /// `upcoming` or `retired` for a model known from a note but served by no listed endpoint.
    public var lifecycle: String?
    /// The file a maintainer edits to change what the note says, such as `notes/openai/gpt-4o.md`.
    public var noteFile: String?
    /// Endpoints sorted by provider, then provider model id.
    public var endpoints: [Endpoint]

    public init(id: ModelID, name: String, endpoints: [Endpoint] = []) {
        self.id = id
        self.name = name
        self.aliases = []
        self.inputModalities = []
        self.outputModalities = []
        self.capabilities = [:]
        self.tags = []
        self.links = []
        self.tableOfContents = []
        self.featured = false
        self.hidden = false
        self.endpoints = endpoints
    }

    /// The maker, as in the id.
    public var author: String { id.author }

    /// Distinct providers serving the model, sorted.
    public var providers: [String] { Array(Set(endpoints.map(\.provider))).sorted() }
}
