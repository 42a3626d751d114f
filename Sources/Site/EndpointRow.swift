import Analysis
import Foundation
import ModelCatalog

/// One row of a model page's endpoints table, already formatted, with where its prices
/// came from and when that source was last verified (the snapshot's label, never the build time).
struct EndpointRow {
    let providerHref: String
    let providerName: String
    let providerModelID: String
    let input: String
    let inputValue: String?
    let output: String
    let outputValue: String?
    let cacheRead: String
    let cacheReadValue: String?
    let cacheWrite: String
    let cacheWriteValue: String?
    /// Input-size tiers and other service tiers, one line each, such as "> 200K input: 6.00 / 22.50".
    let tiers: [String]
    let context: String
    let maxOutput: String
    let quantization: String
    let parameters: String?
    let parameterCount: Int
    let regions: String?
    let status: String
    let deprecated: Bool
    let cheapest: Bool
    /// The source id that decided the endpoint's facts.
    let source: String
    /// The snapshot's label, such as "LiteLLM 1.110.2"; nil when the source has none.
    let verified: String?
    /// A link to the snapshot file in the repository, or nil.
    let sourceHref: String?
    let keyPath: String

    init(_ endpoint: Endpoint, providerName: String, root: String, cheapest: Bool, sources: [String: SourceSnapshot], links: SiteLinks) {
        providerHref = root + SitePath.provider(endpoint.provider) + "index.html"
        self.providerName = providerName
        providerModelID = endpoint.providerModelID
        let pricing = endpoint.pricing
        (input, inputValue) = Self.price(pricing[.prompt])
        (output, outputValue) = Self.price(pricing[.completion])
        (cacheRead, cacheReadValue) = Self.price(pricing[.inputCacheRead])
        (cacheWrite, cacheWriteValue) = Self.price(pricing[.inputCacheWrite])
        var tiers: [String] = []
        for tier in pricing.tiers(in: .standard) {
            let prompt = PriceDisplay.perMillionText(pricing.rate(.prompt, tier: tier))
            let completion = PriceDisplay.perMillionText(pricing.rate(.completion, tier: tier))
            tiers.append("\(tier.inclusive ? "≥" : ">") \(PriceDisplay.tokens(tier.inputTokens)) input: \(prompt) / \(completion)")
        }
        for serviceTier in pricing.serviceTiers where serviceTier != .standard {
            let prompt = pricing.rate(.prompt, serviceTier: serviceTier)
            let completion = pricing.rate(.completion, serviceTier: serviceTier)
            guard prompt != nil || completion != nil else { continue }
            tiers.append("\(serviceTier.rawValue.replacingOccurrences(of: "_", with: " ")): \(PriceDisplay.perMillionText(prompt)) / \(PriceDisplay.perMillionText(completion))")
        }
        self.tiers = tiers
        context = PriceDisplay.tokens(endpoint.contextLength)
        maxOutput = PriceDisplay.tokens(endpoint.maxOutputTokens)
        quantization = endpoint.quantization ?? "—"
        parameters = endpoint.supportedParameters.isEmpty ? nil : endpoint.supportedParameters.joined(separator: ", ")
        parameterCount = endpoint.supportedParameters.count
        regions = endpoint.regions.isEmpty ? nil : endpoint.regions.joined(separator: ", ")
        status = endpoint.status ?? "active"
        deprecated = endpoint.status == "deprecated"
        self.cheapest = cheapest
        let provenance = endpoint.provenance.first
        source = provenance?.source ?? "—"
        verified = provenance.flatMap { sources[$0.source]?.label }
        sourceHref = provenance.flatMap { links.view($0.file) }
        keyPath = provenance?.keyPath ?? ""
    }

    private static func price(_ perToken: Decimal?) -> (String, String?) {
        PriceDisplay.perMillionTexts(perToken)
    }
}
