import Foundation

/// The streamed files of one ``OutputFolder`` write, placed one after another on a
/// background thread, in the order they were emitted, while the caller goes on making the
/// next batches (so `catalog.json` and the other JSON files are written while pages render).
/// The write waits for them (``finish()``) before it swaps the new folder into place.
final class StreamedFileQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "modelcat.streamed-files", qos: .userInitiated)
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var rewritten = 0
    private var failure: (any Error)?
    private var cancelled = false

    /// Queues the streamed files of `files` (others are skipped) for the staging folder,
    /// compared with the previous site at `previous` when there is one.
    func enqueue(_ files: [OutputFile], staging: String, previous: String?) {
        guard files.contains(where: { if case .stream = $0.content { true } else { false } }) else { return }
        queue.async(group: group) { [self] in
            var written = 0
            defer { add(written) }
            for file in files {
                guard case .stream(let produce) = file.content else { continue }
                if stopped { return }
                do {
                    if try OutputFolder.placeStreamed(file, produce, into: staging, previous: previous) { written += 1 }
                } catch {
                    fail(error)
                    return
                }
            }
        }
    }

    /// Throws the first error of a file placed so far, without waiting.
    func check() throws {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
    }

    /// Waits for every queued file; how many were written (not hard-linked), or the first error.
    func finish() throws -> Int {
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        return rewritten
    }

    /// Skips the files not started yet and waits for the one being written, so the staging
    /// folder can be removed.
    func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
        group.wait()
    }

    private var stopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled || failure != nil
    }

    private func add(_ count: Int) {
        lock.lock()
        rewritten += count
        lock.unlock()
    }

    private func fail(_ error: any Error) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }
}
