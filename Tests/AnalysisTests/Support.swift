import Foundation
import ModelCatalog

/// Shorthands for building test prices from exact decimal text.
func dec(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? Decimal.nan
}

/// An endpoint with the given facts, for planner and comparison tests.
func endpoint(
    _ provider: String, _ id: String, prompt: String?, completion: String?, context: Int? = nil, maxOutput: Int? = nil,
    capabilities: [Capability: Bool] = [:], quantization: String? = nil, status: String? = nil
) -> Endpoint {
    var entry = ListingEntry(provider: provider, providerModelID: id, sourceKey: id, provenance: Provenance(source: "test", file: "test.json", keyPath: id))
    entry.pricing[.prompt] = prompt.map(dec)
    entry.pricing[.completion] = completion.map(dec)
    entry.contextLength = context
    entry.maxOutputTokens = maxOutput
    entry.capabilities = capabilities
    entry.quantization = quantization
    entry.status = status
    return Endpoint(entry: entry)
}

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shared LiteLLM snapshots beside the repository, or nil when absent.
var sharedLiteLLMFolder: URL? {
    let candidates = [
        repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/litellm"),
        URL(fileURLWithPath: "/work/shared/data/litellm"),
    ]
    return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("litellm-1.90.0.json").path) }
}
