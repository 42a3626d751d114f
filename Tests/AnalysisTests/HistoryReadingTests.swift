import Foundation
import ModelCatalog
import XCTest

@testable import Analysis

/// Reading history files in chunks on every core, and the compact change storage.
final class HistoryReadingTests: XCTestCase {
    let header = #"{"recording":{"date":null,"label":"R1","sequence":1,"sources":[]}}"#

    /// A change of endpoint `n` (a few endpoints per model, several fields per endpoint).
    func change(_ n: Int, field: String = "prompt") -> PriceChange {
        PriceChange(
            model: "acme/model-\(n / 7)", provider: "provider-\(n % 3)", providerModelID: "a-long-provider-model-id-\(n)", field: field,
            old: n % 5 == 0 ? nil : "0.00000\(n % 9 + 1)", new: n % 11 == 0 ? nil : "0.0000\(n % 13 + 1)", source: "litellm")
    }

    func file(_ lines: [String]) -> Data { Data((lines.joined(separator: "\n") + "\n").utf8) }

    func line(_ change: PriceChange) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(change), as: UTF8.self)
    }

    func testManyChunksReadAsTheirLinesInFileOrder() throws {
        let fields = ["prompt", "completion", "context_length", "prompt@batch", "input_cache_read>200000"]
        let changes = (0..<20_000).map { change($0, field: fields[$0 % fields.count]) }
        let recording = try HistoryRecording(data: file([header] + changes.map(line)), file: "history/0001-r1.jsonl")
        XCTAssertEqual(Array(recording.changes), changes)
        XCTAssertEqual(recording.changes.count, 20_000)
        XCTAssertEqual(Set(recording.changes.fieldTexts), Set(fields))
        XCTAssertEqual(recording.changes.texts.filter { $0 == "litellm" }.count, 5, "a text once per chunk of 4,096 lines, not once per change")
    }

    func testBlankLinesCarriageReturnsAndAMissingFinalNewline() throws {
        let text = "\n  \n" + header + "\r\n\r\n" + (try line(change(1))) + "\n \r\n" + (try line(change(2)))
        let recording = try HistoryRecording(data: Data(text.utf8), file: "t.jsonl")
        XCTAssertEqual(recording.header.label, "R1")
        XCTAssertEqual(Array(recording.changes), [change(1), change(2)])
    }

    func testTheFirstMalformedLineIsNamedEvenInALaterChunk() throws {
        var lines = [header] + (try (0..<10_000).map { try line(change($0)) })
        lines[9_000] = #"{"model":"acme/x"}"#
        lines[9_500] = "not json"
        XCTAssertThrowsError(try HistoryRecording(data: file(lines), file: "h.jsonl")) { error in
            XCTAssertEqual(error as? HistoryError, .malformedLine(file: "h.jsonl", line: 9_001, message: #"expected a change {"model", "provider", "provider_model_id", "field", "old", "new", "source"}"#))
        }
    }

    func testAMalformedLineIsNamedBeforeAnEarlierUnknownField() throws {
        var lines = [header] + (try (0..<10_000).map { try line(change($0)) })
        lines[3] = try line(change(3, field: "prompt>"))
        lines[9_000] = "{}"
        XCTAssertThrowsError(try HistoryRecording(data: file(lines), file: "h.jsonl")) { error in
            guard case .malformedLine(_, let number, _) = error as? HistoryError else { return XCTFail("\(error)") }
            XCTAssertEqual(number, 9_001)
        }
        lines[9_000] = try line(change(9_000, field: "sideways"))
        XCTAssertThrowsError(try HistoryRecording(data: file(lines), file: "h.jsonl")) { error in
            XCTAssertEqual(error as? HistoryError, .malformedLine(file: "h.jsonl", line: 4, message: "unknown field 'prompt>'"))
        }
    }

    func testTwoObjectsOnOneLineAreMalformed() throws {
        let lines = [header, try line(change(1)), try line(change(2)) + "," + (try line(change(3)))]
        XCTAssertThrowsError(try HistoryRecording(data: file(lines), file: "h.jsonl")) { error in
            guard case .malformedLine(_, let number, _) = error as? HistoryError else { return XCTFail("\(error)") }
            XCTAssertEqual(number, 3)
        }
    }

    func testAnEmptyFileOrAMissingHeaderIsNamed() {
        XCTAssertThrowsError(try HistoryRecording(data: Data(" \n\n".utf8), file: "e.jsonl")) { error in
            XCTAssertEqual(error as? HistoryError, .malformedLine(file: "e.jsonl", line: 1, message: "empty history file; expected a header line"))
        }
        XCTAssertThrowsError(try HistoryRecording(data: Data("\n{\"model\":1}\n".utf8), file: "e.jsonl")) { error in
            guard case .malformedLine(_, let number, _) = error as? HistoryError else { return XCTFail("\(error)") }
            XCTAssertEqual(number, 2)
        }
    }

    func testCompactChangesEqualWhateverTheirTextOrder() {
        let a = HistoryChanges([change(1), change(2), change(3)])
        var b = HistoryChanges([change(3)])
        b = HistoryChanges([change(1)])
        b.append(contentsOf: HistoryChanges([change(2), change(3)]))
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.hashValue, b.hashValue)
        XCTAssertNotEqual(a, HistoryChanges([change(1), change(3), change(2)]))
        let literal: HistoryChanges = [change(1)]
        XCTAssertEqual(Array(literal), [change(1)])
    }

    func testJoiningChunksGivesWhatAppendingThemOneByOneGives() {
        let parts = [HistoryChanges([change(1), change(2)]), HistoryChanges(), HistoryChanges([change(2), change(3, field: "prompt>")])]
        var appended = HistoryChanges()
        for part in parts { appended.append(contentsOf: part) }
        let joined = HistoryChanges(joining: parts)
        XCTAssertEqual(Array(joined), [change(1), change(2), change(2), change(3, field: "prompt>")])
        XCTAssertEqual(joined.texts, appended.texts)
        XCTAssertEqual(joined.rows, appended.rows)
        XCTAssertEqual(joined.fieldTexts, appended.fieldTexts)
        XCTAssertNil(joined.field(of: joined.rows[3]))
        XCTAssertEqual(HistoryChanges(joining: []), HistoryChanges())
    }

    func testAppendingAfterTheLookupTablesAreDroppedKeepsTextsDistinct() {
        var changes = HistoryChanges([change(1), change(2)])
        changes.dropLookupTables()
        changes.append(change(1))
        XCTAssertEqual(changes.texts.count, Set(changes.texts).count)
        XCTAssertEqual(Array(changes), [change(1), change(2), change(1)])
        XCTAssertEqual(changes.positions(of: "acme/model-0").filter { $0 }.count, 1)
        XCTAssertFalse(changes.positions(of: "nobody/none").contains(true))
    }

    func testAbsentValuesAndUnknownFieldsStayAsRecorded() {
        let removal = PriceChange(model: "a/b", provider: "p", providerModelID: "m", field: "prompt>", old: "1", new: nil, source: "s")
        let changes = HistoryChanges([removal])
        XCTAssertEqual(changes.first, removal)
        XCTAssertEqual(changes.rows.first?.new, HistoryChanges.absent)
        XCTAssertNil(changes.rows.first.flatMap(changes.field(of:)))
    }
}
