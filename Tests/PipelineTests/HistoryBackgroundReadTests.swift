import Analysis
import ModelCatalog
import Foundation
import XCTest

@testable import Pipeline

/// The build's read of the price history beside the catalog's loading.
final class HistoryBackgroundReadTests: XCTestCase {
    let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("catalog")

    func testABackgroundReadGivesWhatAReadHereGives() throws {
        let recorder = HistoryRecorder(catalogFolder: catalog)
        let read = recorder.readInBackground()
        let expected = try recorder.history()
        XCTAssertEqual(try read.history(), expected)
        XCTAssertEqual(try read.history(), expected, "a second call reads again: the first handed its history over")
    }

    func testABackgroundReadReportsTheProblemsAReadHereReports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("modelcat-history-read-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("history"), withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("catalog.toml"))
        try Data("{\"recording\":{\"sequence\":1,\"label\":\"a\",\"date\":null,\"sources\":[]}}\nnot json\n".utf8)
            .write(to: folder.appendingPathComponent("history/0001-a.jsonl"))
        let recorder = HistoryRecorder(catalogFolder: folder)
        var here: DiagnosticsError?
        do { _ = try recorder.history() } catch { here = error }
        XCTAssertNotNil(here)
        XCTAssertThrowsError(try recorder.readInBackground().history()) { XCTAssertEqual(($0 as? DiagnosticsError)?.description, here?.description) }
    }
}
