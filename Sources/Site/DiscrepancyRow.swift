import Analysis
import Foundation
import ModelCatalog

/// One row of the discrepancies page, already formatted: per-token prices shown per 1M tokens,
/// each source as `source (file key path)`.
struct DiscrepancyRow {
    let model: String
    let modelHref: String
    let provider: String
    let providerModelID: String
    let fact: String
    let valueA: String
    let sourceA: String
    let valueB: String
    let sourceB: String
    let difference: String

    init(_ discrepancy: Discrepancy) {
        model = discrepancy.model.description
        modelHref = SitePath.model(discrepancy.model) + "index.html"
        provider = discrepancy.endpoint.provider
        providerModelID = discrepancy.endpoint.providerModelID
        fact = discrepancy.fact
        let perToken = Self.isPerTokenPrice(discrepancy.fact)
        valueA = Self.display(discrepancy.valueA, perToken: perToken)
        valueB = Self.display(discrepancy.valueB, perToken: perToken)
        sourceA = discrepancy.sourceA.text
        sourceB = discrepancy.sourceB.text
        difference = discrepancy.percentText
    }

    /// True for `pricing.[tier.]component[@>N]` facts whose component is billed per token.
    static func isPerTokenPrice(_ fact: String) -> Bool {
        guard fact.hasPrefix("pricing.") else { return false }
        let withoutTier = fact.split(separator: "@").first.map(String.init) ?? fact
        let component = withoutTier.split(separator: ".").last.map(String.init) ?? withoutTier
        return PriceComponent(component).isPerToken
    }

    private static func display(_ value: String, perToken: Bool) -> String {
        guard perToken, let amount = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")) else { return value }
        return PriceDisplay.perMillionText(amount)
    }
}
