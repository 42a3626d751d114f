import Foundation
import ModelCatalog

/// Reads Google Gemini's `models.list`: pages of `{"models": [{name: "models/gemini-2.5-pro",
/// baseModelId, version, displayName, description, inputTokenLimit, outputTokenLimit,
/// supportedGenerationMethods, temperature, maxTemperature, topP, topK, thinking}],
/// "nextPageToken"}`. A snapshot is the pages in order; a repeated name is skipped and reported,
/// and a last page with a `nextPageToken` is a warning (the listing was cut short).
///
/// The provider model id is the name without `models/`. The list carries no prices: entries have
/// empty pricing (provider = the source id), joined later with a hand-written price table.
public struct GeminiModelsReader: ListingReader {
    public static let format = ListingFormat.gemini

    /// Keys of a model object the reader understands.
    public static let knownKeys: Set<String> = [
        "name", "baseModelId", "version", "displayName", "description", "inputTokenLimit", "outputTokenLimit",
        "supportedGenerationMethods", "temperature", "maxTemperature", "topP", "topK", "thinking",
    ]
    static let pageKeys: Set<String> = ["nextPageToken"]

    /// A reader.
    public init() {}

    /// Reads every page file of the snapshot in order.
    public func read(_ snapshot: Snapshot) throws(DiagnosticsError) -> ReadResult {
        var log = DiagnosticLog()
        let listing = PagedListing(snapshot, itemsKey: "models", pageKeys: Self.pageKeys, allowBareArray: false, &log)
        var result = ReadResult(recordCount: listing.recordCount)
        for (index, page) in listing.pages.enumerated() {
            guard let top = page.top else { continue }
            let token = top.string("nextPageToken", &log)
            if index == listing.pages.count - 1, let token, !token.isEmpty {
                log.warnings.append(.warning(page.file, at: "nextPageToken", "the last page has a next page token; the listing is incomplete"))
            }
        }
        PagedListing.collect(listing, idKey: "name", into: &result, &log) { model, name, log in
            model.warnUnknownKeys(known: Self.knownKeys, &log)
            let id = name.hasPrefix("models/") ? String(name.dropFirst("models/".count)) : name
            var entry = ListingEntry(provider: snapshot.sourceID, providerModelID: id, sourceKey: name, provenance: Provenance(source: snapshot.sourceID, file: model.file, keyPath: model.path))
            entry.canonicalHint = model.string("baseModelId", &log)
            _ = model.string("version", &log)
            entry.name = model.string("displayName", &log)
            entry.description = model.string("description", &log)
            entry.maxInputTokens = model.integer("inputTokenLimit", &log)
            entry.contextLength = entry.maxInputTokens
            entry.maxOutputTokens = model.integer("outputTokenLimit", &log)
            let methods = model.strings("supportedGenerationMethods", &log) ?? []
            entry.supportedParameters = methods
            if methods.contains("generateContent") {
                entry.mode = "chat"
            } else if methods.contains("embedContent") || methods.contains("embedText") {
                entry.mode = "embedding"
            } else if methods.contains("predict") {
                entry.mode = "image_generation"
            }
            for key in ["temperature", "maxTemperature", "topP"] { _ = model.number(key, &log) }
            _ = model.integer("topK", &log)
            if let thinking = model.bool("thinking", &log) { entry.capabilities[.reasoning] = thinking }
            return entry
        }
        if !log.errors.isEmpty { throw DiagnosticsError(log.errors) }
        result.warnings = log.warnings
        return result
    }
}
