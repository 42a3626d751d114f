import Foundation
import ModelCatalog

/// What `modelcat ingest` prints about one read: the human summary and the stable `--json` shape
/// (`{"entries": [...], "skipped": {reason: count}, "warnings": [...]}`, prices as decimal strings
/// in USD per unit, keyed by the gateway's names).
public struct IngestSummary: Sendable {
    /// The read being summarized.
    public let result: ReadResult
    /// How many warnings the human summary lists before saying how many more there are.
    public var warningLimit = 100

    /// A summary of one read.
    public init(_ result: ReadResult) {
        self.result = result
    }

    /// Entries without any known price (listings that do not carry prices).
    public var entriesWithoutPrices: Int { result.entries.filter(\.pricing.isEmpty).count }

    /// The human summary, one line each.
    public var lines: [String] {
        let skippedCount = result.skipped.values.reduce(0, +)
        var lines = [
            "records: \(result.recordCount)",
            "entries: \(result.entries.count) (\(entriesWithoutPrices) without prices)",
            "skipped: \(skippedCount)",
        ]
        for (reason, count) in result.skipped.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            lines.append("  \(count)  \(reason)")
        }
        lines.append("warnings: \(result.warnings.count)")
        for warning in result.warnings.prefix(warningLimit) { lines.append("  \(warning)") }
        if result.warnings.count > warningLimit { lines.append("  ... and \(result.warnings.count - warningLimit) more (see --json)") }
        return lines
    }

    /// The `--json` document, keys sorted, entries in snapshot order.
    public func json() throws -> Data {
        let entries: [[String: Any]] = result.entries.map { entry in
            [
                "provider": entry.provider,
                "provider_model_id": entry.providerModelID,
                "name": entry.name.map { $0 as Any } ?? NSNull(),
                "pricing": Self.pricing(entry.pricing),
                "context_length": entry.contextLength.map { $0 as Any } ?? NSNull(),
                "max_output_tokens": entry.maxOutputTokens.map { $0 as Any } ?? NSNull(),
                "source": ["file": entry.provenance.file, "key_path": entry.provenance.keyPath],
            ]
        }
        let document: [String: Any] = [
            "records": result.recordCount,
            "entries": entries,
            "skipped": result.skipped,
            "warnings": result.warnings.map(\.description),
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    }

    /// Pricing as decimal strings: standard base rates at the top level, `tiers` for input-size
    /// tiers (`above_input_tokens`, `inclusive`, rates), `service_tiers` for the other sheets,
    /// `multipliers` when any — the shape of `catalog.json`.
    static func pricing(_ pricing: Pricing) -> [String: Any] {
        var out = sheet(pricing, .standard)
        let others = pricing.serviceTiers.filter { $0 != .standard }
        if !others.isEmpty {
            out["service_tiers"] = Dictionary(uniqueKeysWithValues: others.map { ($0.rawValue, sheet(pricing, $0) as Any) })
        }
        if !pricing.multipliers.isEmpty { out["multipliers"] = pricing.multipliers.mapValues { "\($0)" } }
        return out
    }

    static func sheet(_ pricing: Pricing, _ serviceTier: ServiceTier) -> [String: Any] {
        var out: [String: Any] = [:]
        for (key, rate) in pricing.rates where key.serviceTier == serviceTier && key.tier == nil {
            out[key.component.rawValue] = "\(rate)"
        }
        let tiers = pricing.tiers(in: serviceTier)
        if !tiers.isEmpty {
            out["tiers"] = tiers.map { tier -> [String: Any] in
                var item: [String: Any] = ["above_input_tokens": tier.inputTokens, "inclusive": tier.inclusive]
                for (key, rate) in pricing.rates where key.serviceTier == serviceTier && key.tier == tier {
                    item[key.component.rawValue] = "\(rate)"
                }
                return item
            }
        }
        return out
    }
}
