import Foundation

/// Refreshes snapshots: downloads every job in parallel, checks each body with its
/// validator and the shrink rule, and replaces a snapshot atomically only when all checks
/// pass. A failed source leaves its snapshot and meta file byte-identical.
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
        var requests: [TransferRequest] = []
        for job in jobs {
            guard var request = job.request, job.problem == nil else {
                let result = FetchResult(sourceID: job.sourceID, outcome: .failed(job.problem ?? .noURL(source: job.sourceID)))
                results[job.sourceID] = result
                events(.finished(result))
                continue
            }
            let prior = Self.readPrior(job)
            priors[job.sourceID] = prior
            if prior.data != nil, let meta = prior.meta, meta.url == job.displayURL {
                request.headers += meta.conditionalHeaders
            }
            requests.append(request)
        }

        let jobsByID = Dictionary(jobs.map { ($0.sourceID, $0) }, uniquingKeysWith: { first, _ in first })
        let transfers = CurlTransfers(settings: settings, retry: retry)
        for await response in transfers.run(requests, events: events) {
            guard let job = jobsByID[response.id] else { continue }
            let result = conclude(job, prior: priors[job.sourceID] ?? Prior(), response: response, dryRun: dryRun, acceptShrink: acceptShrink)
            results[job.sourceID] = result
            events(.finished(result))
        }
        return FetchReport(results: jobs.compactMap { results[$0.sourceID] }, dryRun: dryRun)
    }

    /// Reads the current snapshot, its model count and its meta file; anything unreadable is nil.
    static func readPrior(_ job: FetchJob) -> Prior {
        let data = try? Data(contentsOf: job.snapshot)
        let models = data.flatMap { try? job.validator.modelCount($0) }
        let meta = (try? Data(contentsOf: job.metaFile)).flatMap { try? JSONDecoder().decode(SnapshotMeta.self, from: $0) }
        return Prior(data: data, models: models, meta: meta)
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
