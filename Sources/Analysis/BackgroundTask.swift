import Dispatch

/// A value computed on another thread while the caller goes on; ``value()`` waits for it.
/// For independent stages of one build: the price history read while the catalog loads,
/// the comparisons beside the history. (A task waiting on another task of the same global
/// queue can starve it on two cores: keep them one level deep.)
public final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once by the worker before `done` is left; read only after waiting on it.
    private var result: Value?

    /// Starts `work` on a global queue.
    public init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.done.leave()
        }
    }

    /// The value, once the work has finished.
    public func value() -> Value {
        done.wait()
        return result!
    }
}
