import Foundation
import ModelCatalog

/// A synthetic catalog folder in the real input format, at any scale, for benchmarks:
/// `catalog.toml`, a LiteLLM-format snapshot with each model served by 1-8 endpoints at
/// real provider ids (with regional and version variants), a ~300-word Markdown note per
/// model (lists, code, links to other notes), tiered prices on some endpoints, two history
/// recordings, and the shipped `aliases.toml`. The same seed gives the same bytes.
public struct SyntheticCatalog: Sendable {
    /// How many models.
    public var models: Int
    /// The seed of the generator.
    public var seed: UInt64
    /// The `aliases.toml` to copy (the shipped catalog's), or nil for none.
    public var aliases: Data?

    /// A generator of `models` models from `seed`, with the identity rules of `aliases`.
    public init(models: Int, seed: UInt64 = 42, aliases: Data? = nil) {
        self.models = models
        self.seed = seed
        self.aliases = aliases
    }

    /// Makers: the path segment providers use and the canonical author it resolves to.
    static let makers: [(path: String, author: String, family: String)] = [
        ("meta-llama", "meta-llama", "llama"), ("mistralai", "mistralai", "mistral"), ("qwen", "qwen", "qwen"),
        ("deepseek-ai", "deepseek", "deepseek"), ("google", "google", "gemma"), ("microsoft", "microsoft", "phi"),
        ("nvidia", "nvidia", "nemotron"), ("zai-org", "z-ai", "glm"), ("minimaxai", "minimax", "minimax"),
        ("moonshotai", "moonshotai", "kimi"), ("cohere", "cohere", "command"), ("ai21", "ai21", "jamba"),
    ]
    /// Providers whose model ids are `org/model` paths (`organization_path_providers` in aliases.toml).
    static let providers = [
        "together_ai", "deepinfra", "novita", "openrouter", "vercel_ai_gateway", "nebius", "fireworks_ai", "hyperbolic", "baseten", "sambanova",
        "featherless_ai", "nscale", "scaleway", "lambda_ai", "siliconflow", "parasail",
    ]
    static let variants = ["instruct", "chat", "base", "coder", "vision", "turbo", "lite", "pro"]
    static let prices = ["0.02", "0.05", "0.08", "0.1", "0.15", "0.2", "0.25", "0.3", "0.4", "0.5", "0.6", "0.8", "0.9", "1", "1.25", "2", "2.5", "3", "5", "10"]
    static let contexts = [8_192, 32_768, 65_536, 131_072, 200_000, 262_144, 1_048_576]

    /// One synthetic model: its canonical id parts and the endpoints that serve it.
    struct SynthModel {
        var maker: (path: String, author: String, family: String)
        var slug: String
        var displayName: String
        var context: Int
        var endpoints: [SynthEndpoint]
        var vision: Bool
        var reasoning: Bool
        /// The canonical id the resolve stage gave it (known once the snapshot is written).
        var id: ModelID?
    }

    struct SynthEndpoint {
        var key: String
        var provider: String
        var prompt: Decimal
        var completion: Decimal
        var cacheRead: Decimal?
        var tiered: Bool
        var maxOutput: Int
    }

    /// Writes the catalog folder at `folder` (created; existing files are overwritten).
    /// History is recorded from an older snapshot, then the current one.
    public func write(to folder: URL) throws(DiagnosticsError) {
        let fileManager = FileManager.default
        var catalogModels = makeModels()
        do {
            try? fileManager.removeItem(at: folder.appendingPathComponent("history"))
            for sub in ["sources", "notes", "history"] {
                try fileManager.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            }
            try Data(catalogTOML(label: "synthetic 1").utf8).write(to: folder.appendingPathComponent("catalog.toml"))
            if let aliases { try aliases.write(to: folder.appendingPathComponent("aliases.toml")) }
            // History: an older snapshot (fewer models, other prices), recorded; then the current one.
            try snapshot(catalogModels, older: true).write(to: folder.appendingPathComponent("sources/litellm.json"))
        } catch {
            throw DiagnosticsError([.error(folder.path, "could not write the synthetic catalog: \(error.localizedDescription)")])
        }
        let recorder = HistoryRecorder(catalogFolder: folder)
        _ = try recorder.record(label: "synthetic 1", date: "2025-01-15")
        do {
            try Data(catalogTOML(label: "synthetic 2").utf8).write(to: folder.appendingPathComponent("catalog.toml"))
            try snapshot(catalogModels, older: false).write(to: folder.appendingPathComponent("sources/litellm.json"))
        } catch {
            throw DiagnosticsError([.error(folder.path, "could not write the synthetic snapshot: \(error.localizedDescription)")])
        }
        _ = try recorder.record(label: "synthetic 2", date: "2025-06-01")
        // Notes are named by canonical id: ask the resolve stage what each model became.
        let (resolved, _, _) = try BuildPipeline(catalogFolder: folder, templatesFolder: folder).loadCatalog()
        var idOfKey: [String: ModelID] = [:]
        for model in resolved.models {
            for endpoint in model.endpoints { idOfKey[endpoint.sourceKey] = model.id }
        }
        for index in catalogModels.indices {
            if let id = catalogModels[index].endpoints.lazy.compactMap({ idOfKey[$0.key] }).first { catalogModels[index].id = id }
        }
        do {
            var authorsMade: Set<String> = []
            let linked = catalogModels.filter { $0.id != nil }
            for (index, model) in catalogModels.enumerated() {
                guard let id = model.id else { continue }
                let authorFolder = folder.appendingPathComponent("notes/\(id.author)")
                if authorsMade.insert(id.author).inserted {
                    try fileManager.createDirectory(at: authorFolder, withIntermediateDirectories: true)
                }
                try Data(note(model, index: index, linked: linked).utf8).write(to: authorFolder.appendingPathComponent("\(id.slug).md"))
            }
        } catch {
            throw DiagnosticsError([.error(folder.path, "could not write the synthetic notes: \(error.localizedDescription)")])
        }
    }

    func catalogTOML(label: String) -> String {
        """
        # A synthetic catalog written by `modelcat synth --models \(models) --seed \(seed)`, for benchmarks.

        [site]
        title = "modelcat synthetic"
        base_url = "https://synthetic.modelcat.example.org/"
        repository = "https://github.com/modelcat/modelcat"
        branch = "main"

        [[sources]]
        id = "litellm"
        format = "litellm"
        url = "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json"
        snapshot = "sources/litellm.json"
        label = "\(label)"

        """
    }

    /// The models, deterministic for the seed.
    func makeModels() -> [SynthModel] {
        var random = SplitMix64(seed: seed)
        var result: [SynthModel] = []
        result.reserveCapacity(models)
        for index in 0..<models {
            let maker = Self.makers[random.next(Self.makers.count)]
            let generation = 1 + random.next(4)
            let minor = random.next(10)
            let size = [1, 3, 7, 8, 14, 32, 70, 72, 110, 235, 405][random.next(11)]
            let variant = Self.variants[random.next(Self.variants.count)]
            let slug = "\(maker.family)-\(generation).\(minor)-\(size)b-\(variant)-s\(index)"
            let name = "\(maker.family.capitalized) \(generation).\(minor) \(size)B \(variant.capitalized) #\(index)"
            let context = Self.contexts[random.next(Self.contexts.count)]
            let endpointCount = 1 + random.next(8)
            var providers = Self.providers
            var endpoints: [SynthEndpoint] = []
            let base = Decimal(string: Self.prices[random.next(Self.prices.count)]) ?? 1
            for _ in 0..<endpointCount {
                let provider = providers.remove(at: random.next(providers.count))
                // Provider model ids: `org/Model-Name`, some with a version or deployment suffix.
                let shown = "\(maker.family.capitalized)-\(generation).\(minor)-\(size)B-\(variant.capitalized)-s\(index)"
                var key = "\(provider)/\(maker.path)/\(shown)"
                var litellmProvider = provider
                switch random.next(8) {
                case 0: key += "-v1:0"  // a version suffix the rewrite rules strip
                case 1 where provider == "openrouter": key += ":free"
                case 2:
                    // A cloud marketplace with a regional deployment prefix: `bedrock/eu.maker.model-v1:0`.
                    let region = ["us.", "eu.", "apac.", "global."][random.next(4)]
                    key = "bedrock/\(region)\(maker.path).\(shown.lowercased())-v1:0"
                    litellmProvider = "bedrock_converse"
                default: break
                }
                if endpoints.contains(where: { $0.key == key }) { continue }
                let spread = Decimal(80 + random.next(60)) / 100
                let prompt = base * spread / 1_000_000
                let completion = prompt * Decimal(2 + random.next(4))
                let cacheRead = random.next(3) == 0 ? prompt / 10 : nil
                let tiered = context >= 200_000 && random.next(3) == 0
                endpoints.append(
                    SynthEndpoint(
                        key: key, provider: litellmProvider, prompt: prompt, completion: completion, cacheRead: cacheRead, tiered: tiered,
                        maxOutput: min(context, [4_096, 8_192, 16_384, 32_768][random.next(4)])))
            }
            endpoints.sort { $0.key < $1.key }
            result.append(
                SynthModel(
                    maker: maker, slug: slug, displayName: name, context: context, endpoints: endpoints, vision: random.next(3) == 0,
                    reasoning: random.next(4) == 0))
        }
        return result
    }

    /// The LiteLLM snapshot. `older` leaves out every tenth model and prices some endpoints higher.
    func snapshot(_ models: [SynthModel], older: Bool) -> Data {
        var text = "{\n  \"sample_spec\": {\"litellm_provider\": \"openai\", \"mode\": \"chat\"}"
        for (index, model) in models.enumerated() {
            if older && index % 10 == 9 { continue }
            for (number, endpoint) in model.endpoints.enumerated() {
                let raise: Decimal = older && (index + number) % 7 == 0 ? Decimal(string: "1.25") ?? 1 : 1
                var fields: [String] = [
                    "\"litellm_provider\": \"\(endpoint.provider)\"",
                    "\"mode\": \"chat\"",
                    "\"max_input_tokens\": \(model.context)",
                    "\"max_tokens\": \(endpoint.maxOutput)",
                    "\"max_output_tokens\": \(endpoint.maxOutput)",
                    "\"input_cost_per_token\": \(endpoint.prompt * raise)",
                    "\"output_cost_per_token\": \(endpoint.completion * raise)",
                    "\"supports_function_calling\": \(index % 2 == 0)",
                    "\"supports_tool_choice\": \(index % 2 == 0)",
                    "\"supports_response_schema\": \(index % 3 == 0)",
                    "\"supports_vision\": \(model.vision)",
                    "\"supports_reasoning\": \(model.reasoning)",
                ]
                if let cacheRead = endpoint.cacheRead {
                    fields.append("\"cache_read_input_token_cost\": \(cacheRead)")
                    fields.append("\"supports_prompt_caching\": true")
                }
                if endpoint.tiered {
                    fields.append("\"input_cost_per_token_above_128k_tokens\": \(endpoint.prompt * 2)")
                    fields.append("\"output_cost_per_token_above_128k_tokens\": \(endpoint.completion * 2)")
                }
                text += ",\n  \"\(endpoint.key)\": {" + fields.joined(separator: ", ") + "}"
            }
        }
        text += "\n}\n"
        return Data(text.utf8)
    }

    /// A note of about 300 words: front matter, paragraphs, a list, a code block and links to
    /// other models' notes (`linked`: the models with a canonical id).
    func note(_ model: SynthModel, index: Int, linked: [SynthModel]) -> String {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        let id = model.id?.description ?? model.slug
        let peers = (0..<3).map { _ in linked[random.next(linked.count)] }
        func link(_ peer: SynthModel) -> String { "[\(peer.displayName)](/models/\(peer.id?.description ?? "")/)" }
        let providers = model.endpoints.map(\.provider).joined(separator: ", ")
        let fillers = [
            "Throughput depends on the provider's hardware and batch size, so the same weights can feel quite different from one endpoint to the next.",
            "Prices here are per million tokens and come from the snapshot; check the provider's own pricing page before committing to a large workload.",
            "Long prompts benefit from prompt caching where a provider offers it, which cuts the input price of repeated prefixes by up to ninety percent.",
            "Quantized deployments trade a little quality for speed and price; the endpoint table names the quantization when the listing states it.",
            "For structured outputs, prefer endpoints that list response schema support rather than relying on instructions in the prompt alone.",
            "Evaluations published by the maker use their own harness, and independent reproductions often land a few points lower on the same benchmarks.",
        ]
        var body = """
            +++
            description = "\(model.displayName), a synthetic \(model.maker.family) model with a \(model.context / 1024)K context, served by \(model.endpoints.count) provider\(model.endpoints.count == 1 ? "" : "s")."
            tags = ["synthetic", "\(model.maker.family)"]
            release_date = 2025-0\(1 + index % 9)-1\(index % 10)
            +++

            \(model.displayName) is a \(model.maker.family) model published by \(model.maker.author). It accepts up to \(model.context) tokens of context and is served here by \(providers). This note was generated for benchmarks, with the length and structure of the hand-written notes of the shipped catalog.

            \(fillers[random.next(fillers.count)]) \(fillers[random.next(fillers.count)])

            ## Strengths

            - General chat and instruction following at its size class, compared with \(link(peers[0])).
            - Tool calling\(model.reasoning ? " and an optional reasoning mode" : "") for agent loops with short, well-formed arguments.
            - \(model.vision ? "Image input for charts, screenshots and documents." : "Text only: no image or audio input.")
            - Predictable pricing across providers: see the endpoints table above for the cheapest route.

            ## Example request

            ```json
            {"model": "\(model.endpoints.first?.key ?? id)", "messages": [{"role": "user", "content": "Summarize this page."}], "max_tokens": 512}
            ```

            ## When to choose another model

            If the context window is the constraint, \(link(peers[1])) offers a different trade-off; for lower prices at a similar quality, compare it with \(link(peers[2])). \(fillers[random.next(fillers.count)])

            \(fillers[random.next(fillers.count)]) \(fillers[random.next(fillers.count)]) Read the provider's data policy on its page in this directory before sending sensitive prompts.

            """
        body += "\n"
        return body
    }
}

/// A small deterministic random number generator (SplitMix64), the same on every platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound` (`bound` > 0).
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return Int(value % UInt64(max(bound, 1)))
    }
}
