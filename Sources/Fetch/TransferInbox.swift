import CCurl
import Synchronization

/// Requests handed to a running transfer loop from other threads: the next page of a
/// cursor-paged listing is only known once the page before it has arrived. Submitting wakes
/// the loop up (`curl_multi_wakeup`, which libcurl allows from any thread); the loop ends
/// once the inbox is closed and everything in it has finished.
final class TransferInbox: Sendable {
    private struct State: ~Copyable {
        var pending: [TransferRequest] = []
        var closed = false
        /// The address of the loop's multi handle while it runs, to wake it (kept as a number:
        /// a pointer is not Sendable); never used for anything but `curl_multi_wakeup`.
        var multi: UInt?
    }

    private let state = Mutex(State())

    /// Adds a request; the loop starts it as soon as the concurrency bound allows.
    func submit(_ request: TransferRequest) {
        state.withLock { state in
            guard !state.closed else { return }
            state.pending.append(request)
            if let address = state.multi, let multi = UnsafeMutableRawPointer(bitPattern: address) { curl_multi_wakeup(multi) }
        }
    }

    /// Says that no more requests will come; the loop ends when the last transfer is done.
    func close() {
        state.withLock { state in
            state.closed = true
            if let address = state.multi, let multi = UnsafeMutableRawPointer(bitPattern: address) { curl_multi_wakeup(multi) }
        }
    }

    /// Takes the requests submitted so far, and whether the inbox is closed.
    func take() -> (requests: [TransferRequest], closed: Bool) {
        state.withLock { state in
            let requests = state.pending
            state.pending = []
            return (requests, state.closed)
        }
    }

    /// Lets `submit` and `close` wake the loop running `multi` (nil once it is freed).
    func attach(_ multi: UnsafeMutableRawPointer?) {
        let address = multi.map { UInt(bitPattern: $0) }
        state.withLock { $0.multi = address }
    }
}
