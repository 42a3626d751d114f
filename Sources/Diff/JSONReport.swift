import Analysis
import Foundation
import ModelCatalog

/// The machine-readable report (`--format json`), a stable contract documented in docs/diff.md:
///
/// `{"schema_version", "base", "head", "summary": {counts by kind, anomalies, ...},
///   "changes": [{"kind", "model", "provider", "provider_model_id", "field", "old", "new", ...}],
///   "anomalies": [{"kind", "model", "provider", "provider_model_id", "field", "old", "new", "message"}]}`
///
/// Prices are exact decimal strings in USD per unit (per token for token components).
public enum JSONReport {
    /// The version of the report's shape; fields are added, never renamed.
    public static let schemaVersion = "1"

    /// The report as deterministic UTF-8 JSON (sorted keys).
    public static func render(_ diff: CatalogDiff) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return try encoder.encode(Document(diff: diff))
    }

    struct Document: Encodable {
        let diff: CatalogDiff

        enum Keys: String, CodingKey { case schema_version, base, head, summary, changes, anomalies }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(JSONReport.schemaVersion, forKey: .schema_version)
            try c.encode(diff.baseLabel, forKey: .base)
            try c.encode(diff.headLabel, forKey: .head)
            var summary: [String: Int] = [:]
            for (kind, count) in diff.counts { summary[kind.rawValue] = count }
            summary["changes"] = diff.changes.count
            summary["anomalies"] = diff.anomalies.count
            summary["models_added"] = diff.modelsAdded
            summary["models_removed"] = diff.modelsRemoved
            summary["endpoints_added"] = diff.endpointsAdded
            summary["endpoints_removed"] = diff.endpointsRemoved
            for (kind, count) in diff.anomalyCounts { summary["anomaly_\(kind.rawValue)"] = count }
            try c.encode(summary, forKey: .summary)
            try c.encode(diff.changes.map(ChangeJSON.init), forKey: .changes)
            try c.encode(diff.anomalies.map(AnomalyJSON.init), forKey: .anomalies)
        }
    }

    struct ChangeJSON: Encodable {
        let change: CatalogChange
        init(_ change: CatalogChange) { self.change = change }

        enum Keys: String, CodingKey {
            case kind, model, provider, provider_model_id, field, old, new, component, service_tier, above_input_tokens, inclusive
            case per_million, old_per_1m, new_per_1m, delta, change_percent, anomalies
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(change.kind.rawValue, forKey: .kind)
            try encodeOrNull(change.model?.description, .model, &c)
            try encodeOrNull(change.provider, .provider, &c)
            try c.encodeIfPresent(change.providerModelID, forKey: .provider_model_id)
            try c.encode(change.field, forKey: .field)
            try encodeValue(change.old, .old, &c)
            try encodeValue(change.new, .new, &c)
            if let key = change.priceKey {
                try c.encode(key.component.rawValue, forKey: .component)
                try c.encode(key.serviceTier.rawValue, forKey: .service_tier)
                if let tier = key.tier {
                    try c.encode(tier.inputTokens, forKey: .above_input_tokens)
                    try c.encode(tier.inclusive, forKey: .inclusive)
                }
                if key.component.isPerToken {
                    if case .price(let old) = change.old { try c.encode("\(PriceDisplay.perMillion(old))", forKey: .old_per_1m) }
                    if case .price(let new) = change.new { try c.encode("\(PriceDisplay.perMillion(new))", forKey: .new_per_1m) }
                }
            }
            if change.kind == .price || change.kind == .context || change.kind == .maxOutput {
                if let delta = change.delta { try c.encode("\(delta)", forKey: .delta) }
                if let percent = change.percent { try c.encode(ReportText.rounded(percent, places: 2), forKey: .change_percent) }
            }
            if !change.anomalies.isEmpty { try c.encode(change.anomalies.map(\.rawValue), forKey: .anomalies) }
        }
    }

    struct AnomalyJSON: Encodable {
        let anomaly: Anomaly
        init(_ anomaly: Anomaly) { self.anomaly = anomaly }

        enum Keys: String, CodingKey { case kind, model, provider, provider_model_id, field, old, new, message }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(anomaly.kind.rawValue, forKey: .kind)
            try encodeOrNull(anomaly.model?.description, .model, &c)
            try encodeOrNull(anomaly.provider, .provider, &c)
            try c.encodeIfPresent(anomaly.providerModelID, forKey: .provider_model_id)
            try c.encode(anomaly.field, forKey: .field)
            try encodeValue(anomaly.old, .old, &c)
            try encodeValue(anomaly.new, .new, &c)
            try c.encode(anomaly.message, forKey: .message)
        }
    }
}

/// Encodes a string, or an explicit `null` when absent.
private func encodeOrNull<K: CodingKey>(_ value: String?, _ key: K, _ c: inout KeyedEncodingContainer<K>) throws {
    if let value { try c.encode(value, forKey: key) } else { try c.encodeNil(forKey: key) }
}

/// Encodes a change's side: prices as decimal strings, counts as numbers, flags as booleans, lists as arrays, absent as `null`.
private func encodeValue<K: CodingKey>(_ value: DiffValue?, _ key: K, _ c: inout KeyedEncodingContainer<K>) throws {
    switch value {
    case nil: try c.encodeNil(forKey: key)
    case .price(let price): try c.encode("\(price)", forKey: key)
    case .integer(let number): try c.encode(number, forKey: key)
    case .text(let text): try c.encode(text, forKey: key)
    case .flag(let flag): try c.encode(flag, forKey: key)
    case .list(let list): try c.encode(list, forKey: key)
    }
}
