import Foundation
import ModelCatalog

/// Reads LiteLLM's model cost map (`model_prices_and_context_window.json`): one object
/// per model key, prices in USD per token. See ``LiteLLMFields`` for how each key is used.
public struct LiteLLMReader: ListingReader {
    public static let format = ListingFormat.litellm

    public init() {}

    public func read(_ snapshot: Snapshot) throws(DiagnosticsError) -> ReadResult {
        var result = ReadResult()
        var errors: [Diagnostic] = []
        for file in snapshot.files {
            let root: JSONValue
            do { root = try JSONValue.parse(file.data, file: file.path, warnings: &result.warnings) } catch { errors.append(error); continue }
            guard let entries = root.objectValue else {
                errors.append(.error(file.path, "expected a JSON object of model entries, found \(root.typeName)"))
                continue
            }
            var parsed = EntryParser(file: file.path, source: snapshot.sourceID, entries: entries)
            parsed.run()
            result.entries += parsed.result
            result.recordCount += entries.count
            for (reason, count) in parsed.skipped { result.skipped[reason, default: 0] += count }
            result.warnings += parsed.warnings
            errors += parsed.errors
        }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
        return result
    }
}

/// Walks the entries of one cost-map file, collecting entries, skips, warnings and errors.
private struct EntryParser {
    let file: String
    let source: String
    let entries: [String: JSONValue]
    var result: [ListingEntry] = []
    var skipped: [String: Int] = [:]
    var warnings: [Diagnostic] = []
    var errors: [Diagnostic] = []

    init(file: String, source: String, entries: [String: JSONValue]) {
        self.file = file
        self.source = source
        self.entries = entries
    }

    mutating func run() {
        for key in entries.keys.sorted() {
            guard let value = entries[key] else { continue }
            if key == "sample_spec" {
                skipped["documentation entry (sample_spec)", default: 0] += 1
                continue
            }
            guard let object = value.objectValue else {
                errors.append(.error(file, at: path(key), "expected an object describing a model, found \(value.typeName)"))
                continue
            }
            if object["litellm_provider"] == nil, object["rules"] != nil {
                skipped["not a model: routing rules (\(key))", default: 0] += 1
                continue
            }
            if let entry = parse(key: key, object: object) { result.append(entry) }
        }
    }

    func path(_ key: String, _ field: String? = nil) -> String {
        let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return field.map { "[\"\(escaped)\"].\($0)" } ?? "[\"\(escaped)\"]"
    }

    /// The provider of an entry: its `litellm_provider`, or for aliases without one,
    /// the provider of the entry it points at, or the key's `provider/` prefix.
    func provider(key: String, object: [String: JSONValue]) -> String? {
        if let provider = object["litellm_provider"]?.stringValue { return provider }
        if let target = object["alias_of"]?.stringValue, let provider = entries[target]?["litellm_provider"]?.stringValue {
            return provider
        }
        if let target = object["alias_of"]?.stringValue, let slash = key.firstIndex(of: "/") {
            let prefixed = String(key[..<slash]) + "/" + target
            if let provider = entries[prefixed]?["litellm_provider"]?.stringValue { return provider }
            return String(key[..<slash])
        }
        return nil
    }

    /// The provider's own model id: the key without LiteLLM's `provider/` routing prefix.
    static func providerModelID(key: String, provider: String) -> String {
        guard let slash = key.firstIndex(of: "/") else { return key }
        let prefix = key[..<slash]
        if provider == prefix || provider.hasPrefix(prefix + "-") || provider.hasPrefix(prefix + "_") {
            return String(key[key.index(after: slash)...])
        }
        return key
    }

    mutating func parse(key: String, object: [String: JSONValue]) -> ListingEntry? {
        if let raw = object["litellm_provider"], raw.stringValue == nil {
            errors.append(.error(file, at: path(key, "litellm_provider"), "expected a string, found \(raw.typeName)"))
            return nil
        }
        guard let provider = provider(key: key, object: object) else {
            skipped["no provider (no litellm_provider, no resolvable alias_of)", default: 0] += 1
            return nil
        }
        var entry = ListingEntry(
            provider: provider,
            providerModelID: Self.providerModelID(key: key, provider: provider),
            sourceKey: key,
            provenance: Provenance(source: source, file: file, keyPath: path(key))
        )
        let errorCount = errors.count
        for field in object.keys.sorted() {
            guard let value = object[field] else { continue }
            apply(field: field, value: value, key: key, to: &entry)
        }
        if entry.contextLength == nil { entry.contextLength = entry.maxInputTokens }
        return errors.count == errorCount ? entry : nil
    }

    mutating func apply(field: String, value: JSONValue, key: String, to entry: inout ListingEntry) {
        guard let handling = LiteLLMFields.handling(of: field) else {
            warnings.append(.warning(file, at: path(key, field), "unknown key; not read (add it to LiteLLMFields if it carries a fact)"))
            return
        }
        switch handling {
        case .price(let priceKey):
            if let price = price(value, key: key, field: field) { entry.pricing.setRate(price, for: priceKey) }
        case .multiplier(let name):
            if let multiplier = price(value, key: key, field: field) { entry.pricing.multipliers[name] = multiplier }
        case .capability(let capability):
            guard let flag = value.boolValue else {
                errors.append(.error(file, at: path(key, field), "expected true or false, found \(value.typeName)"))
                return
            }
            entry.capabilities[capability] = flag
        case .ignored:
            return
        case .fact:
            applyFact(field: field, value: value, key: key, to: &entry)
        }
    }

    mutating func applyFact(field: String, value: JSONValue, key: String, to entry: inout ListingEntry) {
        switch field {
        case "litellm_provider": return
        case "mode": entry.mode = string(value, key: key, field: field)
        case "max_input_tokens": entry.maxInputTokens = integer(value, key: key, field: field)
        case "max_output_tokens": entry.maxOutputTokens = integer(value, key: key, field: field)
        case "max_tokens": if entry.maxInputTokens == nil { entry.contextLength = integer(value, key: key, field: field) }
        case "rpm": entry.requestsPerMinute = integer(value, key: key, field: field)
        case "tpm": entry.tokensPerMinute = integer(value, key: key, field: field)
        case "supported_regions": entry.regions = strings(value, key: key, field: field)
        case "supported_modalities": entry.inputModalities = strings(value, key: key, field: field)
        case "supported_output_modalities": entry.outputModalities = strings(value, key: key, field: field)
        case "deprecation_date": entry.deprecationDate = string(value, key: key, field: field)
        case "successor_model": entry.successor = string(value, key: key, field: field)
        case "alias_of": entry.aliasOf = string(value, key: key, field: field)
        case "source": entry.sourceURL = string(value, key: key, field: field)
        case "thinking_always_on", "thinking_on_by_default":
            guard let flag = value.boolValue else {
                errors.append(.error(file, at: path(key, field), "expected true or false, found \(value.typeName)"))
                return
            }
            entry.capabilities[Capability(field)] = flag
        case "search_context_cost_per_query": applySearchPrices(value, key: key, to: &entry)
        case "tiered_pricing": applyTiers(value, key: key, to: &entry)
        case "off_peak_pricing": applyOffPeak(value, key: key, to: &entry)
        default: return
        }
    }

    mutating func applySearchPrices(_ value: JSONValue, key: String, to entry: inout ListingEntry) {
        guard let object = value.objectValue else {
            errors.append(.error(file, at: path(key, "search_context_cost_per_query"), "expected an object, found \(value.typeName)"))
            return
        }
        let components: [String: PriceComponent] = [
            "search_context_size_low": PriceComponent("web_search_low"),
            "search_context_size_medium": .webSearch,
            "search_context_size_high": PriceComponent("web_search_high"),
        ]
        for name in object.keys.sorted() {
            let field = "search_context_cost_per_query.\(name)"
            guard let component = components[name] else {
                warnings.append(.warning(file, at: path(key, field), "unknown key; not read"))
                continue
            }
            if let object = object[name], let price = price(object, key: key, field: field) { entry.pricing[component] = price }
        }
    }

    mutating func applyTiers(_ value: JSONValue, key: String, to entry: inout ListingEntry) {
        guard let tiers = value.arrayValue else {
            errors.append(.error(file, at: path(key, "tiered_pricing"), "expected an array of tiers, found \(value.typeName)"))
            return
        }
        for (index, tierValue) in tiers.enumerated() {
            let tierPath = "tiered_pricing[\(index)]"
            if let tier = tierValue.objectValue, let results = tier["max_results_range"]?.arrayValue {
                applyResultsTier(tier, results: results, key: key, path: tierPath, to: &entry)
                continue
            }
            guard let tier = tierValue.objectValue, let range = tier["range"]?.arrayValue, range.count == 2,
                let lower = range[0].numberValue, lower >= 0, lower < 1_000_000_000_000
            else {
                errors.append(.error(file, at: path(key, tierPath), "expected {\"range\": [from, to], prices...} with from a token count from 0 to 10^12"))
                continue
            }
            let threshold = NSDecimalNumber(decimal: lower).intValue
            for name in tier.keys.sorted() where name != "range" {
                guard let tierValue = tier[name], let base = LiteLLMFields.priceKey(for: name), base.tier == nil else {
                    warnings.append(.warning(file, at: path(key, "\(tierPath).\(name)"), "unknown key; not read"))
                    continue
                }
                guard let price = price(tierValue, key: key, field: "\(tierPath).\(name)") else { continue }
                if threshold == 0 {
                    if entry.pricing.rate(base.component, serviceTier: base.serviceTier) == nil {
                        entry.pricing.setRate(price, for: base)
                    }
                } else {
                    // The ranges are (from, to]: a tier applies strictly above its lower bound.
                    let key = PriceKey(base.component, serviceTier: base.serviceTier, tier: PriceTier(inputTokens: threshold, inclusive: false))
                    entry.pricing.setRate(price, for: key)
                }
            }
        }
    }

    /// Search APIs price a query by how many results it asks for: `max_results_range` tiers
    /// become components `query_results_<from>_<to>`.
    mutating func applyResultsTier(_ tier: [String: JSONValue], results: [JSONValue], key: String, path tierPath: String, to entry: inout ListingEntry) {
        guard results.count == 2, let from = results[0].numberValue, let to = results[1].numberValue else {
            errors.append(.error(file, at: path(key, "\(tierPath).max_results_range"), "expected [from, to]"))
            return
        }
        for name in tier.keys.sorted() where name != "max_results_range" {
            guard name == "input_cost_per_query", let value = tier[name] else {
                warnings.append(.warning(file, at: path(key, "\(tierPath).\(name)"), "unknown key; not read"))
                continue
            }
            if let price = price(value, key: key, field: "\(tierPath).\(name)") {
                entry.pricing[PriceComponent("query_results_\(from)_\(to)")] = price
            }
        }
    }

    mutating func applyOffPeak(_ value: JSONValue, key: String, to entry: inout ListingEntry) {
        guard let object = value.objectValue else {
            errors.append(.error(file, at: path(key, "off_peak_pricing"), "expected an object, found \(value.typeName)"))
            return
        }
        let timeZone = object["weekday_timezone"]?.stringValue
        for name in object.keys.sorted() where name != "weekday_timezone" {
            guard let item = object[name] else { continue }
            let field = "off_peak_pricing.\(name)"
            if name == "windows" {
                for (index, window) in (item.arrayValue ?? []).enumerated() {
                    let days = window["weekdays"]?.arrayValue?.compactMap { $0.numberValue.map { NSDecimalNumber(decimal: $0).intValue } } ?? []
                    let hours = window["hours_utc"].flatMap { $0.arrayValue?.compactMap(\.stringValue) ?? $0.stringValue.map { [$0] } } ?? []
                    if days.isEmpty || hours.isEmpty {
                        errors.append(.error(file, at: path(key, "\(field)[\(index)]"), "expected {\"weekdays\": [...], \"hours_utc\": ...}"))
                    }
                    entry.pricing.offPeakWindows.append(OffPeakWindow(weekdays: days, hoursUTC: hours, weekdayTimeZone: timeZone))
                }
                continue
            }
            guard let base = LiteLLMFields.priceKey(for: name), base.tier == nil, base.serviceTier == .standard else {
                warnings.append(.warning(file, at: path(key, field), "unknown key; not read"))
                continue
            }
            if let price = price(item, key: key, field: field) {
                entry.pricing.setRate(price, for: PriceKey(base.component, serviceTier: .offPeak))
            }
        }
    }

    mutating func price(_ value: JSONValue, key: String, field: String) -> Decimal? {
        guard let number = value.numberValue else {
            errors.append(.error(file, at: path(key, field), "expected a price as a JSON number (USD), found \(value.typeName)\(value.stringValue.map { " \"\($0)\"" } ?? "")"))
            return nil
        }
        guard number >= 0 else {
            errors.append(.error(file, at: path(key, field), "expected a price of zero or more, found \(number)"))
            return nil
        }
        guard number <= PriceLimit.maximum else {
            errors.append(.error(file, at: path(key, field), PriceLimit.message(number)))
            return nil
        }
        return number
    }

    mutating func integer(_ value: JSONValue, key: String, field: String) -> Int? {
        guard let number = value.numberValue, number >= 0, number < 1_000_000_000_000 else {
            let found = value.numberValue.map { "\($0)" } ?? value.typeName
            errors.append(.error(file, at: path(key, field), "expected a non-negative whole number below 10^12, found \(found)"))
            return nil
        }
        var rounded = Decimal()
        var copy = number
        NSDecimalRound(&rounded, &copy, 0, .plain)
        guard rounded == number else {
            errors.append(.error(file, at: path(key, field), "expected a whole number, found \(number)"))
            return nil
        }
        return NSDecimalNumber(decimal: rounded).intValue
    }

    mutating func string(_ value: JSONValue, key: String, field: String) -> String? {
        guard let text = value.stringValue else {
            errors.append(.error(file, at: path(key, field), "expected a string, found \(value.typeName)"))
            return nil
        }
        return text
    }

    mutating func strings(_ value: JSONValue, key: String, field: String) -> [String] {
        guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
            errors.append(.error(file, at: path(key, field), "expected an array of strings, found \(value.typeName)"))
            return []
        }
        return items.compactMap(\.stringValue)
    }
}
