import Analysis
import Foundation
import ModelCatalog
import Site
import XCTest

@testable import Pipeline

/// The pages' price history, replayed per endpoint, against the general replay of every
/// field (``HistoryState``) that it stands in for.
final class HistorySupplementsTests: XCTestCase {
    /// What the pages got from the full state after each recording (the replay before it kept
    /// only the fields the pages show).
    func reference(_ history: PriceHistory, catalog: Catalog) -> SiteSupplements {
        var points: [ModelID: [SiteSupplements.PricePoint]] = [:]
        var state = HistoryState()
        let known = Set(catalog.models.map(\.id))
        let prompt = HistoryField.price(PriceKey(.prompt))
        let completion = HistoryField.price(PriceKey(.completion))
        for recording in history.recordings {
            state.apply(recording)
            let header = recording.header
            for (key, endpoint) in state.endpoints {
                guard let model = ModelID(endpoint.model), known.contains(model) else { continue }
                let input = endpoint.values[prompt].flatMap { Decimal(string: $0) }
                let output = endpoint.values[completion].flatMap { Decimal(string: $0) }
                guard input != nil || output != nil else { continue }
                points[model, default: []].append(SiteSupplements.PricePoint(
                    date: header.date ?? header.name, provider: "\(key.provider) · \(key.providerModelID)", prompt: input, completion: output,
                    contextLength: endpoint.values[.contextLength].flatMap { Int($0) }, order: header.sequence))
            }
        }
        for (model, list) in points { points[model] = list.sorted { ($0.order, $0.provider) < ($1.order, $1.provider) } }
        var changes: [SiteSupplements.Change] = []
        for event in history.changeLog(pricesOnly: true) where changes.count < HistorySupplements.changeLimit {
            let change = event.change
            guard let model = ModelID(change.model), known.contains(model), let field = HistoryField(change.field) else { continue }
            let header = event.recording
            let title: String
            switch (change.old, change.new) {
            case (nil, _): title = "\(field) priced at \(change.provider)"
            case (_, nil): title = "\(field) no longer listed at \(change.provider)"
            default: title = "\(field) changed at \(change.provider)"
            }
            let summary = "\(change.provider) \(change.providerModelID): \(field) \(change.old ?? "none") → \(change.new ?? "none") USD per unit (\(header.name))."
            changes.append(SiteSupplements.Change(date: header.date ?? "", model: model, title: title, summary: summary, label: header.name))
        }
        return SiteSupplements(priceHistory: points, changes: changes)
    }

    /// Random recordings: endpoints appear, change price, lose every field, come back, move
    /// between models (some not in the catalog, some no model id at all).
    func randomHistory(seed: UInt64, recordings: Int, endpoints: Int) throws -> PriceHistory {
        var random = SeededGenerator(seed: seed)
        let models = ["acme/a", "acme/b", "beta/c", "gone/d", "Not An Id", "acme/e"]
        let fields = ["prompt", "completion", "context_length", "max_output_tokens", "prompt@batch", "prompt@standard", "completion>128000", "multiplier:eu", "nonsense>"]
        // Plain ASCII providers (sorted by bytes), or some that need Unicode comparison.
        let providers = seed % 2 == 0 ? ["p", "q-1", "p.q"] : ["p", "r · s", "e\u{301}u"]
        let values = ["0.000001", "0.0000010", "0.000003", "2.5e-7", "8192", "128000", "not a number", "0"]
        var list: [HistoryRecording] = []
        for sequence in 1...recordings {
            var changes: [PriceChange] = []
            for endpoint in 0..<endpoints where Int.random(in: 0..<3, using: &random) > 0 {
                let model = models[Int.random(in: 0..<models.count, using: &random)]
                for field in fields where Int.random(in: 0..<3, using: &random) == 0 {
                    let new: String? = Int.random(in: 0..<4, using: &random) == 0 ? nil : values[Int.random(in: 0..<values.count, using: &random)]
                    let old: String? = Bool.random(using: &random) ? nil : "0.1"
                    changes.append(PriceChange(
                        model: model, provider: providers[endpoint % 3], providerModelID: "id-\(endpoint)", field: field,
                        old: old, new: new, source: "src"))
                }
            }
            let date: String? = Bool.random(using: &random) ? "2025-0\(sequence % 9 + 1)-01" : nil
            list.append(HistoryRecording(header: .init(sequence: sequence, label: "R\(sequence)", date: date, sources: []), changes: changes))
        }
        return try PriceHistory(recordings: list.shuffled(using: &random))
    }

    func testPagesShowWhatTheFullReplayShows() throws {
        let catalog = Catalog(
            models: ["acme/a", "acme/b", "beta/c", "acme/e"].map { Model(id: ModelID($0)!, name: $0) }, providers: [], sources: [])
        for seed in 1...40 as ClosedRange<UInt64> {
            let history = try randomHistory(seed: seed, recordings: Int(seed % 5) + 1, endpoints: 60)
            let made = HistorySupplements.make(history, catalog: catalog), expected = reference(history, catalog: catalog)
            XCTAssertFalse(made.priceHistory.isEmpty)
            XCTAssertEqual(made.priceHistory, expected.priceHistory, "seed \(seed)")
            XCTAssertEqual(made.changes, expected.changes, "seed \(seed)")
        }
    }

    func testASCIIProviderTextsSortByBytesAsStringsSort() {
        var random = SeededGenerator(seed: 3)
        let alphabet = Array("aZ09-._:/ ·".unicodeScalars)
        for _ in 0..<5_000 {
            let words = (0..<2).map { _ in String(String.UnicodeScalarView((0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement(using: &random)! })) }
            let (a, b) = (words[0], words[1])
            XCTAssertEqual(HistorySupplements.bytesPrecede(a, b), a < b, "\(a) \(b)")
        }
    }

    func testTheChangeLogStopsAtItsLimit() throws {
        let catalog = Catalog(models: [Model(id: ModelID("acme/a")!, name: "A")], providers: [], sources: [])
        let changes = (0..<400).map { PriceChange(model: "acme/a", provider: "p", providerModelID: "m\($0)", field: "prompt", old: nil, new: "0.1", source: "s") }
        let history = try PriceHistory(recordings: [
            HistoryRecording(header: .init(sequence: 1, label: "base", date: nil, sources: []), changes: []),
            HistoryRecording(header: .init(sequence: 2, label: "next", date: "2025-01-01", sources: []), changes: changes),
        ])
        let made = HistorySupplements.make(history, catalog: catalog)
        XCTAssertEqual(made.changes, reference(history, catalog: catalog).changes)
        XCTAssertEqual(made.changes.count, HistorySupplements.changeLimit)
        XCTAssertEqual(made.priceHistory[ModelID("acme/a")!]?.count, 400)
    }
}

/// A deterministic random number generator (SplitMix64), so a failing seed can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
