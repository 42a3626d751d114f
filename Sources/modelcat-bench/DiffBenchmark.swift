import Diff
import Foundation
import ModelCatalog

/// `modelcat-bench diff [--models N] [--runs R]`: synthesizes two catalogs of N models
/// (3 endpoints each; the head with 10% of prices moved, 2% of endpoints removed and 2% of models added)
/// and times the diff and the three reports. Run it in release: `swift run -c release modelcat-bench diff`.
struct DiffBenchmark {
    var models = 5_000
    var runs = 7

    /// A catalog of `count` models with three endpoints each; `variant` 1 is the edited head.
    static func catalog(models count: Int, variant: Int) -> Catalog {
        var models: [Model] = []
        models.reserveCapacity(count + count / 50)
        let providers = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
        let total = variant == 0 ? count : count + count / 50
        for index in 0..<total {
            let id = ModelID(author: "author\(index % 97)", slug: "model-\(index)")
            var endpoints: [Endpoint] = []
            for slot in 0..<3 {
                let provider = providers[(index + slot) % providers.count]
                if variant == 1 && slot == 2 && index % 17 == 0 { continue }  // ~2% of endpoints removed
                var entry = ListingEntry(provider: provider, providerModelID: "\(id.slug)-\(slot)", sourceKey: "\(provider)/\(id.slug)-\(slot)",
                                         provenance: Provenance(source: "bench", file: "sources/bench.json", keyPath: "[\(index)]"))
                var prompt = Decimal(index % 40 + 1) / 10_000_000
                if variant == 1 && (index + slot) % 10 == 0 { prompt *= (index % 3 == 0 ? 5 : Decimal(11) / 10) }
                entry.pricing[.prompt] = prompt
                entry.pricing[.completion] = prompt * 4
                entry.pricing[.inputCacheRead] = prompt / 10
                entry.pricing.setRate(prompt * 2, for: PriceKey(.prompt, tier: PriceTier(inputTokens: 200_000)))
                entry.pricing.setRate(prompt / 2, for: PriceKey(.prompt, serviceTier: .batch))
                entry.contextLength = variant == 1 && index % 50 == 0 ? 256_000 : 128_000
                entry.maxOutputTokens = 16_384
                entry.capabilities = [.tools: true, .vision: index % 2 == 0, .reasoning: variant == 1 && index % 40 == 0]
                entry.inputModalities = ["text", "image"]
                entry.outputModalities = ["text"]
                endpoints.append(Endpoint(entry: entry))
            }
            var model = Model(id: id, name: "Model \(index)", endpoints: endpoints.sorted { $0.key < $1.key })
            model.contextLength = 128_000
            models.append(model)
        }
        models.sort { $0.id < $1.id }
        let providerValues = providers.map { Provider(id: $0, name: $0.capitalized) }
        return Catalog(models: models, providers: providerValues, sources: [])
    }

    func run() throws {
        let base = Self.catalog(models: models, variant: 0)
        let head = Self.catalog(models: models, variant: 1)
        let endpoints = base.models.reduce(0) { $0 + $1.endpoints.count }
        print("diff benchmark: \(base.models.count) → \(head.models.count) models, \(endpoints) base endpoints, \(runs) runs")
        var wall: [String: [Duration]] = [:], cpu: [String: [Duration]] = [:]
        var diff = CatalogDiff(baseLabel: "", headLabel: "", changes: [], anomalies: [])
        var markdownSize = 0
        func time(_ name: String, _ body: () throws -> Void) rethrows {
            let clock = ContinuousClock()
            let cpuStart = Self.threadCPUTime()
            let start = clock.now
            try body()
            wall[name, default: []].append(clock.now - start)
            cpu[name, default: []].append(Self.threadCPUTime() - cpuStart)
        }
        for _ in 0..<runs {
            time("diff") { diff = CatalogDiffer().diff(base: base, head: head) }
            time("markdown") { markdownSize = MarkdownReport().render(diff).count }
            try time("json") { _ = try JSONReport.render(diff) }
            time("text") { _ = TextReport(colour: false).render(diff) }
        }
        print("changes: \(diff.changes.count), anomalies: \(diff.anomalies.count), markdown: \(markdownSize) characters")
        print("           wall median      wall min     cpu median       cpu min")
        for name in ["diff", "markdown", "json", "text"] {
            let w = (wall[name] ?? []).sorted(), c = (cpu[name] ?? []).sorted()
            guard !w.isEmpty, !c.isEmpty else { continue }
            print(name.padding(toLength: 9, withPad: " ", startingAt: 0) + Self.ms(w[w.count / 2]) + Self.ms(w[0]) + Self.ms(c[c.count / 2]) + Self.ms(c[0]))
        }
    }

    /// CPU time of the calling thread: what the work cost, whatever else the machine is doing.
    static func threadCPUTime() -> Duration {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
    }

    static func ms(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let millis = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return String(format: "%11.1f ms", millis)
    }
}
