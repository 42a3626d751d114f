import Foundation
import Ingest

/// Gathers the pages of one paged source as their responses arrive: checks each page,
/// asks for the next one of a cursor-paged listing (guarding against loops and endless
/// listings), and says when the set is complete or why it failed. A value driven by the
/// `Fetcher`; it never touches the network or the disk.
struct PageCollector {
    /// What the fetcher does after a response.
    enum Step {
        /// Wait for more responses (other fixed pages are still in flight).
        case wait
        /// Send this request: the next page of a cursor-paged listing.
        case request(TransferRequest)
        /// Every page arrived and passed the per-page checks: `bodies` holds them in order.
        case complete
        /// The source failed; nothing is written.
        case failed(FetchError)
    }

    let job: FetchJob
    /// The bodies received, by page number.
    private var received: [Int: Data] = [:]
    /// The number of pages, once known (fixed pages: from the start; cursor pages: at the last one).
    private var expected: Int?
    /// Each page's URL as shown to people (secrets redacted).
    private var urls: [Int: String] = [:]
    /// Cursors handed out so far, to catch a listing that loops.
    private var cursors: Set<String> = []
    /// The status of the latest page response (0 when none arrived).
    private(set) var status = 0
    /// Attempts over every page.
    private(set) var attempts = 0
    /// When the earliest page started and the latest ended.
    private var span: (start: ContinuousClock.Instant, end: ContinuousClock.Instant)?

    /// A collector for a paged job.
    init(job: FetchJob) {
        self.job = job
        if job.paging == nil { expected = 1 + job.laterPages.count }
        for request in initialRequests { urls[request.page] = request.redactor.redact(request.url) }
    }

    /// The requests to send at once: the first page, and every fixed page after it.
    var initialRequests: [TransferRequest] {
        (job.request.map { [$0] } ?? []) + job.laterPages
    }

    /// The page bodies in order (complete only after `.complete`).
    var bodies: [Data] {
        received.keys.sorted().compactMap { received[$0] }
    }

    /// Body bytes received over every page.
    var bytes: Int { received.values.reduce(0) { $0 + $1.count } }

    /// Time from the earliest page's start to the latest page's end, retries included.
    var duration: Duration { span.map { $0.end - $0.start } ?? .zero }

    /// Takes one page's final response, which arrived at `now`.
    mutating func receive(_ response: TransferResponse, at now: ContinuousClock.Instant) -> Step {
        let start = now - response.duration
        span = span.map { (min($0.start, start), max($0.end, now)) } ?? (start, now)
        status = response.status
        attempts += response.attempts
        let page = response.page
        let url = urls[page] ?? job.displayURL
        let source = job.sourceID
        if let failure = response.failure {
            return .failed(.page(page, .transfer(source: source, url: url, failure: failure, attempts: response.attempts)))
        }
        guard response.status == 200 else {
            return .failed(.page(page, .httpStatus(source: source, url: url, status: response.status, attempts: response.attempts)))
        }
        if job.request?.redactor.isRevealed(in: response.body) == true {
            return .failed(.page(page, .keyInBody(source: source, url: url)))
        }
        received[page] = response.body
        guard let paging = job.paging else {
            return received.count == expected ? .complete : .wait
        }
        let cursor: String?
        do {
            cursor = try paging.nextCursor(in: response.body)
        } catch {
            return .failed(.page(page, .invalidBody(source: source, url: url, check: "paging", message: job.redact(error.message))))
        }
        guard let cursor else {
            expected = page
            return .complete
        }
        guard cursors.insert(cursor).inserted else {
            return .failed(.pagingLoop(source: source, page: page, cursor: job.redact(cursor)))
        }
        guard page < paging.maxPages else {
            return .failed(.tooManyPages(source: source, limit: paging.maxPages))
        }
        guard let next = job.cursorRequest(page: page + 1, cursor: cursor) else {
            return .failed(.noURL(source: source))
        }
        urls[next.page] = next.redactor.redact(next.url)
        return .request(next)
    }
}
