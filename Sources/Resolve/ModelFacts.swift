import ModelCatalog

/// Decides a model's model-level facts from its endpoints' own figures.
///
/// Precedence, written down in docs/architecture.md: the maker's first-party endpoint
/// (provider id equal to the author, or listed in ``firstPartyProviders``) decides context
/// length, max output, mode and dates; otherwise the most common value among endpoints,
/// ties broken by the larger value. Capabilities and modalities are the union of what
/// any endpoint supports.
public enum ModelFacts {
    /// Provider ids that are the first-party API of an author.
    public static let firstPartyProviders: [String: Set<String>] = [
        "openai": ["openai"], "anthropic": ["anthropic"], "google": ["gemini"], "mistralai": ["mistral"],
        "deepseek": ["deepseek"], "x-ai": ["xai"], "cohere": ["cohere"], "moonshotai": ["moonshot"],
        "qwen": ["dashscope"], "ai21": ["ai21"], "z-ai": ["zai"], "minimax": ["minimax"],
    ]

    /// Fills the model-level fields of `model` from its endpoints.
    public static func decide(for model: inout Model) {
        let firstParty = firstPartyProviders[model.author] ?? [model.author]
        let preferred = model.endpoints.filter { firstParty.contains($0.provider) }
        let pool = preferred.isEmpty ? model.endpoints : preferred
        model.contextLength = mostCommon(pool.compactMap(\.contextLength))
        model.maxOutputTokens = mostCommon(pool.compactMap(\.maxOutputTokens))
        model.mode = mostCommon(pool.compactMap(\.mode))
        model.deprecationDate = pool.compactMap(\.deprecationDate).min()
        var capabilities: [Capability: Bool] = [:]
        for endpoint in model.endpoints {
            for (capability, flag) in endpoint.capabilities { capabilities[capability] = (capabilities[capability] ?? false) || flag }
        }
        model.capabilities = capabilities
        model.inputModalities = Array(Set(model.endpoints.flatMap(\.inputModalities))).sorted()
        model.outputModalities = Array(Set(model.endpoints.flatMap(\.outputModalities))).sorted()
        if model.inputModalities.isEmpty { model.inputModalities = inferredInput(model) }
        if model.outputModalities.isEmpty, model.mode == "chat" || model.mode == "completion" || model.mode == "responses" {
            model.outputModalities = ["text"]
        }
    }

    private static func inferredInput(_ model: Model) -> [String] {
        guard let mode = model.mode, ["chat", "completion", "responses"].contains(mode) else { return [] }
        var input = ["text"]
        if model.capabilities[.vision] == true { input.append("image") }
        if model.capabilities[.audioInput] == true { input.append("audio") }
        return input.sorted()
    }

    /// The most frequent value; ties go to the larger (for strings, the later in order).
    static func mostCommon<T: Hashable & Comparable>(_ values: [T]) -> T? {
        var counts: [T: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// The model-level facts on which a model's endpoints disagree, with what each endpoint
    /// says and what the precedence above decided; what `modelcat check` lists.
    public static func conflicts(in models: [Model]) -> [FactConflict] {
        var out: [FactConflict] = []
        for model in models {
            func check(_ field: String, _ value: (Endpoint) -> String?, decided: String?) {
                var values: [String: [String]] = [:]
                for endpoint in model.endpoints {
                    if let v = value(endpoint) { values[v, default: []].append(endpoint.key.description) }
                }
                guard values.count > 1 else { return }
                out.append(FactConflict(model: model.id, field: field, values: values.mapValues { $0.sorted() }, decided: decided))
            }
            check("context_length", { $0.contextLength.map(String.init) }, decided: model.contextLength.map(String.init))
            check("max_output_tokens", { $0.maxOutputTokens.map(String.init) }, decided: model.maxOutputTokens.map(String.init))
            check("mode", { $0.mode }, decided: model.mode)
        }
        return out
    }
}

/// Endpoints of one model disagreeing about a model-level fact.
public struct FactConflict: Hashable, Sendable, CustomStringConvertible {
    /// The model whose endpoints disagree.
    public var model: ModelID
    /// The fact, as named in the JSON catalog (`context_length`, `max_output_tokens`, `mode`).
    public var field: String
    /// Each value and the endpoints (`provider:id`) giving it.
    public var values: [String: [String]]
    /// The model-level value the precedence decided.
    public var decided: String?

    /// One line: the model, the field, the decided value and the competing values with their endpoint counts.
    public var description: String {
        let listed = values.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value.count) endpoint\($0.value.count == 1 ? "" : "s"), e.g. \($0.value[0]))" }
        return "\(model): \(field) decided \(decided ?? "none") among \(listed.joined(separator: ", "))"
    }
}
