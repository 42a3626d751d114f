import Foundation
import ModelCatalog

/// Reads a hand-written provider file, `catalog/providers/<id>.toml`:
///
/// ```toml
/// name = "Groq"
/// website = "https://groq.com/"
/// docs = "https://console.groq.com/docs/overview"
/// pricing_page = "https://groq.com/pricing"
/// status_page = "https://groqstatus.com/"
/// api_base_url = "https://api.groq.com/openai/v1"
/// openai_compatible = true
/// headquarters = "Mountain View, California, US"
/// trains_on_prompts = false                            # data policy, for paid API use
/// retention = "Up to 30 days, for abuse monitoring"    # free text, as the policy words it
/// retention_days = 30                                  # the default upper bound in days; 0 = not stored
/// zero_retention = "on request"                        # "default", "self-serve", "on request", "not offered"
/// description = "..."
/// sources = ["https://console.groq.com/docs/openai"]   # the pages the facts came from
/// checked_on = 2026-11-25                               # when they were read
///
/// [models."llama-3.3-70b-versatile"]     # the provider's own model id
/// model = "meta-llama/llama-3.3-70b-instruct"   # optional: the canonical id, when rules do not find it
/// name = "Llama 3.3 70B Versatile"
/// mode = "chat"
/// context_length = 131072
/// max_output_tokens = 32768
/// source_url = "https://groq.com/pricing"
/// [models."llama-3.3-70b-versatile".per_million]  # USD per 1M tokens, as the pricing page writes them
/// prompt = "0.59"
/// completion = "0.79"
/// ```
///
/// Prices in `per_million` are divided by 1,000,000 exactly (stored per token, as every
/// reader does); write them as strings (`"0.59"`) or numbers. A price left out is unknown.
/// Unknown keys are warnings, wrong types errors; all carry the file and the key path.
public struct ProviderFileReader: Sendable {
    /// The top-level keys of a provider file.
    public static let providerKeys: Set<String> = [
        "name", "website", "docs", "pricing_page", "status_page", "api_base_url", "openai_compatible", "headquarters",
        "trains_on_prompts", "retention", "retention_days", "zero_retention", "description", "sources", "checked_on", "models",
    ]
    /// The keys of a `[models."<id>"]` table.
    public static let modelKeys: Set<String> = [
        "model", "name", "mode", "context_length", "max_input_tokens", "max_output_tokens", "source_url", "per_million", "status",
        "deprecation_date",
    ]
    /// The price components a `per_million` table accepts (all billed per token).
    public static let perMillionComponents: [PriceComponent] = [
        .prompt, .completion, .inputCacheRead, .inputCacheWrite, .inputCacheWrite1h, .internalReasoning, .audio, .audioOutput,
    ]

    /// A reader.
    public init() {}

    /// The provider id of a file path: `providers/groq.toml` → `groq`.
    public static func providerID(path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".toml") ? String(name.dropLast(5)) : name
    }

    /// Reads one provider file; `path` is relative to the catalog folder (`providers/groq.toml`).
    public func read(_ data: Data, path: String) throws(DiagnosticsError) -> ProviderFile {
        let id = Self.providerID(path: path)
        let document: TOMLDocument
        do { document = try TOMLDocument(data, file: path) } catch { throw DiagnosticsError([error]) }
        let root = TOMLTableReader(document)
        var errors: [Diagnostic] = []
        var warnings = root.unknownKeys(known: Self.providerKeys)

        func attempt<T>(_ body: () throws -> T?) -> T? {
            do { return try body() } catch let error as Diagnostic {
                errors.append(error)
                return nil
            } catch {
                errors.append(.error(path, "\(error)"))
                return nil
            }
        }

        var provider = Provider(id: id, name: attempt { try root.requiredString("name") } ?? id)
        provider.website = attempt { try root.string("website") }
        provider.docs = attempt { try root.string("docs") }
        provider.pricingPage = attempt { try root.string("pricing_page") }
        provider.statusPage = attempt { try root.string("status_page") }
        provider.apiBaseURL = attempt { try root.string("api_base_url") }
        provider.openAICompatible = attempt { try root.bool("openai_compatible") }
        provider.headquarters = attempt { try root.string("headquarters") }
        provider.trainsOnPrompts = attempt { try root.bool("trains_on_prompts") }
        provider.retention = attempt { try root.string("retention") }
        provider.retentionDays = attempt { try root.int("retention_days") }
        if let text = attempt({ try root.string("zero_retention") }) {
            if let value = ZeroRetention(rawValue: text) {
                provider.zeroRetention = value
            } else {
                errors.append(.error(path, at: root.keyPath("zero_retention"), "expected one of \(ZeroRetention.spellings), found '\(text)'"))
            }
        }
        if let days = provider.retentionDays, let zero = provider.zeroRetention, (days == 0) != (zero == .byDefault) {
            errors.append(.error(
                path, at: root.keyPath("zero_retention"),
                "'\(zero.rawValue)' contradicts retention_days = \(days); zero retention by default is retention_days = 0 and the reverse"))
        }
        provider.description = attempt { try root.string("description") }
        provider.factSources = attempt { try root.strings("sources") } ?? []
        provider.factsCheckedOn = attempt { try root.string("checked_on") }

        let links = [("website", provider.website), ("docs", provider.docs), ("pricing_page", provider.pricingPage), ("status_page", provider.statusPage), ("api_base_url", provider.apiBaseURL)]
        for (key, value) in links {
            if let url = value, !Self.isWebAddress(url) {
                errors.append(.error(path, at: root.keyPath(key), "expected an http(s) address, found '\(url)'"))
            }
        }
        for (index, url) in provider.factSources.enumerated() where !Self.isWebAddress(url) {
            errors.append(.error(path, at: "\(root.keyPath("sources"))[\(index)]", "expected an http(s) address, found '\(url)'"))
        }
        let hasFacts = [provider.website, provider.docs, provider.pricingPage, provider.statusPage, provider.apiBaseURL, provider.headquarters, provider.retention]
            .contains { $0 != nil } || provider.openAICompatible != nil || provider.trainsOnPrompts != nil
            || provider.retentionDays != nil || provider.zeroRetention != nil
        if hasFacts && provider.factSources.isEmpty {
            errors.append(.error(path, at: "sources", "missing; list the pages the provider facts came from"))
        }
        if !provider.factSources.isEmpty && provider.factsCheckedOn == nil {
            errors.append(.error(path, at: "checked_on", "missing; give the date the sources were read (YYYY-MM-DD)"))
        }
        if let date = provider.factsCheckedOn, !Self.isDate(date) {
            errors.append(.error(path, at: "checked_on", "expected a date YYYY-MM-DD, found '\(date)'"))
        }

        var entries: [ListingEntry] = []
        if let models = attempt({ try root.table("models") }) {
            for modelID in models.values.keys.sorted() {
                guard let table = attempt({ try models.table(modelID) }) else { continue }
                warnings += table.unknownKeys(known: Self.modelKeys)
                var entry = ListingEntry(
                    provider: id, providerModelID: modelID, sourceKey: modelID,
                    provenance: Provenance(source: "providers/\(id)", file: path, keyPath: table.path))
                entry.canonicalHint = attempt { try table.string("model") }
                entry.name = attempt { try table.string("name") }
                entry.mode = attempt { try table.string("mode") }
                entry.contextLength = attempt { try table.int("context_length") }
                entry.maxInputTokens = attempt { try table.int("max_input_tokens") }
                entry.maxOutputTokens = attempt { try table.int("max_output_tokens") }
                entry.sourceURL = attempt { try table.string("source_url") }
                entry.status = attempt { try table.string("status") }
                entry.deprecationDate = attempt { try table.string("deprecation_date") }
                if let prices = attempt({ try table.table("per_million") }) {
                    let known = Set(Self.perMillionComponents.map(\.rawValue))
                    warnings += prices.unknownKeys(known: known)
                    for component in Self.perMillionComponents {
                        guard let perMillion = attempt({ try prices.decimal(component.rawValue) }) else { continue }
                        entry.pricing[component] = perMillion / 1_000_000
                    }
                }
                entries.append(entry)
            }
        }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
        return ProviderFile(provider: provider, entries: entries, warnings: warnings)
    }

    static func isWebAddress(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && !text.contains(where: \.isWhitespace)
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}
