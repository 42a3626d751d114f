import Foundation
import XCTest

/// The notes shipped in `catalog/notes/` build with the real catalog, and each model note
/// reaches its model's page and the JSON catalog.
final class ShippedNotesTests: XCTestCase {
    /// The fewest model notes the shipped catalog must carry.
    static let minimumModelNotes = 30

    /// One model note as written: its id (from the path), front matter strings and body.
    struct ShippedNote {
        var id: String
        var path: String
        var name: String?
        var description: String?
        var successor: String?
        var body: String
    }

    private var root: URL { CommandRunner.repositoryRoot }

    /// Every `catalog/notes/<author>/<slug>.md` except provider notes.
    private func modelNotes() throws -> [ShippedNote] {
        let notes = root.appendingPathComponent("catalog/notes")
        let fileManager = FileManager.default
        var result: [ShippedNote] = []
        for author in try fileManager.contentsOfDirectory(atPath: notes.path).sorted() where author != "providers" && !author.hasPrefix(".") {
            let folder = notes.appendingPathComponent(author)
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            for file in try fileManager.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".md") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                var note = Self.parse(text)
                note.id = "\(author)/\(file.dropLast(3))"
                note.path = "notes/\(author)/\(file)"
                result.append(note)
            }
        }
        return result
    }

    /// Splits `+++` front matter from the body and reads the few top-level string keys the test checks.
    static func parse(_ text: String) -> ShippedNote {
        var note = ShippedNote(id: "", path: "", body: text)
        let lines = text.components(separatedBy: "\n")
        guard lines.first == "+++", let end = lines.dropFirst().firstIndex(of: "+++") else { return note }
        note.body = lines[(end + 1)...].joined(separator: "\n")
        for line in lines[1..<end] {
            if line.hasPrefix("[") { break } // tables such as [[links]] come after the top-level keys
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, parts[1].hasPrefix("\""), parts[1].hasSuffix("\""), parts[1].count >= 2 else { continue }
            let value = String(parts[1].dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            switch parts[0] {
            case "name": note.name = value
            case "description": note.description = value
            case "successor": note.successor = value
            default: break
            }
        }
        return note
    }

    /// Six consecutive words of the note's first paragraph that Markdown and smart punctuation
    /// leave unchanged (letters, digits, inner `.,-/`), so the rendered page must contain them as written.
    static func plainPhrase(of body: String, length: Int = 6) -> String? {
        let paragraphs = body.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("```") && !$0.hasPrefix("-") && !$0.hasPrefix(">") }
        let plainWord = try! NSRegularExpression(pattern: #"^[A-Za-z0-9]+([-./][A-Za-z0-9]+)*[,.;:]?$"#)
        for paragraph in paragraphs {
            let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            var run: [String] = []
            for word in words {
                let range = NSRange(word.startIndex..., in: word)
                if plainWord.firstMatch(in: word, range: range) != nil {
                    run.append(word)
                    if run.count == length { return run.joined(separator: " ") }
                } else {
                    run = []
                }
            }
        }
        return nil
    }

    private static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func escapedHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    func testTheShippedCatalogHasAtLeastThirtyModelNotes() throws {
        let notes = try modelNotes()
        XCTAssertGreaterThanOrEqual(notes.count, Self.minimumModelNotes, "model notes in catalog/notes: \(notes.map(\.id))")
        for note in notes {
            XCTAssertNotNil(Self.plainPhrase(of: note.body), "\(note.path): the first paragraph has no plain run of words to look for")
        }
    }

    func testTheShippedCatalogBuildsAndEveryModelNoteReachesItsPageAndTheJSON() throws {
        let notes = try modelNotes()
        let site = try CommandRunner.temporaryFolder(self).appendingPathComponent("site")
        let result = try CommandRunner.run([
            "build", "--catalog", root.appendingPathComponent("catalog").path,
            "--output", site.path, "--templates", root.appendingPathComponent("templates").path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        guard result.status == 0 else { return }
        XCTAssertFalse(result.stderr.contains("notes/"), "a shipped note raised a warning:\n\(result.stderr)")

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("catalog.json"))) as? [String: Any]
        let models = try XCTUnwrap(json?["models"] as? [[String: Any]])
        let byID = Dictionary(models.compactMap { model in (model["id"] as? String).map { ($0, model) } }, uniquingKeysWith: { first, _ in first })

        for note in notes {
            let pageURL = site.appendingPathComponent("models/\(note.id)/index.html")
            guard let page = try? String(contentsOf: pageURL, encoding: .utf8) else {
                XCTFail("\(note.path): no page at models/\(note.id)/index.html")
                continue
            }
            XCTAssertTrue(page.contains(#"<section class="note""#), "\(note.path): the page has no note section")
            if let phrase = Self.plainPhrase(of: note.body) {
                XCTAssertTrue(Self.collapsingWhitespace(page).contains(phrase), "\(note.path): the page does not show “\(phrase)”")
            }
            if let name = note.name {
                XCTAssertTrue(page.contains("<h1>\(Self.escapedHTML(name))</h1>"), "\(note.path): the page title is not “\(name)”")
            }

            guard let model = byID[note.id] else {
                XCTFail("\(note.path): \(note.id) is not in catalog.json")
                continue
            }
            if let description = note.description {
                XCTAssertEqual(model["description"] as? String, Self.collapsingWhitespace(description), "\(note.path): JSON description")
            } else {
                XCTAssertFalse((model["description"] as? String ?? "").isEmpty, "\(note.path): no JSON description from the excerpt")
            }
            if let name = note.name { XCTAssertEqual(model["name"] as? String, name, "\(note.path): JSON name") }
            if let successor = note.successor {
                XCTAssertEqual(model["successor"] as? String, successor, "\(note.path): JSON successor")
                XCTAssertNotNil(byID[successor], "\(note.path): successor \(successor) is not in the catalog")
            }
        }
    }
}
