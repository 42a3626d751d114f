import ModelCatalog

/// Folds the facts of a lower-precedence listing entry into an endpoint another source
/// already decided: a fact the endpoint lacks is taken (and its source recorded in
/// `factSources`); a fact it has with a different value is kept and the other value is
/// recorded in `overridden`, for `explain` and the discrepancy report.
public enum EndpointMerge {
    /// Absorbs `entry` (same provider and provider model id, lower precedence) into `endpoint`.
    public static func absorb(_ entry: ListingEntry, into endpoint: inout Endpoint) {
        let other = Endpoint(entry: entry)
        let source = entry.provenance
        endpoint.provenance.append(source)

        for key in other.pricing.sortedKeys {
            guard let rate = other.pricing.rates[key] else { continue }
            let fact = Endpoint.factName(key)
            if let current = endpoint.pricing.rates[key] {
                if current != rate { endpoint.overridden.append(OverriddenFact(fact: fact, value: "\(rate)", source: source)) }
            } else {
                endpoint.pricing.setRate(rate, for: key)
                endpoint.setFactSource(source, for: fact)
            }
        }
        if endpoint.pricing.multipliers.isEmpty { endpoint.pricing.multipliers = other.pricing.multipliers }
        if endpoint.pricing.offPeakWindows.isEmpty { endpoint.pricing.offPeakWindows = other.pricing.offPeakWindows }

        func fold<T: Equatable>(_ fact: String, _ path: WritableKeyPath<Endpoint, T?>, text: (T) -> String) {
            guard let value = other[keyPath: path] else { return }
            if let current = endpoint[keyPath: path] {
                if current != value { endpoint.overridden.append(OverriddenFact(fact: fact, value: text(value), source: source)) }
            } else {
                endpoint[keyPath: path] = value
                endpoint.setFactSource(source, for: fact)
            }
        }
        fold("context_length", \.contextLength, text: String.init)
        fold("max_input_tokens", \.maxInputTokens, text: String.init)
        fold("max_output_tokens", \.maxOutputTokens, text: String.init)
        fold("mode", \.mode) { $0 }
        fold("quantization", \.quantization) { $0 }
        fold("status", \.status) { $0 }
        fold("deprecation_date", \.deprecationDate) { $0 }
        fold("requests_per_minute", \.requestsPerMinute, text: String.init)
        fold("tokens_per_minute", \.tokensPerMinute, text: String.init)
        fold("source_url", \.sourceURL) { $0 }

        for capability in other.capabilities.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let flag = other.capabilities[capability] else { continue }
            let fact = "capabilities.\(capability.rawValue)"
            if let current = endpoint.capabilities[capability] {
                if current != flag { endpoint.overridden.append(OverriddenFact(fact: fact, value: flag ? "true" : "false", source: source)) }
            } else {
                endpoint.capabilities[capability] = flag
                endpoint.setFactSource(source, for: fact)
            }
        }

        func foldList(_ fact: String, _ path: WritableKeyPath<Endpoint, [String]>) {
            let value = other[keyPath: path]
            guard !value.isEmpty else { return }
            let current = endpoint[keyPath: path]
            if current.isEmpty {
                endpoint[keyPath: path] = value
                endpoint.setFactSource(source, for: fact)
            } else if current != value {
                endpoint.overridden.append(OverriddenFact(fact: fact, value: value.joined(separator: ","), source: source))
            }
        }
        foldList("input_modalities", \.inputModalities)
        foldList("output_modalities", \.outputModalities)
        foldList("supported_parameters", \.supportedParameters)
        foldList("regions", \.regions)
    }
}
