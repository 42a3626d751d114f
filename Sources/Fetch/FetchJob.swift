import Foundation
import Ingest

/// One source to refresh: where to download it (one URL, or the pages of a paged listing),
/// where its snapshot lives, and how to check it. Built by `FetchPlan` from `catalog.toml`
/// and the environment; the key it may carry stays inside and never shows in its public
/// properties.
public struct FetchJob: Sendable {
    /// The source id.
    public var sourceID: String
    /// The URL (of the first page) to show to people: secrets redacted.
    public var displayURL: String
    /// The snapshot: a file, or for a paged source a folder of page files.
    public var snapshot: URL
    /// Checks a snapshot and counts its models.
    public var validator: SnapshotValidator
    /// Set when the job cannot run at all (missing key, no URL); it is reported as failed.
    public var problem: FetchError?
    /// How a cursor-paged listing goes on from page to page; nil when it is not cursor-paged.
    public var paging: CursorPaging?
    /// The request to send (URL and headers with the key); nil when `problem` is set.
    var request: TransferRequest?
    /// The requests of the fixed pages after the first (`pages = [...]`), in order.
    var laterPages: [TransferRequest] = []

    /// A job downloading `url` into `snapshot`, with extra header lines and the secrets
    /// (keys) they or the URLs contain, so that every message can hide them.
    ///
    /// A job with further fixed `pages` or with `paging` is paged: its snapshot is a folder
    /// of page files, written only when every page arrived and the whole set passes the
    /// validator. Every page is sent the same headers; a key in a URL's query must already
    /// be in each page URL. A request carrying a key follows redirects only within its origin.
    public init(
        sourceID: String, url: String, snapshot: URL, validator: SnapshotValidator, headers: [String] = [], secrets: [String] = [],
        secretQueryNames: Set<String> = [], pages: [String] = [], paging: CursorPaging? = nil
    ) {
        let redactor = Redactor(secrets: secrets, queryNames: secretQueryNames)
        let sameOrigin = !redactor.secrets.isEmpty
        self.sourceID = sourceID
        self.displayURL = redactor.redact(url)
        self.snapshot = snapshot
        self.validator = validator
        self.paging = paging
        self.request = TransferRequest(id: sourceID, url: url, headers: headers, redactor: redactor, page: 1, sameOriginRedirectsOnly: sameOrigin)
        self.laterPages = pages.enumerated().map { index, page in
            TransferRequest(id: sourceID, url: page, headers: headers, redactor: redactor, page: index + 2, sameOriginRedirectsOnly: sameOrigin)
        }
    }

    /// A job that fails up front with `problem`, without touching the network.
    public init(sourceID: String, snapshot: URL, validator: SnapshotValidator, problem: FetchError) {
        self.sourceID = sourceID
        self.displayURL = ""
        self.snapshot = snapshot
        self.validator = validator
        self.problem = problem
    }

    /// Whether the listing comes in pages, so the snapshot is a folder of page files.
    public var isPaged: Bool { !laterPages.isEmpty || paging != nil }

    /// The URLs of the fixed pages after the first, secrets redacted.
    public var displayPages: [String] { laterPages.map { $0.redactor.redact($0.url) } }

    /// The meta file beside the snapshot.
    public var metaFile: URL { SnapshotMeta.path(forSnapshot: snapshot) }

    /// Hides this job's secrets in a message.
    func redact(_ text: String) -> String { request?.redactor.redact(text) ?? text }

    /// The request for page `page` of a cursor-paged listing: the first page's URL (with its
    /// key, if it carries one in the query) and the cursor added as the paging parameter.
    func cursorRequest(page: Int, cursor: String) -> TransferRequest? {
        guard var request, let paging else { return nil }
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let value = cursor.addingPercentEncoding(withAllowedCharacters: unreserved) ?? cursor
        request.url += (request.url.contains("?") ? "&" : "?") + "\(paging.param)=\(value)"
        request.page = page
        return request
    }
}
