import Foundation
import ModelCatalog
import Pipeline
import XCTest

/// The bad-input corpus: every file under `Fixtures/corpus/<kind>/` (plus a few generated
/// large inputs) is put into a catalog folder and built. Each must give exactly the pinned
/// diagnostics (``CorpusExpectations``), never a crash, and must leave the file tree around
/// the build exactly as it was (failed builds) or change only the output folder (builds that
/// succeed after sanitizing hostile ids).
///
/// `<kind>` says where the file goes: a listing format (`litellm`, `gateway`, ...) is the
/// snapshot of a source of that format; `models.dev` is one model file of a models.dev tree;
/// `catalog` is `catalog.toml`; `aliases` is `aliases.toml`; `note/<path>` is `notes/<path>`.
///
/// Set `CORPUS_RECORD=<file>` to write the current results as Swift source to that file
/// instead of comparing (then review every line before pinning it).
final class BadInputCorpusTests: XCTestCase {
    /// Inputs too large to keep as files, made when the test runs.
    static let generated: [String: Data] = [
        "litellm/string-10mb.json": Data(("{\"m-1\": {\"litellm_provider\": \"openai\", \"mode\": \"" + String(repeating: "a", count: 10 << 20) + "\"}}").utf8),
        "litellm/deeply-nested.json": Data(("{\"m-1\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}").utf8),
        "gateway/description-10mb.json": Data(("{\"data\": [{\"id\": \"acme/m-1\", \"name\": \"M\", \"description\": \"" + String(repeating: "d", count: (10 << 20) + 1) + "\"}]}").utf8),
        "note/acme/huge.md": Data(String(repeating: "x", count: 10 << 20).utf8),
        "models.dev/huge.toml": Data(("name = \"" + String(repeating: "z", count: 5 << 20) + "\"\n").utf8),
    ]

    static let listingKinds: Set<String> = ["litellm", "gateway", "gateway-endpoints", "openai", "anthropic", "gemini"]

    /// Every corpus input by its path under `corpus/`.
    static func inputs() throws -> [String: Data] {
        let base = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("corpus")
        var out = generated
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        while let item = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = base.appendingPathComponent(item).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            out[item] = FileManager.default.contents(atPath: path)
        }
        return out
    }

    /// Lays out one input in a sandbox's catalog folder.
    static func place(_ name: String, _ data: Data, in sandbox: Sandbox) throws {
        let parts = name.split(separator: "/", maxSplits: 1).map(String.init)
        let kind = parts[0], rest = parts[1]
        let good = Data(Sandbox.goodLiteLLM.utf8)
        switch kind {
        case _ where listingKinds.contains(kind):
            try sandbox.putCatalog(format: kind, snapshot: "sources/bad.json")
            try sandbox.put("sources/bad.json", data)
        case "models.dev":
            try sandbox.putCatalog(format: "models.dev", snapshot: "sources/md")
            try sandbox.put("sources/md/providers/acme/provider.toml", Data("name = \"Acme\"\n".utf8))
            try sandbox.put("sources/md/providers/acme/models/\(rest)", data)
        case "catalog":
            try sandbox.put("catalog.toml", data)
            try sandbox.put("sources/bad.json", good)
        case "aliases":
            try sandbox.putCatalog(format: "litellm", snapshot: "sources/bad.json")
            try sandbox.put("sources/bad.json", good)
            try sandbox.put("aliases.toml", data)
        case "note":
            try sandbox.putCatalog(format: "litellm", snapshot: "sources/bad.json")
            try sandbox.put("sources/bad.json", good)
            try sandbox.put("notes/\(rest)", data)
        default:
            XCTFail("unknown corpus kind '\(kind)' for \(name)")
        }
    }

    func testCorpusIsLargeEnough() throws {
        XCTAssertGreaterThanOrEqual(try Self.inputs().count, 60)
        XCTAssertEqual(Set(try Self.inputs().keys), Set(CorpusExpectations.all.keys), "every input has pinned diagnostics and every pin has an input")
    }

    func testEveryBadInputGivesItsPinnedDiagnosticsAndWritesNothingOutside() throws {
        let record = ProcessInfo.processInfo.environment["CORPUS_RECORD"]
        var recorded: [String] = []
        for (name, data) in try Self.inputs().sorted(by: { $0.key < $1.key }) {
            let sandbox = try Sandbox()
            defer { sandbox.remove() }
            try Self.place(name, data, in: sandbox)
            let before = sandbox.tree()
            let outcome = sandbox.build()
            let after = sandbox.tree()
            let actual: CorpusExpectations.Outcome
            switch outcome {
            case .failure(let error):
                actual = .fails(error.diagnostics.sorted().map(\.description))
                XCTAssertEqual(after, before, "\(name): a failed build changed files")
            case .success(let report):
                actual = .builds(warnings: report.warnings.sorted().map(\.description))
                let outputPrefix = "a/b/c/d/e/f/out/site/"
                let changed = Set(after.keys).symmetricDifference(before.keys).union(after.keys.filter { before[$0] != nil && before[$0] != after[$0] })
                for path in changed.sorted() where !path.hasPrefix(outputPrefix) {
                    XCTFail("\(name): the build touched '\(path)' outside the output folder")
                }
                XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sandbox.output.deletingLastPathComponent().path), ["site"], "\(name): lock or staging left beside the output")
            }
            if record != nil {
                recorded.append("        \(swiftLiteral(name)): \(actual.swiftSource),")
            } else {
                XCTAssertEqual(actual, CorpusExpectations.all[name], "\(name)")
            }
        }
        if let record {
            try Data(("    static let all: [String: Outcome] = [\n" + recorded.joined(separator: "\n") + "\n    ]\n").utf8).write(to: URL(fileURLWithPath: record))
        }
    }
}

/// A Swift string literal for `text` (for the record mode).
func swiftLiteral(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7f || (scalar.value > 0x7e && !scalar.properties.isAlphabetic) {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}
