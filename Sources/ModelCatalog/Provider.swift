/// A company or platform that serves models, with the hand-written facts about it.
public struct Provider: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var website: String?
    public var docs: String?
    public var pricingPage: String?
    public var statusPage: String?
    public var apiBaseURL: String?
    public var openAICompatible: Bool?
    public var headquarters: String?
    /// Whether prompts may be used for training, as the provider's policy says.
    public var trainsOnPrompts: Bool?
    /// How long prompts are retained, as the provider's policy says (free text, such as "30 days").
    public var retention: String?
    /// The longest the provider says it keeps the prompts and outputs of ordinary inference
    /// requests by default, in days (an upper bound; 0 means they are not stored).
    public var retentionDays: Int?
    /// Whether zero data retention is offered, and how.
    public var zeroRetention: ZeroRetention?
    /// The pages the hand-written facts were read from.
    public var factSources: [String]
    /// The date those pages were read, `YYYY-MM-DD`.
    public var factsCheckedOn: String?
    /// The note rendered to HTML, trusted output of the notes stage.
    public var noteHTML: String?
    public var description: String?
    /// Links from the provider's note.
    public var links: [PageLink] = []
    /// The note file a maintainer edits, such as `notes/providers/openai.md`.
    public var noteFile: String?

    public init(id: String, name: String) {
        self.id = id
        self.name = name
        self.factSources = []
    }
}
