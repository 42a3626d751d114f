import Foundation
import ModelCatalog

/// Reads a gateway's model list, `GET /api/v1/models`: `{"data": [{id, canonical_slug, name,
/// context_length, architecture, pricing, top_provider, supported_parameters, ...}]}` with
/// prices as decimal strings in USD per token.
///
/// Each model becomes one entry served by the gateway itself (provider = the source id).
/// Several files are read in order as pages; an id seen on an earlier page is skipped and reported.
/// Fields were added over time, so a missing field is normal; an unknown one is a warning.
public struct GatewayModelsReader: ListingReader {
    public static let format = ListingFormat.gateway

    /// Keys of a model object the reader understands (read, or ignored on purpose).
    public static let knownKeys: Set<String> = [
        "id", "canonical_slug", "hugging_face_id", "name", "created", "description", "context_length",
        "architecture", "pricing", "top_provider", "per_request_limits", "supported_parameters",
        "default_parameters", "supported_voices", "knowledge_cutoff", "expiration_date", "links",
    ]
    static let architectureKeys: Set<String> = ["modality", "input_modalities", "output_modalities", "tokenizer", "instruct_type"]
    static let topProviderKeys: Set<String> = ["context_length", "max_completion_tokens", "is_moderated"]

    /// A reader.
    public init() {}

    /// Reads every page file of the snapshot in order.
    public func read(_ snapshot: Snapshot) throws(DiagnosticsError) -> ReadResult {
        var result = ReadResult()
        var log = DiagnosticLog()
        var seen: [String: String] = [:]
        for file in snapshot.files {
            guard let items = Self.dataArray(file, &log) else { continue }
            result.recordCount += items.count
            for (index, item) in items.enumerated() {
                let path = "data[\(index)]"
                guard let object = item.objectValue else {
                    log.errors.append(.error(file.path, at: path, "expected an object describing a model, found \(item.typeName)"))
                    continue
                }
                let model = JSONObjectReader(file: file.path, path: path, object: object)
                let errorCount = log.errors.count
                guard let id = model.string("id", &log), !id.isEmpty else {
                    if log.errors.count == errorCount { result.skip("no id") }
                    continue
                }
                if let earlier = seen[id] {
                    result.skip("duplicate id (listed again on a later page)")
                    log.warnings.append(.warning(file.path, at: path, "duplicate of '\(id)' at \(earlier); skipped"))
                    continue
                }
                seen[id] = "\(file.path): \(path)"
                let entry = Self.entry(model, id: id, source: snapshot.sourceID, &log)
                if log.errors.count == errorCount { result.entries.append(entry) }
            }
        }
        if !log.errors.isEmpty { throw DiagnosticsError(log.errors) }
        result.warnings = log.warnings
        return result
    }

    /// The `data` array of one page, or nil (with an error) when the page has none.
    static func dataArray(_ file: Snapshot.File, _ log: inout DiagnosticLog) -> [JSONValue]? {
        let root: JSONValue
        do { root = try JSONValue.parse(file.data, file: file.path, warnings: &log.warnings) } catch { log.errors.append(error); return nil }
        guard let top = root.objectValue else {
            log.errors.append(.error(file.path, "expected {\"data\": [...]}, found \(root.typeName)"))
            return nil
        }
        guard let data = top["data"] else {
            log.errors.append(.error(file.path, at: "data", "missing; expected the array of models"))
            return nil
        }
        guard let items = data.arrayValue else {
            log.errors.append(.error(file.path, at: "data", "expected an array of models, found \(data.typeName)"))
            return nil
        }
        for key in top.keys.sorted() where key != "data" {
            log.warnings.append(.warning(file.path, at: key, "unknown key; not read"))
        }
        return items
    }

    static func entry(_ model: JSONObjectReader, id: String, source: String, _ log: inout DiagnosticLog) -> ListingEntry {
        var entry = ListingEntry(provider: source, providerModelID: id, sourceKey: id, provenance: Provenance(source: source, file: model.file, keyPath: model.path))
        model.warnUnknownKeys(known: knownKeys, &log)
        entry.canonicalHint = model.string("canonical_slug", &log)
        entry.name = model.string("name", &log)
        entry.description = model.string("description", &log)
        entry.contextLength = model.integer("context_length", &log)
        entry.knowledgeCutoff = model.string("knowledge_cutoff", &log)
        entry.deprecationDate = model.string("expiration_date", &log)
        _ = model.integer("created", &log)
        _ = model.string("hugging_face_id", &log)
        entry.mode = "chat"
        if let architecture = model.object("architecture", &log) {
            architecture.warnUnknownKeys(known: architectureKeys, &log)
            entry.inputModalities = architecture.strings("input_modalities", &log) ?? []
            entry.outputModalities = architecture.strings("output_modalities", &log) ?? []
            _ = architecture.string("modality", &log)
        }
        if let pricing = model.object("pricing", &log) {
            GatewayPricing.read(pricing, into: &entry.pricing, &log)
        }
        if let top = model.object("top_provider", &log) {
            top.warnUnknownKeys(known: topProviderKeys, &log)
            if entry.contextLength == nil { entry.contextLength = top.integer("context_length", &log) } else { _ = top.integer("context_length", &log) }
            entry.maxOutputTokens = top.integer("max_completion_tokens", &log)
            _ = top.bool("is_moderated", &log)
        }
        entry.supportedParameters = model.strings("supported_parameters", &log) ?? []
        applyCapabilities(&entry)
        return entry
    }

    /// Capabilities a gateway listing implies: its supported parameters and input modalities.
    /// Only what is listed is set; an absent parameter leaves the capability unknown.
    static func applyCapabilities(_ entry: inout ListingEntry) {
        let parameters = Set(entry.supportedParameters)
        if parameters.contains("tools") { entry.capabilities[.tools] = true }
        if parameters.contains("tool_choice") { entry.capabilities[.toolChoice] = true }
        if parameters.contains("structured_outputs") { entry.capabilities[.structuredOutputs] = true }
        if parameters.contains("reasoning") || parameters.contains("include_reasoning") { entry.capabilities[.reasoning] = true }
        let inputs = Set(entry.inputModalities)
        if inputs.contains("image") { entry.capabilities[.vision] = true }
        if inputs.contains("audio") { entry.capabilities[.audioInput] = true }
        if inputs.contains("file") { entry.capabilities[.pdfInput] = true }
        if inputs.contains("video") { entry.capabilities[.videoInput] = true }
    }
}
