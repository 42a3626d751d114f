import Foundation
import ModelCatalog
import XCTest

@testable import Analysis

/// Reading a history file handed over in pieces (`HistoryRecording.Reader`): whatever the
/// cuts, the recording or the error is the one the whole file gives.
final class HistoryPieceReadingTests: XCTestCase {
    let header = #"{"recording":{"date":null,"label":"R1","sequence":1,"sources":[]}}"#
    let changeMessage = #"expected a change {"model", "provider", "provider_model_id", "field", "old", "new", "source"}"#
    /// Piece sizes from one byte to more than the file, most of them cutting lines in two.
    let pieceSizes = [1, 7, 64, 333, 4096, 65_536, 1 << 24]

    /// A change of endpoint `n` (a few endpoints per model, several fields per endpoint).
    func change(_ n: Int) -> PriceChange {
        let fields = ["prompt", "completion", "context_length", "prompt@batch", "input_cache_read>200000"]
        return PriceChange(
            model: "acme/model-\(n / 7)", provider: "provider-\(n % 3)", providerModelID: "a-long-provider-model-id-\(n)", field: fields[n % fields.count],
            old: n % 5 == 0 ? nil : "0.00000\(n % 9 + 1)", new: n % 11 == 0 ? nil : "0.0000\(n % 13 + 1)", source: "litellm")
    }

    func line(_ change: PriceChange) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(change), as: UTF8.self)
    }

    /// The header and `count` change lines (more than one chunk of 4,096 lines).
    func lines(_ count: Int = 4_500) throws -> [String] {
        [header] + (try (0..<count).map { try line(change($0)) })
    }

    func file(_ lines: [String], separator: String = "\n", finalNewline: Bool = true) -> Data {
        Data((lines.joined(separator: separator) + (finalNewline ? separator : "")).utf8)
    }

    /// The file read whole, as the recording or its error.
    func readWhole(_ data: Data, onEveryCore: Bool = true) -> Result<HistoryRecording, HistoryError> {
        Result { () throws(HistoryError) in try HistoryRecording(data: data, file: "h.jsonl", onEveryCore: onEveryCore) }
    }

    /// The file handed to a reader in pieces of `size` bytes (the first piece `firstPiece`
    /// bytes when given), as the recording or its error.
    func readInPieces(_ data: Data, size: Int, firstPiece: Int? = nil, onEveryCore: Bool = true) -> Result<HistoryRecording, HistoryError> {
        var reader = HistoryRecording.Reader(file: "h.jsonl", onEveryCore: onEveryCore)
        var offset = 0
        do {
            while offset < data.count {
                let end = min(data.count, offset + (offset == 0 ? firstPiece ?? size : size))
                try reader.add(data.subdata(in: offset..<end))
                offset = end
            }
            return .success(try reader.finish())
        } catch {
            return .failure(error)
        }
    }

    /// The byte offset where a line (numbered from 1) starts.
    func offset(ofLine number: Int, in lines: [String], separator: String = "\n") -> Int {
        lines.prefix(number - 1).reduce(0) { $0 + $1.utf8.count + separator.utf8.count }
    }

    func testAFileReadInPiecesOfAnySizeGivesTheWholeFileRecording() throws {
        let data = file(try lines())
        let whole = try readWhole(data).get()
        XCTAssertEqual(whole.changes.count, 4_500)
        for size in pieceSizes {
            let pieces = try readInPieces(data, size: size).get()
            XCTAssertEqual(pieces, whole, "pieces of \(size) bytes")
            XCTAssertEqual(pieces.changes.texts, whole.changes.texts, "the same chunks of 4,096 lines whatever the pieces (\(size) bytes)")
            XCTAssertEqual(pieces.changes.rows, whole.changes.rows, "pieces of \(size) bytes")
        }
        XCTAssertEqual(try readInPieces(data, size: 7, onEveryCore: false).get(), whole)
    }

    func testCarriageReturnsBlankLinesAndAMissingFinalNewlineReadInPieces() throws {
        var lines = try lines(300)
        lines.insert("  \r", at: 0)
        lines.insert("", at: 100)
        lines.insert(" ", at: 200)
        for data in [file(lines, separator: "\r\n"), file(lines, separator: "\r\n", finalNewline: false), file(lines, finalNewline: false)] {
            let whole = try readWhole(data).get()
            XCTAssertEqual(Array(whole.changes), (0..<300).map(change))
            for size in pieceSizes {
                XCTAssertEqual(try readInPieces(data, size: size).get(), whole, "pieces of \(size) bytes")
            }
        }
    }

    func testAMalformedLineInPiecesIsNamedWithItsWholeFileNumber() throws {
        var lines = try lines()
        lines[4_200] = "not json"
        lines[4_300] = #"{"model":"acme/x"}"#
        let data = file(lines)
        let expected = HistoryError.malformedLine(file: "h.jsonl", line: 4_201, message: changeMessage)
        XCTAssertEqual(readWhole(data).failure, expected)
        for size in pieceSizes {
            XCTAssertEqual(readInPieces(data, size: size).failure, expected, "pieces of \(size) bytes")
            XCTAssertEqual(readInPieces(data, size: size, onEveryCore: false).failure, expected, "pieces of \(size) bytes, one core")
        }
        // A piece that ends just before, inside, or just after the bad line.
        let start = offset(ofLine: 4_201, in: lines)
        for firstPiece in [start - 1, start, start + 3, start + "not json".utf8.count, start + "not json\n".utf8.count] {
            XCTAssertEqual(readInPieces(data, size: 64, firstPiece: firstPiece).failure, expected, "first piece of \(firstPiece) bytes")
        }
    }

    func testAMalformedLineInPiecesIsNamedBeforeAnEarlierUnknownField() throws {
        var lines = try lines()
        var unknown = change(3)
        unknown.field = "prompt>"
        lines[3_000] = try line(unknown)
        lines[4_000] = try line(unknown)
        let unknownField = HistoryError.malformedLine(file: "h.jsonl", line: 3_001, message: "unknown field 'prompt>'")
        XCTAssertEqual(readWhole(file(lines)).failure, unknownField)
        for size in pieceSizes {
            XCTAssertEqual(readInPieces(file(lines), size: size).failure, unknownField, "pieces of \(size) bytes")
        }
        lines[4_400] = "{}"
        let malformed = HistoryError.malformedLine(file: "h.jsonl", line: 4_401, message: changeMessage)
        XCTAssertEqual(readWhole(file(lines)).failure, malformed)
        for size in pieceSizes {
            XCTAssertEqual(readInPieces(file(lines), size: size).failure, malformed, "pieces of \(size) bytes")
        }
    }

    func testAMissingOrBadHeaderInPiecesIsNamedAsInTheWholeFile() throws {
        let empty = HistoryError.malformedLine(file: "h.jsonl", line: 1, message: "empty history file; expected a header line")
        XCTAssertEqual(readInPieces(Data(), size: 7).failure, empty, "no piece at all")
        for size in pieceSizes {
            XCTAssertEqual(readInPieces(Data(" \n\r\n\n  ".utf8), size: size).failure, empty, "pieces of \(size) bytes")
        }
        let badHeader = file(["", " ", #"{"recording":{"sequence":"one"}}"#] + (try lines(10)).dropFirst())
        let expected = try XCTUnwrap(readWhole(badHeader).failure)
        guard case .malformedLine(_, 3, let message) = expected else { return XCTFail("\(expected)") }
        XCTAssertTrue(message.hasPrefix("expected the header"), message)
        for size in pieceSizes {
            XCTAssertEqual(readInPieces(badHeader, size: size).failure, expected, "pieces of \(size) bytes")
        }
    }

    func testALineLongerThanEveryPieceIsReadWhole() throws {
        var lines = try lines(50)
        var long = change(7)
        long.providerModelID = String(repeating: "x", count: 20_000)
        lines[20] = try line(long)
        let data = file(lines)
        let whole = try readWhole(data).get()
        XCTAssertEqual(whole.changes[19], long)
        for size in [1, 64, 4096] {
            XCTAssertEqual(try readInPieces(data, size: size).get(), whole, "pieces of \(size) bytes")
        }
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
