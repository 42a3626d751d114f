import ModelCatalog

/// What `modelcat explain MODEL` prints: for each endpoint of a model, fact by fact, the
/// winning value, the source that decided it and its rank, and every value it overrode.
public struct FactExplanation: Sendable {
    /// The model explained.
    public let model: Model
    /// The precedence the merge used, to name each source's rank.
    public let precedence: SourcePrecedence

    /// An explanation of `model` under `precedence`.
    public init(model: Model, precedence: SourcePrecedence) {
        self.model = model
        self.precedence = precedence
    }

    /// Finds a model by canonical id, alias or provider model id (the first match in id order).
    public static func find(_ text: String, in catalog: Catalog) -> Model? {
        if let id = ModelID(text), let model = catalog.model(id) { return model }
        let lowered = text.lowercased()
        return catalog.models.first { $0.aliases.contains { $0.lowercased() == lowered } }
            ?? catalog.models.first { $0.endpoints.contains { $0.providerModelID.lowercased() == lowered || $0.key.description.lowercased() == lowered } }
    }

    /// The explanation as lines of text.
    public var lines: [String] {
        var out: [String] = []
        out.append("\(model.id) (\(model.name)): \(model.endpoints.count) endpoint\(model.endpoints.count == 1 ? "" : "s")")
        var modelFacts: [String] = []
        if let context = model.contextLength { modelFacts.append("context_length \(context)") }
        if let output = model.maxOutputTokens { modelFacts.append("max_output_tokens \(output)") }
        if let mode = model.mode { modelFacts.append("mode \(mode)") }
        if !modelFacts.isEmpty {
            out.append("model: " + modelFacts.joined(separator: ", ") + " (decided by the maker's first-party endpoint, else the most common endpoint value)")
        }
        out.append("precedence: hand-written > provider listing > aggregator; catalog.toml order within a rank")
        for endpoint in model.endpoints {
            out.append("")
            out.append("endpoint \(endpoint.key)")
            var seen: Set<String> = []
            let sources = endpoint.provenance.filter { seen.insert($0.source).inserted }.map {
                "\($0.source) (\(precedence.rank(source: $0.source, provider: endpoint.provider)))"
            }
            out.append("  sources: " + sources.joined(separator: ", "))
            var overridden: [String: [OverriddenFact]] = [:]
            for fact in endpoint.overridden { overridden[fact.fact, default: []].append(fact) }
            for (fact, value) in endpoint.factValues {
                let decider = endpoint.factSource(fact).map(Self.describe) ?? "unknown source"
                out.append("  \(fact) = \(value)  ← \(decider)")
                for other in overridden[fact] ?? [] {
                    out.append("      overrode \(other.value) ← \(Self.describe(other.source))")
                }
            }
        }
        return out
    }

    /// `source (file key path)`.
    static func describe(_ provenance: Provenance) -> String { provenance.text }
}
