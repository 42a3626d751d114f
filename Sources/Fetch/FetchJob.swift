import Foundation

/// One source to refresh: where to download it, where its snapshot lives, and how to
/// check a body. Built by `FetchPlan` from `catalog.toml` and the environment; the key it
/// may carry stays inside and never shows in its public properties.
public struct FetchJob: Sendable {
    /// The source id.
    public var sourceID: String
    /// The URL to show to people: secrets redacted.
    public var displayURL: String
    /// The snapshot file.
    public var snapshot: URL
    /// Checks a body and counts its models.
    public var validator: SnapshotValidator
    /// Set when the job cannot run at all (missing key, no URL); it is reported as failed.
    public var problem: FetchError?
    /// The request to send (URL and headers with the key); nil when `problem` is set.
    var request: TransferRequest?

    /// A job downloading `url` into `snapshot`, with extra header lines and the secrets
    /// (keys) they or the URL contain, so that every message can hide them.
    public init(sourceID: String, url: String, snapshot: URL, validator: SnapshotValidator, headers: [String] = [], secrets: [String] = [], secretQueryNames: Set<String> = []) {
        let redactor = Redactor(secrets: secrets, queryNames: secretQueryNames)
        self.sourceID = sourceID
        self.displayURL = redactor.redact(url)
        self.snapshot = snapshot
        self.validator = validator
        self.request = TransferRequest(id: sourceID, url: url, headers: headers, redactor: redactor)
    }

    /// A job that fails up front with `problem`, without touching the network.
    public init(sourceID: String, snapshot: URL, validator: SnapshotValidator, problem: FetchError) {
        self.sourceID = sourceID
        self.displayURL = ""
        self.snapshot = snapshot
        self.validator = validator
        self.problem = problem
    }

    /// The meta file beside the snapshot.
    public var metaFile: URL { SnapshotMeta.path(forSnapshot: snapshot) }

    /// Hides this job's secrets in a message.
    func redact(_ text: String) -> String { request?.redactor.redact(text) ?? text }
}
