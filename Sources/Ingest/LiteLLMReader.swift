import Foundation
import ModelCatalog

/// Reads LiteLLM's model cost map (`model_prices_and_context_window.json`): one object
/// per model key, prices in USD per token. See ``LiteLLMFields`` for how each key is used.
///
/// The map is decoded a slice of entries at a time (``JSONObjectSlices``, ``LiteLLMSlice``),
/// so the whole map is never one tree in memory; entries come out in key order, as the
/// map's keys sort. A document the slices do not take (not an object, not UTF-8, invalid)
/// is parsed whole, which reports its error with the line and column.
public struct LiteLLMReader: ListingReader {
    public static let format = ListingFormat.litellm

    /// About how many bytes of the map are decoded at once; nil decodes every map whole.
    let sliceBytes: Int?

    public init() {
        self.init(sliceBytes: 1 << 20)
    }

    /// A reader decoding slices of about `sliceBytes`, or whole maps for nil (tests compare both).
    init(sliceBytes: Int?) {
        self.sliceBytes = sliceBytes
    }

    public func read(_ snapshot: Snapshot) throws(DiagnosticsError) -> ReadResult {
        var result = ReadResult()
        var errors: [Diagnostic] = []
        for file in snapshot.files {
            var members = MapMembers(file: file.path, source: snapshot.sourceID)
            do { try members.read(file.data, sliceBytes: sliceBytes, warnings: &result.warnings) } catch { errors.append(error); continue }
            members.finish(into: &result, errors: &errors)
        }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
        return result
    }
}

/// The members of one cost-map file, each made into what it gives (an entry, a skip,
/// warnings, errors) as it is decoded, then put in key order by ``finish(into:errors:)``.
private struct MapMembers {
    /// What one member of the map gave.
    enum Outcome {
        /// An entry, at this index of ``entries``.
        case entry(Int)
        /// An alias without a provider, read once every entry's provider is known.
        case deferred([String: JSONValue])
        /// Not a model, counted under this reason.
        case skipped(String)
        /// Nothing but its errors.
        case failed
    }

    /// One member of the map.
    struct Member {
        var key: String
        /// The member's `litellm_provider` when it is an object with a string there.
        var provider: String?
        var outcome: Outcome
        var warnings: [Diagnostic] = []
        var errors: [Diagnostic] = []
    }

    let file: String
    let source: String
    /// Every member, in decoding order (a key written twice is here twice; the first counts).
    var members: [Member] = []
    /// The entries made so far, in decoding order.
    var entries: [ListingEntry] = []
    /// Shared copies of the capability tables and string lists entries repeat.
    var capabilityTables = ValueInterner<[Capability: Bool]>()
    var stringLists = ValueInterner<[String]>()
    /// The field handling the parsers looked up, kept from one entry to the next.
    var fieldHandling: [String: LiteLLMFields.Handling?] = [:]

    init(file: String, source: String) {
        self.file = file
        self.source = source
    }

    /// Decodes the map in `data` slice by slice, or whole when the slices do not take it;
    /// the duplicate-key warnings of ``JSONShapeCheck`` go to `warnings`.
    mutating func read(_ data: Data, sliceBytes: Int?, warnings: inout [Diagnostic]) throws(Diagnostic) {
        if let sliceBytes, let slices = JSONObjectSlices(data, targetBytes: sliceBytes), readSlices(slices, of: data) {
            let findings = JSONShapeCheck.findings(in: data, file: file)
            if let problem = findings.errors.first { throw problem }
            warnings += findings.warnings
            return
        }
        let root = try JSONValue.parse(data, file: file, warnings: &warnings)
        guard let object = root.objectValue else {
            throw Diagnostic.error(file, "expected a JSON object of model entries, found \(root.typeName)")
        }
        members.reserveCapacity(object.count)
        for (key, value) in object { add(key: key, value: value) }
    }

    /// Decodes every slice; false (and nothing kept) when one is not valid JSON.
    private mutating func readSlices(_ slices: JSONObjectSlices, of data: Data) -> Bool {
        members.reserveCapacity(slices.memberCount)
        entries.reserveCapacity(slices.memberCount)
        let decoder = JSONDecoder()
        for range in slices.ranges {
            let slice: LiteLLMSlice
            do {
                slice = try decoder.decode(LiteLLMSlice.self, from: JSONObjectSlices.document(range, of: data))
            } catch {
                members = []
                entries = []
                return false
            }
            for (key, value) in slice.members { add(key: key, value: value) }
        }
        return true
    }

    /// Reads one member of the map.
    mutating func add(key: String, value: JSONValue) {
        let object = value.objectValue
        var member = Member(key: key, provider: object?["litellm_provider"]?.stringValue, outcome: .failed)
        if key == "sample_spec" {
            member.outcome = .skipped("documentation entry (sample_spec)")
        } else if let object {
            if object["litellm_provider"] == nil, object["rules"] != nil {
                member.outcome = .skipped("not a model: routing rules (\(key))")
            } else if object["litellm_provider"] == nil, object["alias_of"]?.stringValue != nil {
                member.outcome = .deferred(object)
            } else {
                (member.outcome, member.warnings, member.errors) = parse(key: key, object: object) { _ in nil }
            }
        } else {
            member.errors.append(.error(file, at: EntryParser.path(key), "expected an object describing a model, found \(value.typeName)"))
        }
        members.append(member)
    }

    /// Parses an entry object, with `providerOfEntry` giving other entries' providers; an
    /// entry made is appended to ``entries``.
    private mutating func parse(key: String, object: [String: JSONValue], providerOfEntry: @escaping (String) -> String?)
        -> (Outcome, warnings: [Diagnostic], errors: [Diagnostic])
    {
        var parser = EntryParser(file: file, source: source, providerOfEntry: providerOfEntry)
        swap(&parser.fieldHandling, &fieldHandling)
        defer { swap(&parser.fieldHandling, &fieldHandling) }
        let outcome: Outcome
        if var entry = parser.parse(key: key, object: object) {
            if !entry.capabilities.isEmpty { entry.capabilities = capabilityTables.intern(entry.capabilities) }
            if !entry.inputModalities.isEmpty { entry.inputModalities = stringLists.intern(entry.inputModalities) }
            if !entry.outputModalities.isEmpty { entry.outputModalities = stringLists.intern(entry.outputModalities) }
            if !entry.regions.isEmpty { entry.regions = stringLists.intern(entry.regions) }
            outcome = .entry(entries.count)
            entries.append(entry)
        } else if let reason = parser.skipped.keys.first {
            outcome = .skipped(reason)
        } else {
            outcome = .failed
        }
        return (outcome, parser.warnings, parser.errors)
    }

    /// Adds the members to `result` in key order (the first of a key written twice):
    /// entries, skips, warnings, and errors to `errors`.
    mutating func finish(into result: inout ReadResult, errors: inout [Diagnostic]) {
        let order = members.indices.sorted { (members[$0].key, $0) < (members[$1].key, $1) }
        var kept: [Int] = []
        kept.reserveCapacity(order.count)
        for index in order where kept.last.map({ members[$0].key != members[index].key }) ?? true { kept.append(index) }

        if kept.contains(where: { if case .deferred = members[$0].outcome { true } else { false } }) {
            var providers: [String: String] = [:]
            for index in kept { if let provider = members[index].provider { providers[members[index].key] = provider } }
            for index in kept {
                guard case .deferred(let object) = members[index].outcome else { continue }
                let (outcome, warnings, errors) = parse(key: members[index].key, object: object) { providers[$0] }
                members[index].outcome = outcome
                members[index].warnings = warnings
                members[index].errors = errors
            }
        }

        result.recordCount += kept.count
        var order2: [Int] = []
        order2.reserveCapacity(entries.count)
        for index in kept {
            let member = members[index]
            switch member.outcome {
            case .entry(let entry): order2.append(entry)
            case .skipped(let reason): result.skipped[reason, default: 0] += 1
            case .deferred, .failed: break
            }
            result.warnings += member.warnings
            errors += member.errors
        }
        members = []
        Self.gather(&entries, order: order2)
        if result.entries.isEmpty { result.entries = entries } else { result.entries += entries }
        entries = []
    }

    /// Reorders `items` in place so that item `k` is the one that was at `order[k]`, and
    /// drops the items `order` leaves out (no second array of the entries).
    static func gather<T>(_ items: inout [T], order: [Int]) {
        var full = order
        if order.count < items.count {
            var used = [Bool](repeating: false, count: items.count)
            for index in order { used[index] = true }
            for index in items.indices where !used[index] { full.append(index) }
        }
        var done = [Bool](repeating: false, count: items.count)
        for start in items.indices where !done[start] {
            done[start] = true
            if full[start] == start { continue }
            let first = items[start]
            var position = start
            while full[position] != start {
                items[position] = items[full[position]]
                position = full[position]
                done[position] = true
            }
            items[position] = first
        }
        items.removeLast(items.count - order.count)
    }
}

/// Turns one entry object of a cost-map file into a listing entry, collecting its skip,
/// warnings and errors.
private struct EntryParser {
    let file: String
    let source: String
    /// The `litellm_provider` of another entry of the map, by key (for aliases without one).
    let providerOfEntry: (String) -> String?
    /// ``LiteLLMFields/handling(of:)`` of the field names seen so far (the same few dozen
    /// names recur in every entry).
    var fieldHandling: [String: LiteLLMFields.Handling?] = [:]
    var skipped: [String: Int] = [:]
    var warnings: [Diagnostic] = []
    var errors: [Diagnostic] = []

    init(file: String, source: String, providerOfEntry: @escaping (String) -> String?) {
        self.file = file
        self.source = source
        self.providerOfEntry = providerOfEntry
    }

    func path(_ key: String, _ field: String? = nil) -> String {
        Self.path(key, field)
    }

    /// The key path of an entry, or of one of its fields: `["gpt-4o"].mode`.
    /// Built at its exact size: every entry's provenance keeps one.
    static func path(_ key: String, _ field: String? = nil) -> String {
        var escaped = key
        if key.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) {
            escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        }
        var out = ""
        out.reserveCapacity(escaped.utf8.count + 4 + (field.map { $0.utf8.count + 1 } ?? 0))
        out += "[\""
        out += escaped
        out += "\"]"
        if let field {
            out += "."
            out += field
        }
        return out
    }

    /// The provider of an entry: its `litellm_provider`, or for aliases without one,
    /// the provider of the entry it points at, or the key's `provider/` prefix.
    func provider(key: String, object: [String: JSONValue]) -> String? {
        if let provider = object["litellm_provider"]?.stringValue { return provider }
        if let target = object["alias_of"]?.stringValue, let provider = providerOfEntry(target) {
            return provider
        }
        if let target = object["alias_of"]?.stringValue, let slash = key.firstIndex(of: "/") {
            let prefixed = String(key[..<slash]) + "/" + target
            if let provider = providerOfEntry(prefixed) { return provider }
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
        let known: LiteLLMFields.Handling?
        if let cached = fieldHandling[field] {
            known = cached
        } else {
            known = LiteLLMFields.handling(of: field)
            fieldHandling[field] = known
        }
        guard let handling = known else {
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
