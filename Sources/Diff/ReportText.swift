import Analysis
import Foundation
import ModelCatalog

/// Formatting shared by the Markdown and text reports: prices per 1M, percents, the summary line.
public enum ReportText {
    /// A decimal rounded half-up to a number of places, as text without trailing zeros beyond one place.
    public static func rounded(_ value: Decimal, places: Int) -> String {
        var copy = value, result = Decimal()
        NSDecimalRound(&result, &copy, places, .plain)
        return "\(result)"
    }

    /// One side of a change for people: token prices as `$3.00/1M`, other prices as `$0.04`, counts compact.
    public static func value(_ value: DiffValue?, of change: CatalogChange) -> String {
        Self.value(value, priceKey: change.priceKey, field: change.field, tokens: change.kind == .context || change.kind == .maxOutput)
    }

    /// One side of an anomaly for people, shown like the change it came from.
    public static func value(_ value: DiffValue?, of anomaly: Anomaly) -> String {
        Self.value(value, priceKey: anomaly.priceKey, field: anomaly.field, tokens: false)
    }

    static func value(_ value: DiffValue?, priceKey: PriceKey?, field: String, tokens: Bool) -> String {
        guard let value else { return "—" }
        switch value {
        case .price(let price):
            if let priceKey, priceKey.component.isPerToken { return "$" + PriceDisplay.perMillionText(price) }
            if priceKey == nil, field.hasPrefix("multiplier/") { return "×\(price)" }
            return "$" + PriceDisplay.amountText(price)
        case .integer(let number):
            return tokens ? PriceDisplay.tokens(number) : "\(number)"
        default:
            return value.description
        }
    }

    /// The move of a numeric change: `+10.0%`, `-66.7%`, or `new`/`gone` for a side that is missing.
    public static func movement(_ change: CatalogChange) -> String {
        if change.old == nil { return "new" }
        if change.new == nil { return "gone" }
        if let percent = change.percent {
            let text = rounded(percent, places: 1)
            return (percent > 0 ? "+" : "") + text + "%"
        }
        if let old = change.old?.number, old.isZero, let new = change.new?.number, new > 0 { return "was 0" }
        return ""
    }

    /// The one-line summary every report starts with: non-zero counts by kind, and anomalies.
    public static func summaryLine(_ diff: CatalogDiff) -> String {
        guard !diff.isEmpty else { return "no changes" }
        let counts = diff.counts
        var parts: [String] = []
        func add(_ count: Int, _ singular: String, _ plural: String) {
            if count > 0 { parts.append("\(count) \(count == 1 ? singular : plural)") }
        }
        add(counts[.price] ?? 0, "price change", "price changes")
        if diff.endpointsAdded + diff.modelsAdded > 0 {
            parts.append("\(diff.endpointsAdded) endpoint\(diff.endpointsAdded == 1 ? "" : "s") added (\(diff.modelsAdded) new model\(diff.modelsAdded == 1 ? "" : "s"))")
        }
        if diff.endpointsRemoved + diff.modelsRemoved > 0 {
            parts.append("\(diff.endpointsRemoved) endpoint\(diff.endpointsRemoved == 1 ? "" : "s") removed (\(diff.modelsRemoved) model\(diff.modelsRemoved == 1 ? "" : "s") gone)")
        }
        add(counts[.context] ?? 0, "context change", "context changes")
        add(counts[.maxOutput] ?? 0, "max-output change", "max-output changes")
        add(counts[.capability] ?? 0, "capability change", "capability changes")
        add(counts[.modality] ?? 0, "modality change", "modality changes")
        add(counts[.deprecation] ?? 0, "deprecation change", "deprecation changes")
        add(counts[.resolution] ?? 0, "id resolution change", "id resolution changes")
        add(counts[.note] ?? 0, "note change", "note changes")
        add(counts[.provider] ?? 0, "provider change", "provider changes")
        var line = parts.joined(separator: ", ")
        line += diff.anomalies.isEmpty ? "; no anomalies" : "; \(diff.anomalies.count) anomal\(diff.anomalies.count == 1 ? "y" : "ies")"
        return line
    }

    /// Where a change applies, for people: `provider:provider-model-id`, or `—` for model-level changes.
    public static func location(_ change: CatalogChange) -> String {
        guard let provider = change.provider else { return "—" }
        guard let id = change.providerModelID else { return provider }
        return "\(provider):\(id)"
    }
}
