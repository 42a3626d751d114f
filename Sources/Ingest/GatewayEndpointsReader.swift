import Foundation
import ModelCatalog

/// Reads a gateway's per-model endpoints lists, `GET /api/v1/models/{author}/{slug}/endpoints`:
/// `{"data": {id, name, architecture, endpoints: [{provider_name, tag, context_length, pricing, ...}]}}`.
///
/// Each endpoint is one record and one entry: provider = the tag's provider part (`deepinfra` of
/// `deepinfra/fp8`, else the normalized `provider_name`), provider model id = the gateway model id,
/// with `@<variant>` appended for a tag variant so each variant stays a separate endpoint.
/// A snapshot is one file per model; an endpoint listed twice is skipped and reported.
/// `pricing.overrides` with `min_prompt_tokens` become input-size tiers (at or above the threshold).
public struct GatewayEndpointsReader: ListingReader {
    public static let format = ListingFormat.gatewayEndpoints

    static let modelKeys: Set<String> = ["id", "name", "created", "description", "architecture", "endpoints"]
    /// Keys of an endpoint object the reader understands (read, or ignored on purpose: live metrics).
    public static let endpointKeys: Set<String> = [
        "name", "model_id", "model_name", "tag", "provider_name", "context_length", "max_completion_tokens",
        "max_prompt_tokens", "quantization", "pricing", "supported_parameters", "supports_implicit_caching", "status",
        "uptime_last_5m", "uptime_last_30m", "uptime_last_1d", "latency_last_30m", "throughput_last_30m",
        "native_tools", "perf_last_30m_by_workload",
    ]
    static let overrideKeys: Set<String> = ["min_prompt_tokens", "utc_start", "utc_end"]

    /// A reader.
    public init() {}

    /// Reads every file of the snapshot, one model's endpoints each.
    public func read(_ snapshot: Snapshot) throws(DiagnosticsError) -> ReadResult {
        var result = ReadResult()
        var log = DiagnosticLog()
        var seen: [EndpointKey: String] = [:]
        for file in snapshot.files {
            let root: JSONValue
            do { root = try JSONValue.parse(file.data, file: file.path, warnings: &log.warnings) } catch { log.errors.append(error); continue }
            guard let top = root.objectValue else {
                log.errors.append(.error(file.path, "expected {\"data\": {...}}, found \(root.typeName)"))
                continue
            }
            let page = JSONObjectReader(file: file.path, path: "", object: top)
            page.warnUnknownKeys(known: ["data"], &log)
            guard let data = page.object("data", &log) else {
                if top["data"] == nil { log.errors.append(.error(file.path, at: "data", "missing; expected the model with its endpoints")) }
                continue
            }
            data.warnUnknownKeys(known: Self.modelKeys, &log)
            let errorCount = log.errors.count
            let modelID = data.string("id", &log)
            let modelName = data.string("name", &log)
            let description = data.string("description", &log)
            var inputs: [String] = [], outputs: [String] = []
            if let architecture = data.object("architecture", &log) {
                architecture.warnUnknownKeys(known: GatewayModelsReader.architectureKeys, &log)
                inputs = architecture.strings("input_modalities", &log) ?? []
                outputs = architecture.strings("output_modalities", &log) ?? []
            }
            guard let endpoints = data.array("endpoints", &log) else { continue }
            result.recordCount += endpoints.count
            guard log.errors.count == errorCount else { continue }
            guard let modelID, !modelID.isEmpty else {
                for _ in endpoints { result.skip("no model id (data.id)") }
                continue
            }
            for (index, item) in endpoints.enumerated() {
                let path = "data.endpoints[\(index)]"
                guard let object = item.objectValue else {
                    log.errors.append(.error(file.path, at: path, "expected an object describing an endpoint, found \(item.typeName)"))
                    continue
                }
                let endpoint = JSONObjectReader(file: file.path, path: path, object: object)
                let before = log.errors.count
                guard var entry = Self.entry(endpoint, modelID: modelID, source: snapshot.sourceID, &log) else {
                    if log.errors.count == before { result.skip("no provider (neither tag nor provider_name)") }
                    continue
                }
                guard log.errors.count == before else { continue }
                if let earlier = seen[EndpointKey(provider: entry.provider, providerModelID: entry.providerModelID)] {
                    result.skip("duplicate endpoint (listed twice)")
                    log.warnings.append(.warning(file.path, at: path, "duplicate of \(entry.provider):\(entry.providerModelID) at \(earlier); skipped"))
                    continue
                }
                seen[EndpointKey(provider: entry.provider, providerModelID: entry.providerModelID)] = "\(file.path): \(path)"
                entry.name = entry.name ?? modelName
                entry.description = description
                entry.inputModalities = inputs
                entry.outputModalities = outputs
                GatewayModelsReader.applyCapabilities(&entry)
                result.entries.append(entry)
            }
        }
        if !log.errors.isEmpty { throw DiagnosticsError(log.errors) }
        result.warnings = log.warnings
        return result
    }

    static func entry(_ endpoint: JSONObjectReader, modelID: String, source: String, _ log: inout DiagnosticLog) -> ListingEntry? {
        endpoint.warnUnknownKeys(known: endpointKeys, &log)
        let tag = endpoint.string("tag", &log)
        let providerName = endpoint.string("provider_name", &log)
        var provider: String?
        var variant: String?
        if let tag, !tag.isEmpty {
            let parts = tag.split(separator: "/", maxSplits: 1).map(String.init)
            provider = parts.first.flatMap { ModelID.normalizedComponent($0) }
            variant = parts.count > 1 ? parts[1] : nil
        } else if let providerName {
            provider = ModelID.normalizedComponent(providerName)
        }
        guard let provider else { return nil }
        let providerModelID = variant.map { "\(modelID)@\($0)" } ?? modelID
        var entry = ListingEntry(provider: provider, providerModelID: providerModelID, sourceKey: "\(modelID) \(tag ?? provider)", provenance: Provenance(source: source, file: endpoint.file, keyPath: endpoint.path))
        entry.canonicalHint = modelID
        entry.mode = "chat"
        entry.name = endpoint.string("model_name", &log)
        _ = endpoint.string("name", &log)
        _ = endpoint.string("model_id", &log)
        entry.contextLength = endpoint.integer("context_length", &log)
        entry.maxOutputTokens = endpoint.integer("max_completion_tokens", &log)
        entry.maxInputTokens = endpoint.integer("max_prompt_tokens", &log)
        entry.quantization = endpoint.string("quantization", &log)
        entry.supportedParameters = endpoint.strings("supported_parameters", &log) ?? []
        if endpoint.bool("supports_implicit_caching", &log) == true { entry.capabilities[.promptCaching] = true }
        if let status = endpoint.value("status") {
            switch status {
            case .string(let text): entry.status = text
            case .number: break  // a live health code, not a lifecycle status
            default: log.errors.append(endpoint.mismatch("status", expected: "a string or a number", found: status))
            }
        }
        if let pricing = endpoint.object("pricing", &log) {
            GatewayPricing.read(pricing, into: &entry.pricing, &log)
            for (index, item) in (pricing.array("overrides", &log) ?? []).enumerated() {
                let path = "\(pricing.keyPath("overrides"))[\(index)]"
                guard let object = item.objectValue else {
                    log.errors.append(.error(endpoint.file, at: path, "expected an object, found \(item.typeName)"))
                    continue
                }
                let override = JSONObjectReader(file: endpoint.file, path: path, object: object)
                if override.value("utc_start") != nil || override.value("utc_end") != nil {
                    log.warnings.append(.warning(endpoint.file, at: path, "time-limited price override; not read (the standard rates stand)"))
                    continue
                }
                guard let threshold = override.integer("min_prompt_tokens", &log) else {
                    if override.value("min_prompt_tokens") == nil {
                        log.warnings.append(.warning(endpoint.file, at: path, "price override without min_prompt_tokens or utc_start; not read"))
                    }
                    continue
                }
                GatewayPricing.read(override, into: &entry.pricing, tier: PriceTier(inputTokens: threshold, inclusive: true), extraKeys: overrideKeys, &log)
            }
        }
        return entry
    }
}
