import Foundation
import Ingest
import ModelCatalog
import Notes
import XCTest

/// Replays every kept fuzz finding (`Fixtures/fuzz-regressions/<target>/<input>`) through the
/// reader its target names, the way `Sources/FuzzReaders` does: each must end with a result
/// or a diagnostic, never a crash or a hang.
final class FuzzRegressionTests: XCTestCase {
    /// Runs one input through a target, as the fuzz target does; returns what it made of it.
    static func run(_ data: Data, target: String) -> String {
        switch target {
        case "note":
            do { return "note: \(try Note(file: "notes/acme/fuzz-model.md", contents: data).html.count) bytes" } catch { return "\(error)" }
        case "toml":
            do { return "toml: \(try TOMLDocument(data, file: "fuzz.toml").root.count) keys" } catch { return "\(error)" }
        case "models.dev":
            let snapshot = Snapshot(sourceID: "fuzz", files: [
                .init(path: "providers/acme/provider.toml", data: Data("name = \"Acme\"\n".utf8)),
                .init(path: "providers/acme/models/fuzz.toml", data: data),
            ])
            do { return "entries: \(try ModelsDevReader().read(snapshot).entries.count)" } catch { return "\(error)" }
        default:
            guard let reader = ListingFormat(rawValue: target)?.reader else { return "unknown target" }
            do { return "entries: \(try reader.read(Snapshot(sourceID: "fuzz", path: "sources/fuzz.json", data: data)).entries.count)" } catch { return "\(error)" }
        }
    }

    func testKeptFuzzFindingsNoLongerCrash() throws {
        let base = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("fuzz-regressions")
        var replayed = 0
        for target in try FileManager.default.contentsOfDirectory(atPath: base.path).sorted() {
            let folder = base.appendingPathComponent(target)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                XCTAssertFalse(Self.run(data, target: target).isEmpty, "\(target)/\(name)")
                replayed += 1
            }
        }
        print("replayed \(replayed) kept fuzz inputs")
    }
}

/// The guard in front of toml++ for the header that fails its assertion (found by `make fuzz`).
final class TOMLHeaderGuardTests: XCTestCase {
    func testTripleBracketHeadersAreRefusedAndValuesAreNot() {
        for (text, found) in [("[[[a]]]", "'['"), ("[[ [a", "'['"), ("[[[ru[ru", "'['"), ("x = 1\n  [[[y", "'['"), ("[<x>]", "'<'"), ("[\u{1}a]", "byte 0x1"), ("[]", "']'"), ("[", "the end of the file")] {
            XCTAssertThrowsError(try TOMLDocument(text, file: "f.toml"), text) { error in
                XCTAssertTrue("\(error)".hasSuffix("expected a table name (letters, digits, '_', '-' or a quoted name) after '[', found \(found)"), "\(error)")
            }
        }
        for text in ["x = [[[1]]]", "x = [\n[[[1]]]\n]", "s = \"\"\"\n[[[x\n\"\"\"", "x = \"[[[\" # [[[\n[[y]]", "[ \"quoted\" ]\na = 1", "[[ a ]]"] {
            XCTAssertNoThrow(try TOMLDocument(text, file: "f.toml"), text)
        }
    }
}
