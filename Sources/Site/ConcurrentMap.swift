import Foundation

/// Maps items on every core in chunks (one chunk per task, several per core so uneven
/// pages balance), keeping the input order.
public enum ConcurrentMap {
    /// The transformed items in input order; work runs in chunks of `chunk` items.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], chunk: Int = 64, _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > chunk else { return items.map(transform) }
        let chunks = (items.count + chunk - 1) / chunk
        let slots = ChunkSlots<R>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let range = (index * chunk)..<min(items.count, (index + 1) * chunk)
            slots.set(index, items[range].map(transform))
        }
        return slots.joined()
    }
}

/// Per-chunk results filled from several threads, each chunk written once.
private final class ChunkSlots<R: Sendable>: @unchecked Sendable {
    private var slots: [[R]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ values: [R]) {
        lock.lock()
        slots[index] = values
        lock.unlock()
    }

    func joined() -> [R] {
        lock.lock()
        defer { lock.unlock() }
        return slots.flatMap { $0 }
    }
}
