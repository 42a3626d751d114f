import Foundation
import XCTest

import ModelCatalog

@testable import Pipeline

/// The notes stage reads each note file when it builds the note: notes come in path order,
/// an unreadable file stops the stage naming that file, and invalid notes are all reported.
final class NotesStageTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("modelcat-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("notes/openai"), withIntermediateDirectories: true)
        try Data("[site]\ntitle = \"t\"\n".utf8).write(to: root.appendingPathComponent("catalog.toml"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    func testNotesComeInPathOrderWithTheirFileNames() throws {
        for index in [10, 2, 1] { try write("# Model \(index)\n\nText.\n", to: "notes/openai/gpt-\(index).md") }
        try write("not a note", to: "notes/openai/readme.txt")
        let notes = try NotesStage.read(CatalogFolder(url: root))
        XCTAssertEqual(notes.map(\.file), ["notes/openai/gpt-1.md", "notes/openai/gpt-10.md", "notes/openai/gpt-2.md"])
        XCTAssertTrue(notes[0].html.contains("Model 1"))
    }

    func testAnUnreadableNoteStopsTheStageNamingItsFile() throws {
        try write("# Fine\n", to: "notes/openai/gpt-1.md")
        try write("+++\nname = \n", to: "notes/openai/gpt-2.md")
        // A folder whose name ends in .md is listed but cannot be read as a file.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("notes/openai/gpt-3.md"), withIntermediateDirectories: true)
        XCTAssertThrowsError(try NotesStage.read(CatalogFolder(url: root))) { error in
            let diagnostics = (error as? DiagnosticsError)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.count, 1, "\(diagnostics)")
            XCTAssertEqual(diagnostics.first?.file, "notes/openai/gpt-3.md")
            XCTAssertTrue(diagnostics.first?.message.contains("expected a regular file") == true, "\(diagnostics)")
        }
    }

    func testEveryInvalidNoteIsReported() throws {
        try write("+++\nname = \n", to: "notes/openai/gpt-1.md")
        try write("# Fine\n", to: "notes/openai/gpt-2.md")
        try write("+++\nname = \"x\"\n", to: "notes/openai/gpt-3.md")
        XCTAssertThrowsError(try NotesStage.read(CatalogFolder(url: root))) { error in
            let files = ((error as? DiagnosticsError)?.diagnostics ?? []).map(\.file)
            XCTAssertEqual(files, ["notes/openai/gpt-1.md", "notes/openai/gpt-3.md"])
        }
    }
}
