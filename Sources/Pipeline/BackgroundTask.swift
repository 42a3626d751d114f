import Dispatch

/// A value computed on another thread while the caller goes on with other stages; ``value()``
/// waits for it. For independent stages of one build (the comparisons beside the history).
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once by the worker before `done` is left; read only after waiting on it.
    private var result: Value?

    /// Starts `work` on a global queue.
    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.done.leave()
        }
    }

    /// The value, once the work has finished.
    func value() -> Value {
        done.wait()
        return result!
    }
}
