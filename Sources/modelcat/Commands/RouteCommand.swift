import Analysis
import ArgumentParser
import Foundation
import ModelCatalog
import Pipeline

/// `modelcat route MODEL ...`: the order a router following the catalog tries a model's endpoints.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "The order a router should try a model's endpoints in, and why the others are excluded.",
        discussion: "Prices are USD per 1M tokens. An endpoint with an unknown price is excluded when a price limit is set; a capability an endpoint does not list counts as missing. Deprecated endpoints are excluded unless --allow-deprecated."
    )

    @Argument(help: "The model: author/slug, an alias or a provider model id.")
    var model: String

    @OptionGroup var options: CatalogOptions

    @Option(name: .long, help: "price (blended, cheapest first), context (longest first) or output-limit (largest first).")
    var sort: String = "price"

    @Option(name: .long, help: "Capabilities every endpoint must support, comma-separated (tools,vision,...).")
    var require: String?

    @Option(name: .customLong("max-price-input"), help: "Highest input price, USD per 1M tokens.")
    var maxPriceInput: String?

    @Option(name: .customLong("max-price-output"), help: "Highest output price, USD per 1M tokens.")
    var maxPriceOutput: String?

    @Option(name: .long, help: "Only these providers, comma-separated.")
    var only: String?

    @Option(name: .long, help: "Never these providers, comma-separated.")
    var ignore: String?

    @Option(name: .long, help: "Only these quantizations, comma-separated (fp8,bf16,...).")
    var quantizations: String?

    @Flag(name: .customLong("allow-deprecated"), help: "Route to deprecated endpoints too.")
    var allowDeprecated = false

    @Option(name: .long, help: "Input:output weighting of the price order.")
    var blend: String = "3:1"

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    static func list(_ text: String?) -> [String]? {
        text.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    static func perToken(_ text: String?, option: String) throws -> Decimal? {
        guard let text else { return nil }
        guard let perMillion = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), perMillion >= 0 else {
            throw ValidationError("--\(option) expects USD per 1M tokens such as 2.5, found '\(text)'")
        }
        return perMillion / 1_000_000
    }

    func request() throws -> RouteRequest {
        guard let order = RouteRequest.Sort(rawValue: sort) else { throw ValidationError("--sort expects price, context or output-limit, found '\(sort)'") }
        guard let ratio = BlendRatio(blend) else { throw ValidationError("--blend expects INPUT:OUTPUT such as 3:1, found '\(blend)'") }
        return RouteRequest(
            sort: order, require: (Self.list(require) ?? []).map { Capability($0) },
            maxPromptPrice: try Self.perToken(maxPriceInput, option: "max-price-input"), maxCompletionPrice: try Self.perToken(maxPriceOutput, option: "max-price-output"),
            only: Self.list(only), ignore: Self.list(ignore) ?? [], quantizations: Self.list(quantizations), allowDeprecated: allowDeprecated, blend: ratio)
    }

    func validate() throws { _ = try request() }

    func run() throws {
        let request = try self.request()
        let pipeline = BuildPipeline(catalogFolder: options.catalogURL, templatesFolder: options.templatesURL)
        do {
            let (catalog, _, _) = try pipeline.loadCatalog()
            let found = try ModelLookup.model(model, in: catalog)
            let plan = RoutePlanner(request).plan(found)
            if json {
                print(String(decoding: try RoutePlanJSON.encode(plan, blend: request.blend), as: UTF8.self))
                return
            }
            print("\(plan.model): \(plan.order.count) endpoint\(plan.order.count == 1 ? "" : "s") to try, sorted by \(request.sort.rawValue)")
            for (index, endpoint) in plan.order.enumerated() {
                let prices = "in \(PriceDisplay.perMillionText(endpoint.pricing[.prompt])) out \(PriceDisplay.perMillionText(endpoint.pricing[.completion]))/1M"
                print("  \(index + 1). \(endpoint.provider)  \(endpoint.providerModelID)  \(prices)  context \(PriceDisplay.tokens(endpoint.contextLength))  max out \(PriceDisplay.tokens(endpoint.maxOutputTokens))")
            }
            if !plan.excluded.isEmpty { print("excluded:") }
            for exclusion in plan.excluded {
                print("  - \(exclusion.endpoint.provider)  \(exclusion.endpoint.providerModelID): \(exclusion.reasons.map(\.description).joined(separator: "; "))")
            }
        } catch let error as DiagnosticsError {
            try fail(with: error)
        }
    }
}
