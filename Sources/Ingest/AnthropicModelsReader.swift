import Foundation
import ModelCatalog

/// Reads Anthropic's model list, `GET /v1/models`: pages of `{"data": [{type: "model", id,
/// display_name, created_at}], "has_more", "first_id", "last_id"}`. A snapshot is the pages in
/// order; a repeated id is skipped and reported, and a last page with `has_more: true` is a
/// warning (the listing was cut short).
///
/// The list carries no prices: entries have empty pricing (provider = the source id), joined
/// later with a hand-written price table. `created_at` is the model's release date.
public struct AnthropicModelsReader: ListingReader {
    public static let format = ListingFormat.anthropic

    /// Keys of a model object the reader understands.
    public static let knownKeys: Set<String> = ["type", "id", "display_name", "created_at", "max_input_tokens", "max_tokens", "capabilities"]
    static let pageKeys: Set<String> = ["has_more", "first_id", "last_id"]

    /// A reader.
    public init() {}

    /// Reads every page file of the snapshot in order.
    public func read(_ snapshot: Snapshot) throws(DiagnosticsError) -> ReadResult {
        var log = DiagnosticLog()
        let listing = PagedListing(snapshot, itemsKey: "data", pageKeys: Self.pageKeys, allowBareArray: false, &log)
        var result = ReadResult(recordCount: listing.recordCount)
        for (index, page) in listing.pages.enumerated() {
            guard let top = page.top else { continue }
            let hasMore = top.bool("has_more", &log)
            _ = top.string("first_id", &log)
            _ = top.string("last_id", &log)
            if index == listing.pages.count - 1, hasMore == true {
                log.warnings.append(.warning(page.file, at: "has_more", "the last page says more models follow; the listing is incomplete"))
            }
        }
        PagedListing.collect(listing, idKey: "id", into: &result, &log) { model, id, log in
            model.warnUnknownKeys(known: Self.knownKeys, &log)
            if let type = model.string("type", &log), type != "model" { return nil }
            var entry = ListingEntry(provider: snapshot.sourceID, providerModelID: id, sourceKey: id, provenance: Provenance(source: snapshot.sourceID, file: model.file, keyPath: model.path))
            entry.name = model.string("display_name", &log)
            entry.releaseDate = model.string("created_at", &log).map { String($0.prefix(10)) }
            entry.maxInputTokens = model.integer("max_input_tokens", &log)
            entry.contextLength = entry.maxInputTokens
            entry.maxOutputTokens = model.integer("max_tokens", &log)
            _ = model.object("capabilities", &log)
            entry.mode = "chat"
            return entry
        }
        if !log.errors.isEmpty { throw DiagnosticsError(log.errors) }
        result.warnings = log.warnings
        return result
    }
}
