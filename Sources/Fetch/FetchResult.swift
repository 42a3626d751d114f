/// What happened to one source in a fetch run: one row of the closing table.
public struct FetchResult: Sendable, Equatable {
    /// How a source ended.
    public enum Outcome: Sendable, Equatable {
        /// A new snapshot was taken (written, unless a dry run).
        case changed
        /// The server said 304, or sent the same bytes; the snapshot is as it was.
        case unchanged
        /// Nothing was written for this source.
        case failed(FetchError)
    }

    /// The source id.
    public var sourceID: String
    /// The final HTTP status; nil when no response arrived.
    public var status: Int?
    /// Body bytes received in the final response.
    public var bytes: Int
    /// Models in the snapshot before the run; nil when there was none or it did not parse.
    public var modelsBefore: Int?
    /// Models in the new body; nil when it was not read.
    public var modelsAfter: Int?
    /// Changed, unchanged or failed.
    public var outcome: Outcome
    /// Wall time for the source, retries and waits included.
    public var duration: Duration
    /// Attempts made.
    public var attempts: Int

    /// A result with the given fields.
    public init(sourceID: String, status: Int? = nil, bytes: Int = 0, modelsBefore: Int? = nil, modelsAfter: Int? = nil, outcome: Outcome, duration: Duration = .zero, attempts: Int = 0) {
        self.sourceID = sourceID
        self.status = status
        self.bytes = bytes
        self.modelsBefore = modelsBefore
        self.modelsAfter = modelsAfter
        self.outcome = outcome
        self.duration = duration
        self.attempts = attempts
    }

    /// Whether the source failed.
    public var failed: Bool {
        if case .failed = outcome { true } else { false }
    }

    /// The outcome as a word for the table: changed, unchanged or failed.
    public var outcomeWord: String {
        switch outcome {
        case .changed: "changed"
        case .unchanged: "unchanged"
        case .failed: "failed"
        }
    }

    /// A one-line summary for plain progress output.
    public var summary: String {
        let status = status.map { "HTTP \($0)" } ?? "no response"
        switch outcome {
        case .failed(let error): return "failed (\(status)): \(error.description)"
        default:
            let models = "\(modelsBefore.map(String.init) ?? "-") → \(modelsAfter.map(String.init) ?? "-") models"
            return "\(outcomeWord) (\(status), \(bytes) bytes, \(models), \(FetchReport.formatSeconds(duration)))"
        }
    }
}
