import Analysis
import Foundation
import ModelCatalog
import XCTest

@testable import Pipeline

/// `HistoryRecorder` reads each history file in pieces of whole lines: the history, and every
/// problem with its file and line, are those of reading each file whole.
final class HistoryPieceReadTests: XCTestCase {
    let shippedCatalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("catalog")
    let pieceSizes = [1, 7, 64, 4096, HistoryRecorder.defaultPieceSize]
    let changeMessage = #"expected a change {"model", "provider", "provider_model_id", "field", "old", "new", "source"}"#
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("modelcat-history-pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("history"), withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("catalog.toml"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A recording of `count` changes (a few endpoints per model, several fields per endpoint).
    func recording(_ sequence: Int, _ label: String, changes count: Int) -> HistoryRecording {
        let fields = ["prompt", "completion", "context_length", "prompt@batch", "input_cache_read>200000"]
        let changes = (0..<count).map { n in
            PriceChange(
                model: "acme/model-\(n / 7)", provider: "provider-\(n % 3)", providerModelID: "id-\(n)", field: fields[n % fields.count],
                old: n % 5 == 0 ? nil : "0.00000\(n % 9 + 1)", new: "0.0000\(n % 13 + 1)", source: "litellm")
        }
        return HistoryRecording(header: .init(sequence: sequence, label: label, date: nil, sources: []), changes: changes)
    }

    /// Writes a history file of the test catalog.
    func write(_ text: String, as name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent("history/\(name)"))
    }

    func write(_ recording: HistoryRecording) throws {
        try write(String(decoding: try recording.encoded(), as: UTF8.self), as: recording.fileName)
    }

    /// The problems a read reports, one per line, or nil when it reads.
    func problems(_ recorder: HistoryRecorder, onEveryCore: Bool = true) -> String? {
        do {
            _ = try recorder.history(onEveryCore: onEveryCore)
            return nil
        } catch {
            return error.description
        }
    }

    func testAHistoryReadInPiecesOfAnySizeIsTheWholeFileHistory() throws {
        let recordings = [recording(1, "a", changes: 5_000), recording(2, "b", changes: 300)]
        for recording in recordings { try write(recording) }
        let expected = try PriceHistory(recordings: recordings)
        for size in pieceSizes {
            XCTAssertEqual(try HistoryRecorder(catalogFolder: folder, pieceSize: size).history(), expected, "pieces of \(size) bytes")
        }
        XCTAssertEqual(try HistoryRecorder(catalogFolder: folder, pieceSize: 64).history(onEveryCore: false), expected)
        XCTAssertEqual(try HistoryRecorder(catalogFolder: folder, pieceSize: 64).readInBackground().history(), expected)
    }

    func testTheShippedHistoryReadInPiecesIsTheWholeFileHistory() throws {
        let files = try CatalogFolder(url: shippedCatalog).files(under: HistoryRecorder.folder, withExtension: "jsonl")
        XCTAssertFalse(files.isEmpty)
        let whole = try PriceHistory(recordings: files.map { try HistoryRecording(data: $0.data, file: $0.path) })
        XCTAssertEqual(try HistoryRecorder(catalogFolder: shippedCatalog).history(), whole)
        XCTAssertEqual(try HistoryRecorder(catalogFolder: shippedCatalog, pieceSize: 64).history(), whole)
    }

    func testEveryFilesProblemReadInPiecesIsNamedWithItsLine() throws {
        try write(recording(1, "a", changes: 200))
        var malformed = String(decoding: try recording(2, "b", changes: 5_000).encoded(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        malformed[4_500] = "{\"model\":"
        try write(malformed.joined(separator: "\n"), as: "0002-b.jsonl")
        try write("\n \r\n", as: "0003-c.jsonl")
        try write("\n{\"recording\":{\"sequence\":4}}\n", as: "0004-d.jsonl")
        var unknown = recording(5, "e", changes: 10)
        unknown.changes = [PriceChange(model: "a/b", provider: "p", providerModelID: "m", field: "prompt>", old: nil, new: "1", source: "s")]
        try write(String(decoding: try unknown.encoded(), as: UTF8.self) + "\r\n", as: unknown.fileName)
        try write(String(decoding: try recording(6, "f", changes: 3).encoded(), as: UTF8.self), as: "0006-misnamed.jsonl")
        let expected = """
            error: history/0002-b.jsonl: history/0002-b.jsonl: line 4501: \(changeMessage)
            error: history/0003-c.jsonl: history/0003-c.jsonl: line 1: empty history file; expected a header line
            error: history/0004-d.jsonl: history/0004-d.jsonl: line 2: expected the header {"recording": {"sequence": N, "label": ..., "date": ..., "sources": [...]}}
            error: history/0005-e.jsonl: history/0005-e.jsonl: line 2: unknown field 'prompt>'
            error: history/0006-misnamed.jsonl: the header says sequence 6 'f', so the file should be named 0006-f.jsonl
            """
        for size in pieceSizes {
            XCTAssertEqual(problems(HistoryRecorder(catalogFolder: folder, pieceSize: size)), expected, "pieces of \(size) bytes")
        }
        XCTAssertEqual(problems(HistoryRecorder(catalogFolder: folder, pieceSize: 7), onEveryCore: false), expected)
    }

    func testAFileThatCannotBeReadIsTheOneProblemReportedWithTheCatalogFoldersMessage() throws {
        try write("not a header\n", as: "0001-a.jsonl")
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("history/0002-b.jsonl").path, 0o600), 0)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("history/0003-c.jsonl"), withIntermediateDirectories: true)
        let expected = "error: history/0002-b.jsonl: expected a regular file, found a folder, device, pipe or broken link"
        XCTAssertThrowsError(try CatalogFolder(url: folder).files(under: HistoryRecorder.folder, withExtension: "jsonl")) {
            XCTAssertEqual("\($0)", expected, "the message of reading every file whole")
        }
        for size in pieceSizes {
            XCTAssertEqual(problems(HistoryRecorder(catalogFolder: folder, pieceSize: size)), expected, "pieces of \(size) bytes: a FIFO refused, not waited on")
        }
    }
}
