import Foundation
import ModelCatalog

/// Reads an OpenAI-style model list, `GET /v1/models`: `{"object": "list", "data": [{id, object,
/// created, owned_by}]}`, as served by OpenAI, DeepSeek and xAI, and with extra fields by Groq
/// (`context_window`, `max_completion_tokens`, `active`), Together (a bare array with
/// `context_length`, `display_name`, `pricing{input, output}` in USD per 1M tokens), Fireworks
/// (`context_length`, `supports_*`) and Mistral (`max_context_length`, `capabilities`, `aliases`).
///
/// Entries are served by the source's provider (provider = the source id). Most of these lists
/// carry no prices: their entries have empty pricing, joined later with a hand-written price table.
/// Several files are pages read in order (`has_more`, `first_id`, `last_id`); an id repeated on a
/// later page is skipped and reported.
public struct OpenAIModelsReader: ListingReader {
    public static let format = ListingFormat.openai

    /// Keys of a model object the reader understands, across the providers serving this shape.
    public static let knownKeys: Set<String> = [
        "id", "object", "created", "owned_by", "root", "parent", "permission",
        // Groq
        "context_window", "active", "max_completion_tokens", "public_apps",
        // Together
        "type", "running", "display_name", "organization", "link", "license", "context_length", "config", "pricing",
        // Fireworks
        "kind", "supports_chat", "supports_image_input", "supports_tools",
        // Mistral
        "name", "description", "max_context_length", "aliases", "deprecation", "deprecation_replacement_model",
        "default_model_temperature", "capabilities",
    ]
    static let pageKeys: Set<String> = ["object", "has_more", "first_id", "last_id"]
    static let togetherPriceKeys: Set<String> = ["input", "output", "hourly", "base", "finetune"]
    static let mistralCapabilities: [String: Capability?] = [
        "completion_chat": nil, "completion_fim": Capability("fim"), "function_calling": .tools, "vision": .vision,
        "fine_tuning": Capability("fine_tuning"), "classification": Capability("classification"),
        "ocr": Capability("ocr"), "audio": .audioInput, "moderation": Capability("moderation"),
    ]
    static let togetherModes: [String: String] = [
        "chat": "chat", "language": "completion", "code": "completion", "embedding": "embedding", "image": "image_generation",
        "moderation": "moderation", "rerank": "rerank", "audio": "audio_speech", "transcribe": "audio_transcription",
    ]

    /// A reader.
    public init() {}

    /// Reads every page file of the snapshot in order.
    public func read(_ snapshot: Snapshot) throws(DiagnosticsError) -> ReadResult {
        var log = DiagnosticLog()
        let listing = PagedListing(snapshot, itemsKey: "data", pageKeys: Self.pageKeys, allowBareArray: true, &log)
        var result = ReadResult(recordCount: listing.recordCount)
        PagedListing.collect(listing, idKey: "id", into: &result, &log) { model, id, log in
            Self.entry(model, id: id, source: snapshot.sourceID, &log)
        }
        if !log.errors.isEmpty { throw DiagnosticsError(log.errors) }
        result.warnings = log.warnings
        return result
    }

    static func entry(_ model: JSONObjectReader, id: String, source: String, _ log: inout DiagnosticLog) -> ListingEntry? {
        model.warnUnknownKeys(known: knownKeys, &log)
        var entry = ListingEntry(provider: source, providerModelID: id, sourceKey: id, provenance: Provenance(source: source, file: model.file, keyPath: model.path))
        _ = model.integer("created", &log)
        _ = model.string("owned_by", &log)
        entry.name = model.string("display_name", &log) ?? model.string("name", &log)
        entry.description = model.string("description", &log)
        entry.contextLength = model.integer("context_window", &log) ?? model.integer("context_length", &log) ?? model.integer("max_context_length", &log)
        entry.maxOutputTokens = model.integer("max_completion_tokens", &log)
        if model.bool("active", &log) == false { entry.status = "inactive" }
        if let type = model.string("type", &log), let mode = togetherModes[type] { entry.mode = mode }
        if let deprecation = model.string("deprecation", &log) { entry.deprecationDate = String(deprecation.prefix(10)) }
        entry.successor = model.string("deprecation_replacement_model", &log)
        if model.bool("supports_tools", &log) == true { entry.capabilities[.tools] = true }
        if model.bool("supports_image_input", &log) == true { entry.capabilities[.vision] = true }
        if model.bool("supports_chat", &log) == true { entry.mode = "chat" }
        if let capabilities = model.object("capabilities", &log) {
            capabilities.warnUnknownKeys(known: Set(mistralCapabilities.keys), &log)
            for (key, capability) in mistralCapabilities {
                guard let flag = capabilities.bool(key, &log) else { continue }
                if let capability { entry.capabilities[capability] = flag } else if flag { entry.mode = "chat" }
            }
        }
        if let pricing = model.object("pricing", &log) {
            pricing.warnUnknownKeys(known: togetherPriceKeys, &log)
            for (key, component) in [("input", PriceComponent.prompt), ("output", .completion)] {
                guard let perMillion = pricing.number(key, &log) else { continue }
                guard perMillion >= 0 else {
                    log.warnings.append(.warning(model.file, at: pricing.keyPath(key), "negative price means unknown; not read"))
                    continue
                }
                entry.pricing[component] = perMillion / 1_000_000
            }
        }
        return entry
    }
}
