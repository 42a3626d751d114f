import Foundation

/// One run of change lines of a history file, decoded by one `JSONDecoder` call into compact
/// ``HistoryChanges``, with the first problem found in it.
struct HistoryChunk: Sendable {
    /// The changes of the lines, in file order (empty when a line is malformed).
    var changes = HistoryChanges()
    /// The number of the first line that is no change, if any.
    var firstMalformedLine: Int?
    /// The first line whose field is no ``HistoryField``, and that field.
    var firstUnknownField: (line: Int, field: String)?

    /// Decodes the lines as the elements of one JSON array; only when that fails (or yields
    /// another count) are they decoded one by one, to name the first bad line.
    init(_ lines: HistoryChunkLines) {
        let decoder = JSONDecoder()
        var decoded: [PriceChange]
        if let all = try? decoder.decode([PriceChange].self, from: lines.jsonArray()), all.count == lines.count {
            decoded = all
        } else {
            decoded = []
            decoded.reserveCapacity(lines.count)
            var malformed: Int?
            lines.forEachLine { number, bytes in
                guard let change = try? decoder.decode(PriceChange.self, from: bytes) else {
                    malformed = number
                    return false
                }
                decoded.append(change)
                return true
            }
            if let malformed {
                firstMalformedLine = malformed
                return
            }
        }
        changes = HistoryChanges(decoded)
        if let unknown = changes.rows.firstIndex(where: { changes.field(of: $0) == nil }) {
            firstUnknownField = (lines.number(ofLine: unknown), changes.fieldTexts[Int(changes.rows[unknown].field)])
        }
    }

    /// Decodes chunks on every core; the results are in the order of `chunks`.
    static func decodeConcurrently(_ chunks: [HistoryChunkLines]) -> [HistoryChunk] {
        guard chunks.count > 1 else { return chunks.map(HistoryChunk.init) }
        let slots = Slots(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            slots.set(index, HistoryChunk(chunks[index]))
        }
        return slots.values
    }

    /// Results filled from several threads, each slot written once.
    private final class Slots: @unchecked Sendable {
        private var slots: [HistoryChunk?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: HistoryChunk) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var values: [HistoryChunk] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}
