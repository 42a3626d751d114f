import Foundation
import ModelCatalog

/// Every recording of `catalog/history/`, in sequence: per-model history, the catalog-wide
/// change log, and the prices in force at a recording (for `cost --at`).
public struct PriceHistory: Hashable, Sendable {
    /// One change with the recording it belongs to.
    public struct Event: Hashable, Sendable {
        /// The recording's header (label, date, sequence).
        public var recording: HistoryRecording.Header
        /// The change.
        public var change: PriceChange
        /// True for changes of the first recording, which lists the starting state rather than changes.
        public var isBaseline: Bool
    }

    /// The recordings, by sequence.
    public var recordings: [HistoryRecording]

    /// History from recordings; sequence numbers must be distinct.
    public init(recordings: [HistoryRecording]) throws(HistoryError) {
        let sorted = recordings.sorted { $0.header.sequence < $1.header.sequence }
        for (index, recording) in sorted.enumerated() where index > 0 && sorted[index - 1].header.sequence == recording.header.sequence {
            throw .badSequence(file: recording.fileName, message: "sequence \(recording.header.sequence) is used by two recordings")
        }
        self.recordings = sorted
    }

    /// The sequence number the next recording gets.
    public var nextSequence: Int { (recordings.last?.header.sequence ?? 0) + 1 }

    /// The state after every recording up to and including `sequence` (all when nil).
    public func state(through sequence: Int? = nil) -> HistoryState {
        var state = HistoryState()
        for recording in recordings where sequence.map({ recording.header.sequence <= $0 }) ?? true { state.apply(recording) }
        return state
    }

    /// The recording an `--at` value names: a label (exact, case-insensitive, or its last
    /// word, so `1.100.0` finds `LiteLLM 1.100.0`), or a date `YYYY-MM-DD` meaning the last
    /// dated recording on or before it.
    public func recording(at text: String) throws(HistoryError) -> HistoryRecording.Header {
        let wanted = text.lowercased()
        let headers = recordings.map(\.header)
        if let exact = headers.last(where: { $0.label?.lowercased() == wanted }) { return exact }
        let bySuffix = headers.filter { $0.label?.lowercased().hasSuffix(" " + wanted) == true }
        if bySuffix.count == 1, let only = bySuffix.first { return only }
        let isDate = text.count == 10 && text.split(separator: "-").map(\.count) == [4, 2, 2] && text.allSatisfy { $0.isNumber || $0 == "-" }
        guard isDate else {
            if text.first?.isNumber == true && text.contains("-") && text.count >= 8 { throw .badPoint(text) }
            throw .unknownLabel(text, known: headers.map(\.name))
        }
        guard let dated = headers.last(where: { ($0.date ?? "9999-99-99") <= text }) else {
            throw .noRecordingAtDate(text, known: headers.map(\.name))
        }
        return dated
    }

    /// Every recorded change of a model's endpoints, oldest recording first.
    public func events(for model: ModelID) -> [Event] {
        let id = model.description
        let first = recordings.first?.header.sequence
        return recordings.flatMap { recording -> [Event] in
            let changes = recording.changes
            let matches = changes.positions(of: id)
            return changes.rows.filter { matches[Int($0.model)] }.map {
                Event(recording: recording.header, change: changes.change($0), isBaseline: recording.header.sequence == first)
            }
        }
    }

    /// The catalog-wide change log: every change after the baseline, newest recording first,
    /// record order within a recording. `pricesOnly` leaves out context and output limits.
    public func changeLog(pricesOnly: Bool = false) -> [Event] {
        recordings.dropFirst().reversed().flatMap { recording -> [Event] in
            let changes = recording.changes
            return changes.rows.filter { !pricesOnly || changes.field(of: $0)?.isPrice == true }
                .map { Event(recording: recording.header, change: changes.change($0), isBaseline: false) }
        }
    }
}
