import FileSystem
import Foundation
import XCTest

final class FileReadingTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("file-reading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testReadsAWholeFileAndFollowsLinks() throws {
        let file = folder.appendingPathComponent("a.md")
        let bytes = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0) })
        try bytes.write(to: file)
        XCTAssertEqual(try FileReading.contents(atPath: file.path, limit: 1 << 20).get(), bytes)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: file.path)
        XCTAssertEqual(try FileReading.contents(atPath: folder.appendingPathComponent("link.md").path, limit: 1 << 20).get(), bytes)
        try Data().write(to: folder.appendingPathComponent("empty.md"))
        XCTAssertEqual(try FileReading.contents(atPath: folder.appendingPathComponent("empty.md").path, limit: 10).get(), Data())
    }

    func testRefusesFoldersBrokenLinksAndPipesWithoutWaiting() throws {
        XCTAssertEqual(FileReading.contents(atPath: folder.path, limit: 10).failure, .notRegularFile)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("broken").path, withDestinationPath: "/nonexistent/x")
        XCTAssertEqual(FileReading.contents(atPath: folder.appendingPathComponent("broken").path, limit: 10).failure, .notRegularFile)
        let fifo = folder.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertEqual(FileReading.contents(atPath: fifo, limit: 10).failure, .notRegularFile, "a FIFO with no writer is refused, not waited on")
        XCTAssertEqual(FileReading.contents(atPath: "/dev/zero", limit: 10).failure, .notRegularFile)
    }

    func testRefusesAFileOverTheLimit() throws {
        let file = folder.appendingPathComponent("big")
        try Data(count: 11).write(to: file)
        XCTAssertEqual(FileReading.contents(atPath: file.path, limit: 10).failure, .tooLarge(11))
        XCTAssertEqual(try FileReading.contents(atPath: file.path, limit: 11).get().count, 11)
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
