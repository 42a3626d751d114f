import Foundation
import Ingest

/// Refreshes snapshots: downloads every job in parallel (a paged source's fixed pages in
/// parallel too, its cursor pages one after another), checks each snapshot with its
/// validator and the shrink rule, and replaces it atomically — a single file, or a paged
/// source's whole folder — only when all checks pass. A failed source leaves its snapshot
/// and meta file byte-identical.
public struct Fetcher: Sendable {
    /// Timeouts, limits and parallelism.
    public var settings: FetchSettings
    /// When to retry.
    public var retry: RetryPolicy
    /// How much smaller a listing may get.
    public var shrink: ShrinkRule

    /// A fetcher with the given rules.
    public init(settings: FetchSettings = FetchSettings(), retry: RetryPolicy = RetryPolicy(), shrink: ShrinkRule = ShrinkRule()) {
        self.settings = settings
        self.retry = retry
        self.shrink = shrink
    }

    /// What is on disk for a source before the run.
    struct Prior {
        var data: Data?
        /// The page files of a paged source's snapshot folder.
        var pages: [Snapshot.File]?
        var models: Int?
        var meta: SnapshotMeta?
    }

    /// Runs the jobs and reports one result per job, in job order.
    ///
    /// - Parameters:
    ///   - dryRun: download and check, but write nothing.
    ///   - acceptShrink: take a listing even when it shrinks more than the shrink rule allows.
    ///   - events: called for live progress, from another thread.
    public func run(_ jobs: [FetchJob], dryRun: Bool = false, acceptShrink: Bool = false, events: @escaping @Sendable (FetchEvent) -> Void = { _ in }) async -> FetchReport {
        var results: [String: FetchResult] = [:]
        var priors: [String: Prior] = [:]
        var collectors: [String: PageCollector] = [:]
        let inbox = TransferInbox()
        var open = 0
        for job in jobs {
            guard var request = job.request, job.problem == nil else {
                let result = FetchResult(sourceID: job.sourceID, outcome: .failed(job.problem ?? .noURL(source: job.sourceID)))
                results[job.sourceID] = result
                events(.finished(result))
                continue
            }
            let prior = Self.readPrior(job)
            priors[job.sourceID] = prior
            open += 1
            if job.isPaged {
                let collector = PageCollector(job: job)
                collectors[job.sourceID] = collector
                collector.initialRequests.forEach(inbox.submit)
                continue
            }
            if prior.data != nil, let meta = prior.meta, meta.url == job.displayURL {
                request.headers += meta.conditionalHeaders
            }
            inbox.submit(request)
        }
        if open == 0 { inbox.close() }

        let jobsByID = Dictionary(jobs.map { ($0.sourceID, $0) }, uniquingKeysWith: { first, _ in first })
        let transfers = CurlTransfers(settings: settings, retry: retry)
        let clock = ContinuousClock()
        for await response in transfers.run(inbox, events: events) {
            // A source already concluded (a fixed page failed) ignores its other pages.
            guard let job = jobsByID[response.id], results[job.sourceID] == nil else { continue }
            let prior = priors[job.sourceID] ?? Prior()
            let result: FetchResult
            if var collector = collectors[job.sourceID] {
                let step = collector.receive(response, at: clock.now)
                collectors[job.sourceID] = collector
                switch step {
                case .wait: continue
                case .request(let next):
                    inbox.submit(next)
                    continue
                case .failed(let error):
                    result = concludePages(job, prior: prior, collector: collector, failure: error, dryRun: dryRun, acceptShrink: acceptShrink)
                case .complete:
                    result = concludePages(job, prior: prior, collector: collector, failure: nil, dryRun: dryRun, acceptShrink: acceptShrink)
                }
            } else {
                result = conclude(job, prior: prior, response: response, dryRun: dryRun, acceptShrink: acceptShrink)
            }
            results[job.sourceID] = result
            events(.finished(result))
            open -= 1
            if open == 0 { inbox.close() }
        }
        return FetchReport(results: jobs.compactMap { results[$0.sourceID] }, dryRun: dryRun)
    }

    /// Reads the current snapshot (a file, or a paged source's folder), its model count and
    /// its meta file; anything unreadable is nil.
    static func readPrior(_ job: FetchJob) -> Prior {
        if job.isPaged {
            let pages = SnapshotFolder.read(job.snapshot)
            let models = pages.flatMap { try? job.validator.modelCount(pages: $0) }
            return Prior(pages: pages, models: models)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: job.snapshot.path, isDirectory: &isFolder), !isFolder.boolValue else { return Prior() }
        let data = try? Data(contentsOf: job.snapshot)
        let models = data.flatMap { try? job.validator.modelCount($0) }
        let meta = (try? Data(contentsOf: job.metaFile)).flatMap { try? JSONDecoder().decode(SnapshotMeta.self, from: $0) }
        return Prior(data: data, models: models, meta: meta)
    }

    /// Decides what a paged source's pages mean for its snapshot folder and carries it out:
    /// the whole set is validated and replaces the folder as one unit, or nothing is written.
    /// Paged sources make no conditional requests: the snapshot is unchanged when every page
    /// is byte-identical to the stored one.
    func concludePages(_ job: FetchJob, prior: Prior, collector: PageCollector, failure: FetchError?, dryRun: Bool, acceptShrink: Bool) -> FetchResult {
        var result = FetchResult(
            sourceID: job.sourceID, status: collector.status == 0 ? nil : collector.status, bytes: collector.bytes,
            modelsBefore: prior.models, outcome: .unchanged, duration: collector.duration, attempts: collector.attempts
        )
        if let failure {
            result.outcome = .failed(failure)
            return result
        }
        let pages = SnapshotFolder.pages(collector.bodies)
        let after: Int
        do {
            after = try job.validator.modelCount(pages: pages)
        } catch {
            result.outcome = .failed(.invalidBody(source: job.sourceID, url: job.displayURL, check: job.validator.name, message: job.redact("\(error)")))
            return result
        }
        result.modelsAfter = after
        if !acceptShrink, shrink.refuses(before: prior.models, after: after) {
            result.outcome = .failed(.shrunk(source: job.sourceID, before: prior.models ?? 0, after: after, maxPercent: shrink.maxShrinkPercent))
            return result
        }
        result.outcome = prior.pages.map { SnapshotFolder.same($0, pages) } == true ? .unchanged : .changed
        guard !dryRun, result.outcome == .changed else { return result }
        do throws(AtomicFile.WriteError) {
            try SnapshotFolder.replace(job.snapshot, with: pages)
        } catch {
            result.outcome = .failed(.writeFailed(source: job.sourceID, path: error.path, message: error.message))
        }
        return result
    }

    /// Decides what a response means for the snapshot and carries it out.
    func conclude(_ job: FetchJob, prior: Prior, response: TransferResponse, dryRun: Bool, acceptShrink: Bool) -> FetchResult {
        var result = FetchResult(
            sourceID: job.sourceID, status: response.status == 0 ? nil : response.status, bytes: response.body.count,
            modelsBefore: prior.models, outcome: .unchanged, duration: response.duration, attempts: response.attempts
        )
        func fail(_ error: FetchError) -> FetchResult {
            result.outcome = .failed(error)
            return result
        }
        if let failure = response.failure {
            return fail(.transfer(source: job.sourceID, url: job.displayURL, failure: failure, attempts: response.attempts))
        }
        if response.status == 304, prior.data != nil {
            result.modelsAfter = prior.models
            return result
        }
        guard response.status == 200 else {
            return fail(.httpStatus(source: job.sourceID, url: job.displayURL, status: response.status, attempts: response.attempts))
        }
        if job.request?.redactor.isRevealed(in: response.body) == true {
            return fail(.keyInBody(source: job.sourceID, url: job.displayURL))
        }
        let after: Int
        do {
            after = try job.validator.modelCount(response.body)
        } catch {
            return fail(.invalidBody(source: job.sourceID, url: job.displayURL, check: job.validator.name, message: job.redact("\(error)")))
        }
        result.modelsAfter = after
        if !acceptShrink, shrink.refuses(before: prior.models, after: after) {
            return fail(.shrunk(source: job.sourceID, before: prior.models ?? 0, after: after, maxPercent: shrink.maxShrinkPercent))
        }
        let meta = SnapshotMeta(url: job.displayURL, etag: response.headers["etag"], lastModified: response.headers["last-modified"])
        result.outcome = response.body == prior.data ? .unchanged : .changed
        guard !dryRun else { return result }
        do throws(AtomicFile.WriteError) {
            if result.outcome == .changed {
                try AtomicFile.write(response.body, to: job.snapshot)
            }
            if meta.etag != nil || meta.lastModified != nil {
                if meta != prior.meta, let encoded = try? meta.encoded() {
                    try AtomicFile.write(encoded, to: job.metaFile)
                }
            } else if prior.meta != nil {
                try? FileManager.default.removeItem(at: job.metaFile)
            }
        } catch {
            return fail(.writeFailed(source: job.sourceID, path: error.path, message: error.message))
        }
        return result
    }
}
