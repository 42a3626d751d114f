import Diff
import Foundation
import Ingest
import ModelCatalog
import Pipeline
import XCTest

/// The real LiteLLM pair 1.100.0 → 1.110.2, each as its own catalog (catalog.toml + the
/// snapshot + the repository's aliases.toml). The report's counts must match counts computed
/// here independently from the raw JSON, and a few changes are pinned by hand (worked out
/// with Python from the two files first).
///
/// The independent computation applies the normalization rules documented in docs/diff.md:
/// an endpoint is (provider, provider model id) where the provider is `litellm_provider` mapped
/// through `[providers]` of aliases.toml and the id is the key without its `provider/` prefix;
/// `sample_spec`, routing-rule objects and price-less `alias_of` entries are not endpoints;
/// when two keys give the same endpoint, keys equal to their id claim it first (then key order)
/// and the other is kept under its full key. The prompt and completion rates are
/// `input_cost_per_token` / `output_cost_per_token`, or a `tiered_pricing` tier from 0.
final class RealSnapshotTests: XCTestCase {
    struct RawEndpoint {
        var prompt: Decimal?
        var completion: Decimal?
    }

    static func rawEndpoints(_ data: Data, providers: [String: String]) throws -> [String: RawEndpoint] {
        let root = try JSONValue.parse(data, file: "snapshot")
        let entries = try XCTUnwrap(root.objectValue)
        var rows: [(key: String, provider: String, id: String, endpoint: RawEndpoint)] = []
        for key in entries.keys.sorted() {
            guard key != "sample_spec", let object = entries[key]?.objectValue else { continue }
            if object["alias_of"] != nil && !object.keys.contains(where: { $0.contains("cost") }) { continue }
            guard let raw = object["litellm_provider"]?.stringValue else { continue }
            var id = key
            if let slash = key.firstIndex(of: "/") {
                let prefix = String(key[..<slash])
                if raw == prefix || raw.hasPrefix(prefix + "-") || raw.hasPrefix(prefix + "_") { id = String(key[key.index(after: slash)...]) }
            }
            func rate(_ field: String) -> Decimal? {
                if let value = object[field]?.numberValue { return value }
                for tier in object["tiered_pricing"]?.arrayValue ?? [] where tier["range"]?.arrayValue?.first?.numberValue == 0 {
                    if let value = tier[field]?.numberValue { return value }
                }
                return nil
            }
            rows.append((key, providers[raw] ?? raw, id, RawEndpoint(prompt: rate("input_cost_per_token"), completion: rate("output_cost_per_token"))))
        }
        var endpoints: [String: RawEndpoint] = [:]
        for row in rows.filter({ $0.key == $0.id }) + rows.filter({ $0.key != $0.id }) {
            var name = "\(row.provider):\(row.id)"
            if endpoints[name] != nil {
                name = "\(row.provider):\(row.key)"
                if endpoints[name] != nil { continue }
            }
            endpoints[name] = row.endpoint
        }
        return endpoints
    }

    func testRealPairMatchesAnIndependentCountAndHandCheckedChanges() throws {
        let old = try Fixture.litellmSnapshot("1.100.0"), new = try Fixture.litellmSnapshot("1.110.2")
        let folder = try Fixture.temporaryFolder(self)
        let baseFolder = try Fixture.catalogFolder(snapshot: old, in: folder, name: "litellm-1.100.0")
        let headFolder = try Fixture.catalogFolder(snapshot: new, in: folder, name: "litellm-1.110.2")
        let base = try BuildPipeline(catalogFolder: baseFolder, templatesFolder: folder).loadCatalog().0
        let head = try BuildPipeline(catalogFolder: headFolder, templatesFolder: folder).loadCatalog().0
        let diff = CatalogDiffer().diff(base: base, head: head, baseLabel: "1.100.0", headLabel: "1.110.2")

        // Independent counts from the raw files.
        let aliases = try TOMLDocument(Data(contentsOf: Fixture.repositoryRoot.appendingPathComponent("catalog/aliases.toml")), file: "aliases.toml")
        guard case .table(let table)? = aliases.root["providers"] else { return XCTFail("aliases.toml has no [providers]") }
        var providers: [String: String] = [:]
        for (name, value) in table { if case .string(let id) = value { providers[name] = id } }
        let a = try Self.rawEndpoints(old, providers: providers), b = try Self.rawEndpoints(new, providers: providers)
        let added = Set(b.keys).subtracting(a.keys), removed = Set(a.keys).subtracting(b.keys)
        let common = Set(a.keys).intersection(b.keys)
        let promptChanged = common.filter { a[$0]?.prompt != b[$0]?.prompt }.count
        let completionChanged = common.filter { a[$0]?.completion != b[$0]?.completion }.count

        XCTAssertEqual(base.endpoints.count, a.count)
        XCTAssertEqual(head.endpoints.count, b.count)
        XCTAssertEqual(diff.endpointsAdded, added.count)
        XCTAssertEqual(diff.endpointsRemoved, removed.count)
        let prices = diff.changes(of: .price).filter { $0.priceKey?.serviceTier == .standard && $0.priceKey?.tier == nil }
        XCTAssertEqual(prices.filter { $0.priceKey?.component == .prompt }.count, promptChanged)
        XCTAssertEqual(prices.filter { $0.priceKey?.component == .completion }.count, completionChanged)

        // The same figures, pinned from Python over the two files.
        XCTAssertEqual([a.count, b.count, added.count, removed.count, promptChanged, completionChanged], [3406, 4778, 1776, 404, 157, 146])

        // Providers losing more than 20% of their endpoints, counted independently.
        var basePerProvider: [String: Int] = [:], lostPerProvider: [String: Int] = [:]
        for key in a.keys { basePerProvider[String(key.split(separator: ":")[0]), default: 0] += 1 }
        for key in removed { lostPerProvider[String(key.split(separator: ":")[0]), default: 0] += 1 }
        let shrinking = basePerProvider.keys.filter { Double(lostPerProvider[$0] ?? 0) > Double(basePerProvider[$0] ?? 0) * 0.2 }
        XCTAssertEqual(diff.anomalyCounts[.providerLostEndpoints], shrinking.count)
        XCTAssertEqual(shrinking.count, 18)

        // Hand-checked changes.
        func change(_ kind: ChangeKind, _ provider: String, _ id: String, _ field: String) -> CatalogChange? {
            diff.changes.first { $0.kind == kind && $0.provider == provider && $0.providerModelID == id && $0.field == field }
        }
        let ada = try XCTUnwrap(change(.price, "azure", "ada", "prompt"))
        XCTAssertEqual(ada.old, .price(Decimal(string: "0.0000001")!))
        XCTAssertEqual(ada.new, .price(Decimal(string: "0.00000011")!))
        XCTAssertEqual(ada.percent, 10)
        XCTAssertTrue(ada.anomalies.isEmpty)
        let jais = try XCTUnwrap(change(.price, "azure_ai", "jais-30b-chat", "prompt"))
        XCTAssertEqual(jais.old, .price(Decimal(string: "0.0032")!))
        XCTAssertEqual(jais.new, .price(Decimal(string: "0.0000032")!))
        XCTAssertEqual(jais.anomalies, [.priceFactor])
        let mythos = try XCTUnwrap(change(.price, "bedrock", "anthropic.claude-mythos-preview", "prompt"))
        XCTAssertEqual(mythos.old, .price(0))
        XCTAssertEqual(mythos.new, .price(Decimal(string: "0.0000275")!))
        XCTAssertEqual(mythos.anomalies, [.freeToPaid])
        XCTAssertNotNil(change(.removed, "anthropic", "claude-3-7-sonnet-20250219", "endpoint"))
        XCTAssertNotNil(change(.added, "abliteration", "abliterated-model", "endpoint"))
        let openrouter = try XCTUnwrap(diff.anomalies.first { $0.kind == .providerLostEndpoints && $0.provider == "openrouter" })
        XCTAssertEqual(openrouter.old, .integer(100))
        XCTAssertEqual(openrouter.new, .integer(0))

        // The real report fits a PR comment.
        let markdown = MarkdownReport().render(diff)
        XCTAssertLessThan(markdown.count, 65_000)
        XCTAssertTrue(markdown.contains("1776 endpoints added"), String(markdown.prefix(400)))
    }
}
