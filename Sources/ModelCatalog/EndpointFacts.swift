/// The facts of an endpoint one by one, by name: the unit precedence decides and
/// provenance is recorded for (`Endpoint.factSources`).
///
/// Names: `pricing.<component>` for a standard base rate, `pricing.<service tier>.<component>`
/// for another service tier, with `@>N` (or `@>=N`) appended for an input-size tier;
/// otherwise the JSON catalog's field name (`context_length`, `mode`, `capabilities.tools`, ...).
extension Endpoint {
    /// Facts whose values are amounts, compared as numbers when sources disagree.
    public static let numericFacts: Set<String> = ["context_length", "max_input_tokens", "max_output_tokens"]

    /// True when a fact's values are numbers (prices and token counts).
    public static func isNumericFact(_ fact: String) -> Bool {
        fact.hasPrefix("pricing.") || numericFacts.contains(fact)
    }

    /// The fact name of one rate of a price sheet.
    public static func factName(_ key: PriceKey) -> String {
        var name = "pricing."
        if key.serviceTier != .standard { name += key.serviceTier.rawValue + "." }
        name += key.component.rawValue
        if let tier = key.tier { name += (tier.inclusive ? "@>=" : "@>") + String(tier.inputTokens) }
        return name
    }

    /// Every known fact of the endpoint with its value in catalog form, in a stable order:
    /// prices first (in price-sheet order), then limits, then the other single-valued facts.
    public var factValues: [(fact: String, value: String)] {
        var out: [(String, String)] = []
        for key in pricing.sortedKeys {
            if let rate = pricing.rates[key] { out.append((Self.factName(key), "\(rate)")) }
        }
        func add(_ name: String, _ value: String?) { if let value { out.append((name, value)) } }
        add("context_length", contextLength.map(String.init))
        add("max_input_tokens", maxInputTokens.map(String.init))
        add("max_output_tokens", maxOutputTokens.map(String.init))
        add("mode", mode)
        add("quantization", quantization)
        add("status", status)
        add("deprecation_date", deprecationDate)
        add("requests_per_minute", requestsPerMinute.map(String.init))
        add("tokens_per_minute", tokensPerMinute.map(String.init))
        add("source_url", sourceURL)
        for capability in capabilities.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            add("capabilities.\(capability.rawValue)", capabilities[capability].map { $0 ? "true" : "false" })
        }
        if !inputModalities.isEmpty { add("input_modalities", inputModalities.joined(separator: ",")) }
        if !outputModalities.isEmpty { add("output_modalities", outputModalities.joined(separator: ",")) }
        if !supportedParameters.isEmpty { add("supported_parameters", supportedParameters.joined(separator: ",")) }
        if !regions.isEmpty { add("regions", regions.joined(separator: ",")) }
        return out
    }

    /// The names of the endpoint's known facts, in the order of ``factValues`` (without
    /// formatting the values).
    public var factNames: [String] {
        var out: [String] = []
        for key in pricing.sortedKeys where pricing.rates[key] != nil { out.append(Self.factName(key)) }
        func add(_ name: String, _ known: Bool) { if known { out.append(name) } }
        add("context_length", contextLength != nil)
        add("max_input_tokens", maxInputTokens != nil)
        add("max_output_tokens", maxOutputTokens != nil)
        add("mode", mode != nil)
        add("quantization", quantization != nil)
        add("status", status != nil)
        add("deprecation_date", deprecationDate != nil)
        add("requests_per_minute", requestsPerMinute != nil)
        add("tokens_per_minute", tokensPerMinute != nil)
        add("source_url", sourceURL != nil)
        for capability in capabilities.keys.sorted(by: { $0.rawValue < $1.rawValue }) { out.append("capabilities.\(capability.rawValue)") }
        add("input_modalities", !inputModalities.isEmpty)
        add("output_modalities", !outputModalities.isEmpty)
        add("supported_parameters", !supportedParameters.isEmpty)
        add("regions", !regions.isEmpty)
        return out
    }

    /// The value of one fact in catalog form, or nil when the endpoint does not know it.
    public func factValue(_ fact: String) -> String? {
        factValues.first { $0.fact == fact }?.value
    }
}
