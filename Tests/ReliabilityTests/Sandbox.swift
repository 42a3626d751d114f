import Foundation
import ModelCatalog
import Pipeline
import XCTest

/// A throw-away folder tree for one build: a catalog folder and an output folder several
/// levels deep inside a top folder whose whole content is compared before and after, so a
/// write anywhere outside the output folder (even a few `../` above it) is seen.
struct Sandbox {
    /// The top of the tree; everything the build may touch is under it.
    let top: URL
    /// The catalog folder.
    let catalog: URL
    /// The output folder (`…/out/site`).
    let output: URL

    /// The repository's `templates/` folder.
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates")

    /// A listing that reads without problems.
    static let goodLiteLLM = #"{"m-1": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06}}"#

    /// Creates the tree with a previous site in the output folder.
    init() throws {
        top = FileManager.default.temporaryDirectory.appendingPathComponent("modelcat-reliability-\(UUID().uuidString)")
        let deep = top.appendingPathComponent("a/b/c/d/e/f")
        catalog = deep.appendingPathComponent("catalog")
        output = deep.appendingPathComponent("out/site")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("previous site\n".utf8).write(to: output.appendingPathComponent("index.html"))
    }

    /// Writes a file of the catalog folder.
    func put(_ path: String, _ data: Data) throws {
        let url = catalog.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// A `catalog.toml` with one source.
    func putCatalog(format: String, snapshot: String) throws {
        try put("catalog.toml", Data("[site]\ntitle = \"Corpus\"\n\n[[sources]]\nid = \"bad\"\nformat = \"\(format)\"\nsnapshot = \"\(snapshot)\"\n".utf8))
    }

    /// Every file under the top folder with its bytes' hash, by relative path.
    func tree() -> [String: Int] {
        var out: [String: Int] = [:]
        let base = top.path + "/"
        guard let enumerator = FileManager.default.enumerator(atPath: top.path) else { return out }
        while let item = enumerator.nextObject() as? String {
            let path = base + item
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            out[item] = isFolder.boolValue ? -1 : (FileManager.default.contents(atPath: path)?.hashValue ?? 0)
        }
        return out
    }

    /// Runs the build of the catalog into the output folder.
    func build(strict: Bool = false) -> Result<BuildReport, DiagnosticsError> {
        let pipeline = BuildPipeline(catalogFolder: catalog, templatesFolder: Self.templates)
        do { return .success(try pipeline.build(output: output, strict: strict)) } catch { return .failure(error) }
    }

    /// Removes the tree.
    func remove() { try? FileManager.default.removeItem(at: top) }
}
