import FileSystem
import Foundation
import XCTest

/// Reading a file in pieces cut at line ends (`FileReading.forEachPiece`).
final class FileReadingPiecesTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("file-pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `data` to a file of the test folder and returns its path.
    private func write(_ data: Data, as name: String = "f.jsonl") throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// The pieces of the file at `path`, each copied, or the problem.
    private func pieces(atPath path: String, limit: Int = 1 << 30, pieceSize: Int) -> Result<[Data], FileReading.Problem> {
        var pieces: [Data] = []
        return FileReading.forEachPiece(atPath: path, limit: limit, pieceSize: pieceSize) { pieces.append(Data($0)) }.map { pieces }
    }

    /// Lines of 1 to 40 bytes with their newlines, and no final newline.
    private let text = Data((0..<2_000).map { String(repeating: "abcdefghij", count: $0 % 4 + 1).prefix($0 % 40) }.joined(separator: "\n").utf8)

    func testPiecesEndAfterANewlineAndMakeUpTheFile() throws {
        let path = try write(text)
        for size in [1, 7, 64, 4096, 1 << 20] {
            let pieces = try self.pieces(atPath: path, pieceSize: size).get()
            XCTAssertEqual(pieces.reduce(Data(), +), text, "pieces of \(size) bytes")
            XCTAssertTrue(pieces.dropLast().allSatisfy { $0.last == 0x0A }, "pieces of \(size) bytes end after a newline")
            XCTAssertFalse(pieces.contains(where: \.isEmpty))
            for piece in pieces {
                let firstLine = (piece.firstIndex(of: 0x0A) ?? piece.count - 1) + 1
                XCTAssertTrue(piece.count <= size || piece.count < 2 * firstLine, "a piece of \(piece.count) bytes is longer than \(size) only for a longer line")
            }
        }
        XCTAssertEqual(try pieces(atPath: path, pieceSize: 1 << 20).get().count, 1, "a small file is one piece")
    }

    func testALineLongerThanThePieceGrowsItsPieceAndTheNextPiecesAreSmallAgain() throws {
        let long = String(repeating: "x", count: 10_000) + "\n"
        let file = Data(("short\n" + long + String(repeating: "after\n", count: 3_000)).utf8)
        let pieces = try pieces(atPath: try write(file), pieceSize: 16).get()
        XCTAssertEqual(pieces.reduce(Data(), +), file)
        XCTAssertEqual(pieces.first, Data("short\n".utf8))
        XCTAssertTrue(pieces[1].starts(with: Data(long.utf8)), "the long line whole in one piece")
        XCTAssertLessThan(pieces[1].count, 2 * long.utf8.count)
        XCTAssertTrue(pieces.dropFirst(2).allSatisfy { $0.count <= 16 }, "back to pieces of 16 bytes after the long line")
    }

    func testAFileWithoutAFinalNewlineEndsWithItsLastLine() throws {
        let path = try write(Data("a\nbb\nccc".utf8))
        XCTAssertEqual(try pieces(atPath: path, pieceSize: 4).get().map { String(decoding: $0, as: UTF8.self) }, ["a\n", "bb\n", "ccc"])
    }

    func testAnEmptyFileHasNoPieces() throws {
        XCTAssertEqual(try pieces(atPath: try write(Data()), pieceSize: 8).get(), [])
    }

    func testRefusesFoldersPipesAndFilesOverTheLimitBeforeAnyPiece() throws {
        XCTAssertEqual(pieces(atPath: folder.path, pieceSize: 8).failure, .notRegularFile)
        let fifo = folder.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertEqual(pieces(atPath: fifo, pieceSize: 8).failure, .notRegularFile, "a FIFO with no writer is refused, not waited on")
        XCTAssertEqual(pieces(atPath: "/dev/zero", pieceSize: 8).failure, .notRegularFile)
        XCTAssertEqual(pieces(atPath: folder.appendingPathComponent("missing").path, pieceSize: 8).failure, .notRegularFile)
        let path = try write(Data("0123456789\n".utf8))
        var handed = 0
        let read = FileReading.forEachPiece(atPath: path, limit: 10, pieceSize: 4) { _ in handed += 1 }
        XCTAssertEqual(read.failure, .tooLarge(11))
        XCTAssertEqual(handed, 0)
        XCTAssertEqual(try pieces(atPath: path, limit: 11, pieceSize: 4).get().reduce(Data(), +).count, 11)
    }

    func testAnErrorThrownForAPieceStopsTheReadingAndIsThrownOn() throws {
        struct Stop: Error, Equatable {}
        let path = try write(Data("a\nb\nc\n".utf8))
        var handed = 0
        XCTAssertThrowsError(
            try FileReading.forEachPiece(atPath: path, limit: 100, pieceSize: 1) { (_: Data) throws(Stop) in
                handed += 1
                if handed == 2 { throw Stop() }
            }
        ) { XCTAssertEqual($0 as? Stop, Stop()) }
        XCTAssertEqual(handed, 2)
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
