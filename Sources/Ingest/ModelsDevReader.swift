import Foundation
import ModelCatalog

/// Reads the models.dev data tree: `providers/<id>/provider.toml`, one TOML per model under
/// `providers/<id>/models/` (the model id is the path below `models/` without `.toml`, nested
/// folders included), and shared model facts under `models/<lab>/<id>.toml`.
///
/// - A model file with `base_model = "<lab>/<id>"` inherits every fact it does not set from
///   `models/<lab>/<id>.toml` (tables merge key by key; `base_model_omit` lists key paths not inherited).
/// - Alias symlinks (a ``Snapshot/File`` with `linkTarget`, or a checkout without symlink support
///   where the file's whole content is the relative target path) resolve within the snapshot, relative
///   to the link's folder; a link whose target is not in the snapshot is skipped, counted and warned
///   with both file names.
/// - Prices are USD per 1M tokens, divided by 1,000,000 exactly: `cost{input, output, cache_read,
///   cache_write, reasoning, input_audio, output_audio}`, `[[cost.tiers]]` (rates for requests above
///   `tier.size` input tokens), and `experimental.modes.<mode>.cost` as service tier `<mode>`.
/// - Strict: every key the reader does not know (a typo such as `cached_input`) is a warning with its file and key path.
public struct ModelsDevReader: ListingReader {
    public static let format = ListingFormat.modelsDev

    /// Keys of a model file (provider model or shared base model) the reader understands.
    public static let modelKeys: Set<String> = [
        "name", "family", "release_date", "last_updated", "attachment", "reasoning", "temperature", "tool_call",
        "structured_output", "knowledge", "open_weights", "status", "limit", "modalities", "cost", "base_model",
        "base_model_omit", "reasoning_options", "interleaved", "provider", "experimental", "benchmarks", "license",
        "links", "weights", "description",
    ]
    /// Keys of `provider.toml`.
    public static let providerKeys: Set<String> = ["name", "env", "npm", "doc", "api"]
    /// Price keys of a `cost` table (USD per 1M tokens) and the component each fills.
    public static let costComponents: [String: PriceComponent] = [
        "input": .prompt, "output": .completion, "cache_read": .inputCacheRead, "cache_write": .inputCacheWrite,
        "reasoning": .internalReasoning, "input_audio": .audio, "output_audio": .audioOutput,
        "citation": PriceComponent("citation_token"),
    ]
    /// `cost` keys whose unit models.dev does not document: reported, not read.
    static let undocumentedCostKeys: Set<String> = ["image", "request"]
    static let limitKeys: Set<String> = ["context", "input", "output"]
    static let modalityKeys: Set<String> = ["input", "output"]
    static let providerSectionKeys: Set<String> = ["npm", "api", "shape", "body", "headers"]

    /// A reader.
    public init() {}

    /// Reads the tree; the snapshot's files may sit under a common folder (such as `sources/models.dev/`).
    public func read(_ snapshot: Snapshot) throws(DiagnosticsError) -> ReadResult {
        var tree = ModelsDevTree(snapshot: snapshot)
        return try tree.read()
    }
}
