import Foundation
import ModelCatalog
import XCTest

/// Small builders for hand-made catalogs, and the paths of the repository and the shared data.
enum Fixture {
    /// The repository root, from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shared real snapshots (`../shared/data/litellm` beside the repository).
    static let litellmData = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/litellm")

    /// An endpoint with standard prompt/completion rates given as decimal text (USD per token).
    static func endpoint(_ provider: String, _ id: String, prompt: String? = "0.000001", completion: String? = "0.000002", context: Int? = 128_000) -> Endpoint {
        var entry = ListingEntry(provider: provider, providerModelID: id, sourceKey: id, provenance: Provenance(source: "test", file: "t.json", keyPath: "[\"\(id)\"]"))
        entry.pricing[.prompt] = prompt.flatMap { Decimal(string: $0) }
        entry.pricing[.completion] = completion.flatMap { Decimal(string: $0) }
        entry.contextLength = context
        return Endpoint(entry: entry)
    }

    /// A model with endpoints (sorted as the merger sorts them).
    static func model(_ id: String, _ endpoints: [Endpoint], note: String? = nil) -> Model {
        var model = Model(id: ModelID(id) ?? ModelID(author: "x", slug: "invalid"), name: id, endpoints: endpoints.sorted { $0.key < $1.key })
        model.noteHTML = note
        return model
    }

    /// A catalog of models with providers derived from the endpoints.
    static func catalog(_ models: [Model], providers: [Provider]? = nil) -> Catalog {
        let ids = Set(models.flatMap { $0.endpoints.map(\.provider) })
        return Catalog(
            models: models.sorted { $0.id < $1.id }, providers: providers ?? ids.sorted().map { Provider(id: $0, name: $0) }, sources: [])
    }

    /// A fresh temporary folder removed when the test ends.
    static func temporaryFolder(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("modelcat-diff-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A catalog folder holding one LiteLLM snapshot (given as bytes) and the repository's aliases.toml.
    static func catalogFolder(snapshot: Data, in parent: URL, name: String) throws -> URL {
        let folder = parent.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sources"), withIntermediateDirectories: true)
        let toml = """
            [site]
            title = "diff test"

            [[sources]]
            id = "litellm"
            format = "litellm"
            snapshot = "sources/litellm.json"
            label = "\(name)"
            """
        try Data(toml.utf8).write(to: folder.appendingPathComponent("catalog.toml"))
        try snapshot.write(to: folder.appendingPathComponent("sources/litellm.json"))
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("catalog/aliases.toml"), to: folder.appendingPathComponent("aliases.toml"))
        return folder
    }

    /// The bytes of a shared LiteLLM snapshot, or a skip naming the missing file.
    static func litellmSnapshot(_ version: String) throws -> Data {
        let url = litellmData.appendingPathComponent("litellm-\(version).json")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("real snapshot \(url.path) not present (the shared data folder ../shared/data/litellm is not on this machine)")
        }
        return try Data(contentsOf: url)
    }
}
