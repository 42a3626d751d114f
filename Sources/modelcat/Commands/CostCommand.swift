import Analysis
import ArgumentParser
import Foundation
import ModelCatalog
import Pipeline

/// `modelcat cost MODEL --input N --output M ...`: what a usage costs at each endpoint, cheapest first.
struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Price a usage at every endpoint of a model, cheapest first (exact USD).",
        discussion: """
            Token counts do not overlap: --input counts uncached input tokens only; --cached-input \
            counts cache reads on top of them, and --cache-write / --cache-write-1h cache writes on top. \
            A total is unknown (shown as 'unknown', null in --json) when a price the usage needs is \
            missing; a missing price is never taken as zero. Input-size tiers apply to the whole \
            request once its total input (cache tokens included) reaches the threshold. See docs/pricing.md.
            """
    )

    @Argument(help: "The model: author/slug, an alias or a provider model id.")
    var model: String

    @OptionGroup var options: CatalogOptions

    @Option(name: .long, help: "Only this provider's endpoints.")
    var provider: String?

    @Option(name: .long, help: "Uncached input tokens (cache reads and writes are counted separately, on top).")
    var input: Int = 0

    @Option(name: .long, help: "Output tokens.")
    var output: Int = 0

    @Option(name: .customLong("cached-input"), help: "Input tokens read from the prompt cache, on top of --input.")
    var cachedInput: Int = 0

    @Option(name: .customLong("cache-write"), help: "Input tokens written to the cache (default, 5-minute lifetime), on top of --input.")
    var cacheWrite: Int = 0

    @Option(name: .customLong("cache-write-1h"), help: "Input tokens written to the cache with a 1-hour lifetime, on top of --input.")
    var cacheWrite1h: Int = 0

    @Option(name: .long, help: "Reasoning tokens billed on top of --output (at the reasoning rate, else the output rate).")
    var reasoning: Int = 0

    @Option(name: .long, help: "Input images.")
    var images: Int = 0

    @Option(name: .customLong("audio-seconds"), help: "Seconds of input audio.")
    var audioSeconds: String = "0"

    @Option(name: .long, help: "Requests (for endpoints charging per request).")
    var requests: Int = 0

    @Option(name: .customLong("web-searches"), help: "Web searches.")
    var webSearches: Int = 0

    @Flag(name: .long, help: "Use batch rates (same as --service-tier batch).")
    var batch = false

    @Option(name: .customLong("service-tier"), help: "standard, batch, flex, priority, ...")
    var serviceTier: String?

    @Option(name: .long, help: "Processing region whose uplift applies where listed (eu, us).")
    var region: String?

    @Option(name: .long, help: "A multiplier to apply where listed (such as fedramp_uplift); repeatable.")
    var multiplier: [String] = []

    @Option(name: .long, help: "Price with the prices in force at a recorded release label or date (YYYY-MM-DD), from catalog/history.")
    var at: String?

    @Option(name: .long, help: "The request time (ISO 8601, such as 2025-06-01T17:30:00Z), for off-peak rates.")
    var time: String?

    @Flag(name: .long, help: "Print a JSON array, cheapest first.")
    var json = false

    func validate() throws {
        for (name, value) in [("input", input), ("output", output), ("cached-input", cachedInput), ("cache-write", cacheWrite), ("cache-write-1h", cacheWrite1h),
            ("reasoning", reasoning), ("images", images), ("requests", requests), ("web-searches", webSearches)] where value < 0 {
            throw ValidationError("--\(name) must be zero or more, found \(value)")
        }
        guard let seconds = Decimal(string: audioSeconds, locale: Locale(identifier: "en_US_POSIX")), seconds >= 0 else {
            throw ValidationError("--audio-seconds must be a number of zero or more, found '\(audioSeconds)'")
        }
        if batch, let serviceTier, serviceTier != "batch" { throw ValidationError("--batch and --service-tier \(serviceTier) contradict each other") }
        if let time, ISO8601DateFormatter().date(from: time) == nil { throw ValidationError("--time expects ISO 8601 such as 2025-06-01T17:30:00Z, found '\(time)'") }
    }

    func run() throws {
        let pipeline = BuildPipeline(catalogFolder: options.catalogURL, templatesFolder: options.templatesURL)
        do {
            let (catalog, _, _) = try pipeline.loadCatalog()
            let found = try ModelLookup.model(model, in: catalog)
            var endpoints: [(provider: String, providerModelID: String, pricing: Pricing)]
            var heading = "current prices"
            if let at {
                let history = try HistoryRecorder(catalogFolder: options.catalogURL).history()
                let header: HistoryRecording.Header
                do { header = try history.recording(at: at) } catch { throw DiagnosticsError([.error("--at", error.description)]) }
                endpoints = history.state(through: header.sequence).endpoints(of: found.id).map { ($0.key.provider, $0.key.providerModelID, $0.pricing) }
                heading = "prices in force at \(header.name)"
            } else {
                endpoints = found.endpoints.map { ($0.provider, $0.providerModelID, $0.pricing) }
            }
            if let provider { endpoints = endpoints.filter { $0.provider == provider } }
            let usage = Usage(
                inputTokens: input, outputTokens: output, cachedInputTokens: cachedInput, cacheWriteTokens: cacheWrite, cacheWrite1hTokens: cacheWrite1h,
                reasoningTokens: reasoning, images: images, audioSeconds: Decimal(string: audioSeconds, locale: Locale(identifier: "en_US_POSIX")) ?? 0,
                requests: requests, webSearches: webSearches)
            var multipliers = multiplier
            if let region { multipliers.insert(PricingConditions.regionalMultiplier(region), at: 0) }
            let conditions = PricingConditions(
                serviceTier: batch ? .batch : ServiceTier(serviceTier ?? "standard"), time: time.flatMap { ISO8601DateFormatter().date(from: $0) }, multipliers: multipliers)
            let rows = EndpointCost.rank(usage, model: found.id, endpoints: endpoints, calculator: CostCalculator(conditions: conditions))
            if json {
                print(String(decoding: try EndpointCost.json(rows), as: UTF8.self))
                return
            }
            print("\(found.id) — \(conditions.serviceTier) rates, \(heading); \(rows.count) endpoint\(rows.count == 1 ? "" : "s")")
            for row in rows {
                let total = row.breakdown.total.map { "$" + CostDisplay.amount($0) } ?? "unknown"
                var extras: [String] = []
                if let tier = row.breakdown.tier { extras.append("tier \(tier.inclusive ? "≥" : ">")\(tier.inputTokens)") }
                if row.breakdown.offPeak { extras.append("off-peak") }
                print("\(total.padding(toLength: 14, withPad: " ", startingAt: 0)) \(row.provider)  \(row.providerModelID)\(extras.isEmpty ? "" : "  (\(extras.joined(separator: ", ")))")")
                for line in row.breakdown.lines {
                    let amount = line.amount.map { "$" + CostDisplay.amount($0) } ?? "unknown"
                    print("    \(line.component.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0)) \(line.quantity) × \(line.rate.map { "\($0)" } ?? "?") = \(amount)")
                }
                for missing in row.breakdown.missing { print("    missing: \(missing)") }
                for note in row.breakdown.notes { print("    note: \(note)") }
            }
        } catch let error as DiagnosticsError {
            try fail(with: error)
        }
    }
}
