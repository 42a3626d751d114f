import Analysis
import FileSystem
import Foundation
import Ingest
import ModelCatalog

/// Reads and appends the price history of a catalog folder (`history/*.jsonl`).
///
/// `record` compares the catalog built from the current snapshots with the state the
/// recordings add up to, and writes the differences as one new file; existing files are
/// never rewritten.
public struct HistoryRecorder: Sendable {
    /// The history folder, relative to the catalog folder.
    public static let folder = "history"

    /// How many bytes of a history file are read at once, by default: a file is decoded a
    /// piece at a time, so its bytes are never all in memory (a large catalog's history file
    /// holds hundreds of megabytes).
    public static let defaultPieceSize = 8 * 1024 * 1024

    /// The catalog folder.
    public let catalogFolder: URL
    /// How many bytes of a history file are read at once (a piece holds whole lines, so it
    /// grows to hold a longer line).
    public let pieceSize: Int

    /// A recorder for a catalog folder, reading history files `pieceSize` bytes at a time.
    public init(catalogFolder: URL, pieceSize: Int = Self.defaultPieceSize) {
        self.catalogFolder = catalogFolder
        self.pieceSize = pieceSize
    }

    /// Every recording in the folder (none when it has no history folder). With `onEveryCore`
    /// false each file is decoded on the calling thread only (a read beside other work).
    ///
    /// The files are read one after the other in path order, each a piece at a time, each
    /// piece decoded before the next is read. A file that cannot be read is the one problem
    /// reported (as when every file was read before any was decoded); otherwise every file's
    /// first problem is.
    public func history(onEveryCore: Bool = true) throws(DiagnosticsError) -> PriceHistory {
        let folder = try CatalogFolder(url: catalogFolder)
        var recordings: [HistoryRecording] = []
        var errors: [Diagnostic] = []
        for name in folder.paths(under: Self.folder, withExtension: "jsonl") {
            let read: Result<HistoryRecording, HistoryError>
            do { read = try recording(at: folder.url.appendingPathComponent(name), name: name, onEveryCore: onEveryCore) } catch { throw DiagnosticsError([error]) }
            switch read {
            case .success(let recording):
                if !name.hasSuffix("/" + recording.fileName) {
                    errors.append(.error(name, "the header says sequence \(recording.header.sequence) '\(recording.header.name)', so the file should be named \(recording.fileName)"))
                }
                recordings.append(recording)
            case .failure(let error):
                errors.append(.error(name, error.description))
            }
        }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
        do { return try PriceHistory(recordings: recordings) } catch { throw DiagnosticsError([.error(Self.folder, error.description)]) }
    }

    /// Reads one history file piece by piece: the recording or the first problem in it;
    /// throws when the file cannot be read, with `CatalogFolder`'s messages and size limit.
    private func recording(at url: URL, name: String, onEveryCore: Bool) throws(Diagnostic) -> Result<HistoryRecording, HistoryError> {
        var reader = HistoryRecording.Reader(file: name, onEveryCore: onEveryCore)
        let read: Result<Void, FileReading.Problem>
        do {
            read = try FileReading.forEachPiece(atPath: url.path, limit: CatalogFolder.maximumFileSize, pieceSize: pieceSize) { (piece) throws(HistoryError) in
                try reader.add(piece)
            }
        } catch {
            return .failure(error)
        }
        switch read {
        case .success:
            do { return .success(try reader.finish()) } catch { return .failure(error) }
        case .failure(let problem):
            throw CatalogFolder.diagnostic(problem, name: name)
        }
    }

    /// The history read on another thread (each file on that thread only), for a caller
    /// with other work meanwhile: the build reads it while the catalog loads.
    public func readInBackground() -> BackgroundRead {
        BackgroundRead(recorder: self, task: BackgroundTask { [self] in Result { () throws(DiagnosticsError) in try history(onEveryCore: false) } })
    }

    /// A history being read on another thread. It hands the history over once and keeps no
    /// copy, so the history lives only as long as its taker keeps it.
    public final class BackgroundRead: @unchecked Sendable {
        private let recorder: HistoryRecorder
        /// Taken (set to nil) under `lock` by the first ``history()``.
        private var task: BackgroundTask<Result<PriceHistory, DiagnosticsError>>?
        private let lock = NSLock()

        init(recorder: HistoryRecorder, task: BackgroundTask<Result<PriceHistory, DiagnosticsError>>) {
            self.recorder = recorder
            self.task = task
        }

        /// The history, once read (waits for it), or the problems found; a second call reads
        /// the folder again.
        public func history() throws(DiagnosticsError) -> PriceHistory {
            lock.lock()
            let task = self.task
            self.task = nil
            lock.unlock()
            guard let task else { return try recorder.history() }
            return try task.value().get()
        }
    }

    /// The recording the current snapshots would add, or nil when nothing changed.
    /// `label` defaults to the sources' snapshot labels; a date is only ever what the caller gives.
    public func pending(label: String? = nil, date: String? = nil) throws(DiagnosticsError) -> HistoryRecording? {
        let history = try self.history()
        let (catalog, _, config) = try BuildPipeline(catalogFolder: catalogFolder, templatesFolder: catalogFolder).loadCatalog()
        let sources = config.sources.map { HistoryRecording.RecordedSource(id: $0.id, label: $0.label, file: $0.snapshot) }
        let sourceLabels = config.sources.compactMap(\.label)
        let label = label ?? (sourceLabels.isEmpty ? nil : sourceLabels.joined(separator: " + "))
        if let date, !Self.isDate(date) {
            throw DiagnosticsError([.error("--date", "expected a date YYYY-MM-DD, found '\(date)'")])
        }
        guard label != nil || date != nil else {
            throw DiagnosticsError([.error("catalog.toml", "the sources have no label; pass --label (such as the release) or --date (when the prices took effect)")])
        }
        if let label, history.recordings.contains(where: { $0.header.label == label }) {
            let changes = history.state().changes(to: HistoryState(catalog: catalog))
            if changes.isEmpty { return nil }
            throw DiagnosticsError([.error(Self.folder, "a recording labelled '\(label)' exists already; pass another --label")])
        }
        let changes = history.state().changes(to: HistoryState(catalog: catalog))
        guard !changes.isEmpty else { return nil }
        return HistoryRecording(header: .init(sequence: history.nextSequence, label: label, date: date, sources: sources), changes: changes)
    }

    /// Appends the pending recording as a new file; returns it and its path, or nil when nothing changed.
    public func record(label: String? = nil, date: String? = nil) throws(DiagnosticsError) -> (recording: HistoryRecording, path: String)? {
        guard let recording = try pending(label: label, date: date) else { return nil }
        let folder = catalogFolder.appendingPathComponent(Self.folder)
        let url = folder.appendingPathComponent(recording.fileName)
        let path = "\(Self.folder)/\(recording.fileName)"
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard !FileManager.default.fileExists(atPath: url.path) else {
                throw DiagnosticsError([.error(path, "exists already; history files are never rewritten")])
            }
            try recording.encoded().write(to: url, options: .withoutOverwriting)
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([.error(path, "cannot write: \(error.localizedDescription)")])
        }
        return (recording, path)
    }

    static func isDate(_ text: String) -> Bool {
        text.count == 10 && text.split(separator: "-", omittingEmptySubsequences: false).map(\.count) == [4, 2, 2]
            && text.allSatisfy { $0.isNumber || $0 == "-" }
    }
}
