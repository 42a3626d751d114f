import Foundation
import ModelCatalog

/// What later pipeline stages may hand the site besides the catalog: recorded price
/// history, the list of changes, leaderboards. Every part is optional; the pages show a
/// section only when its data exists, so stages can land independently.
public struct SiteSupplements: Sendable {
    /// One recorded price of one endpoint on one day.
    public struct PricePoint: Sendable, Hashable {
        /// The day, `YYYY-MM-DD`.
        public var date: String
        /// The provider id of the endpoint.
        public var provider: String
        /// USD per input token.
        public var prompt: Decimal?
        /// USD per output token.
        public var completion: Decimal?
        /// Context length in tokens on that day.
        public var contextLength: Int?
        /// The recording's place in the history (1 = oldest); orders points whose date is unknown.
        public var order: Int

        /// A recorded price.
        public init(date: String, provider: String, prompt: Decimal?, completion: Decimal?, contextLength: Int? = nil, order: Int = 0) {
            self.order = order
            self.date = date
            self.provider = provider
            self.prompt = prompt
            self.completion = completion
            self.contextLength = contextLength
        }
    }

    /// One entry of the changes page and the Atom feed.
    public struct Change: Sendable, Hashable {
        /// The day of the change, `YYYY-MM-DD`.
        public var date: String
        /// The model the change is about.
        public var model: ModelID
        /// A short title, such as "New model" or "Input price down 20% at bedrock".
        public var title: String
        /// A plain-text sentence with the details.
        public var summary: String

        /// The recording's label (such as a release) when its date is unknown.
        public var label: String?
        /// A change entry; `date` is empty when unknown, then `label` names the recording.
        public init(date: String, model: ModelID, title: String, summary: String, label: String? = nil) {
            self.label = label
            self.date = date
            self.model = model
            self.title = title
            self.summary = summary
        }
    }

    /// A ranked list of models, such as "cheapest with tool calling".
    public struct Leaderboard: Sendable, Hashable {
        /// One ranked model and the figure it is ranked by, already formatted.
        public struct Entry: Sendable, Hashable {
            /// The ranked model.
            public var model: ModelID
            /// The figure shown, such as "0.15 / 0.60".
            public var value: String

            /// A ranked entry.
            public init(model: ModelID, value: String) {
                self.model = model
                self.value = value
            }
        }

        /// A stable id used as the HTML anchor, such as `cheapest-tools`.
        public var id: String
        /// The heading.
        public var title: String
        /// What the figure is, such as "input / output USD per 1M tokens".
        public var valueLabel: String
        /// The entries, best first.
        public var entries: [Entry]

        /// A leaderboard.
        public init(id: String, title: String, valueLabel: String, entries: [Entry]) {
            self.id = id
            self.title = title
            self.valueLabel = valueLabel
            self.entries = entries
        }
    }

    /// Recorded prices per model, oldest first.
    public var priceHistory: [ModelID: [PricePoint]]
    /// Changes, newest first.
    public var changes: [Change]
    /// Leaderboards from the analysis stage; when empty the site computes a few simple ones.
    public var leaderboards: [Leaderboard]

    /// Supplements; all empty by default.
    public init(priceHistory: [ModelID: [PricePoint]] = [:], changes: [Change] = [], leaderboards: [Leaderboard] = []) {
        self.priceHistory = priceHistory
        self.changes = changes
        self.leaderboards = leaderboards
    }
}
