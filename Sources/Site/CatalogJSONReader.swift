import Foundation
import Ingest
import ModelCatalog

/// Reads a built `catalog.json` back into a ``Catalog``: the inverse of ``CatalogJSON``.
///
/// Prices are read from their decimal strings exactly; a malformed document fails with
/// diagnostics naming the file and the key path. Facts that `catalog.json` does not
/// carry (rendered notes) come back as nil; provider endpoint counts are derived, not read.
public enum CatalogJSONReader {
    /// Parses the bytes of a `catalog.json`; `file` names it in errors.
    public static func read(_ data: Data, file: String) throws(DiagnosticsError) -> Catalog {
        let root: JSONValue
        do { root = try JSONValue.parse(data, file: file) } catch { throw DiagnosticsError([error]) }
        var reader = Reader(file: file)
        let catalog = reader.catalog(root)
        if !reader.errors.isEmpty { throw DiagnosticsError(reader.errors) }
        return catalog
    }
}

/// Walks one document, collecting every error.
private struct Reader {
    let file: String
    var errors: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func fail(_ path: String, _ message: String) {
        errors.append(.error(file, at: path, message))
    }

    mutating func catalog(_ root: JSONValue) -> Catalog {
        guard let object = root.objectValue else {
            fail("$", "expected the catalog object, found \(root.typeName)")
            return Catalog(models: [], providers: [], sources: [])
        }
        if let version = object["schema_version"]?.stringValue, !version.hasPrefix("1.") {
            fail("schema_version", "expected a 1.x catalog, found \(version)")
        }
        var sources: [SourceSnapshot] = []
        for (index, item) in array(object["generated_from"], "generated_from").enumerated() {
            let path = "generated_from[\(index)]"
            sources.append(SourceSnapshot(
                id: string(item["id"], "\(path).id") ?? "", format: string(item["format"], "\(path).format") ?? "",
                file: string(item["file"], "\(path).file") ?? "", label: optionalString(item["label"], "\(path).label")))
        }
        let models = array(object["models"], "models").enumerated().compactMap { model($1, "models[\($0)]") }
        let providers = array(object["providers"], "providers").enumerated().map { provider($1, "providers[\($0)]") }
        return Catalog(models: models.sorted { $0.id < $1.id }, providers: providers.sorted { $0.id < $1.id }, sources: sources)
    }

    mutating func model(_ value: JSONValue, _ path: String) -> Model? {
        guard let text = string(value["id"], "\(path).id") else { return nil }
        guard let id = ModelID(text) else {
            fail("\(path).id", "expected a canonical id 'author/slug', found \(text)")
            return nil
        }
        var model = Model(id: id, name: string(value["name"], "\(path).name") ?? id.slug)
        model.aliases = strings(value["aliases"], "\(path).aliases")
        model.description = optionalString(value["description"], "\(path).description")
        model.mode = optionalString(value["mode"], "\(path).mode")
        model.inputModalities = strings(value["input_modalities"], "\(path).input_modalities")
        model.outputModalities = strings(value["output_modalities"], "\(path).output_modalities")
        model.capabilities = capabilities(value["capabilities"], "\(path).capabilities")
        model.contextLength = integer(value["context_length"], "\(path).context_length")
        model.maxOutputTokens = integer(value["max_output_tokens"], "\(path).max_output_tokens")
        model.releaseDate = optionalString(value["release_date"], "\(path).release_date")
        model.deprecationDate = optionalString(value["deprecation_date"], "\(path).deprecation_date")
        model.retirementDate = optionalString(value["retirement_date"], "\(path).retirement_date")
        model.knowledgeCutoff = optionalString(value["knowledge_cutoff"], "\(path).knowledge_cutoff")
        model.openWeights = optionalBool(value["open_weights"], "\(path).open_weights")
        if let successor = optionalString(value["successor"], "\(path).successor") {
            if let successorID = ModelID(successor) { model.successor = successorID } else { fail("\(path).successor", "expected a canonical id, found \(successor)") }
        }
        model.tags = strings(value["tags"], "\(path).tags")
        model.noteHTML = optionalString(value["description_html"], "\(path).description_html")
        model.noteFile = optionalString(value["note_file"], "\(path).note_file")
        model.links = links(value["links"], "\(path).links")
        model.tableOfContents = array(value["table_of_contents"], "\(path).table_of_contents").enumerated().map { index, item in
            let entry = "\(path).table_of_contents[\(index)]"
            return TableOfContentsEntry(level: integer(item["level"], "\(entry).level") ?? 2, id: string(item["id"], "\(entry).id") ?? "", title: string(item["title"], "\(entry).title") ?? "")
        }
        model.featured = optionalBool(value["featured"], "\(path).featured") ?? false
        model.hidden = optionalBool(value["hidden"], "\(path).hidden") ?? false
        model.lifecycle = optionalString(value["lifecycle"], "\(path).lifecycle")
        model.endpoints = array(value["endpoints"], "\(path).endpoints").enumerated().map { endpoint($1, "\(path).endpoints[\($0)]") }
        return model
    }

    mutating func endpoint(_ value: JSONValue, _ path: String) -> Endpoint {
        let entry = ListingEntry(
            provider: string(value["provider"], "\(path).provider") ?? "",
            providerModelID: string(value["provider_model_id"], "\(path).provider_model_id") ?? "",
            sourceKey: "", provenance: Provenance(source: "", file: "", keyPath: ""))
        var endpoint = Endpoint(entry: entry)
        endpoint.mode = optionalString(value["mode"], "\(path).mode")
        endpoint.pricing = pricing(value["pricing"], "\(path).pricing")
        endpoint.contextLength = integer(value["context_length"], "\(path).context_length")
        endpoint.maxInputTokens = integer(value["max_input_tokens"], "\(path).max_input_tokens")
        endpoint.maxOutputTokens = integer(value["max_output_tokens"], "\(path).max_output_tokens")
        endpoint.capabilities = capabilities(value["capabilities"], "\(path).capabilities")
        endpoint.inputModalities = strings(value["input_modalities"], "\(path).input_modalities")
        endpoint.outputModalities = strings(value["output_modalities"], "\(path).output_modalities")
        endpoint.supportedParameters = strings(value["supported_parameters"], "\(path).supported_parameters")
        endpoint.regions = strings(value["regions"], "\(path).regions")
        endpoint.quantization = optionalString(value["quantization"], "\(path).quantization")
        endpoint.status = optionalString(value["status"], "\(path).status")
        endpoint.deprecationDate = optionalString(value["deprecation_date"], "\(path).deprecation_date")
        endpoint.sourceKey = optionalString(value["source_key"], "\(path).source_key") ?? endpoint.providerModelID
        endpoint.listedProvider = optionalString(value["listed_provider"], "\(path).listed_provider") ?? endpoint.provider
        if let limits = value["rate_limits"] {
            endpoint.requestsPerMinute = integer(limits["requests_per_minute"], "\(path).rate_limits.requests_per_minute")
            endpoint.tokensPerMinute = integer(limits["tokens_per_minute"], "\(path).rate_limits.tokens_per_minute")
        }
        endpoint.sourceURL = optionalString(value["source_url"], "\(path).source_url")
        endpoint.provenance = array(value["provenance"], "\(path).provenance").enumerated().map { index, item in
            let itemPath = "\(path).provenance[\(index)]"
            return Provenance(
                source: string(item["source"], "\(itemPath).source") ?? "", file: string(item["file"], "\(itemPath).file") ?? "",
                keyPath: string(item["key_path"], "\(itemPath).key_path") ?? "")
        }
        var explicitSources: [String: Provenance] = [:]
        if let object = value["fact_sources"]?.objectValue {
            for (fact, item) in object {
                explicitSources[fact] = provenance(item, "\(path).fact_sources.\(fact)")
            }
        }
        endpoint.factSources = [:]
        if let decider = endpoint.provenance.first {
            for fact in endpoint.factValues { endpoint.factSources[fact.fact] = explicitSources[fact.fact] ?? decider }
        }
        endpoint.overridden = array(value["overridden"], "\(path).overridden").enumerated().map { index, item in
            let itemPath = "\(path).overridden[\(index)]"
            return OverriddenFact(
                fact: string(item["fact"], "\(itemPath).fact") ?? "", value: string(item["value"], "\(itemPath).value") ?? "",
                source: provenance(item["source"] ?? .null, "\(itemPath).source"))
        }
        return endpoint
    }

    mutating func provenance(_ item: JSONValue, _ path: String) -> Provenance {
        Provenance(
            source: string(item["source"], "\(path).source") ?? "", file: string(item["file"], "\(path).file") ?? "",
            keyPath: string(item["key_path"], "\(path).key_path") ?? "")
    }

    /// The inverse of `PricingJSON`: standard rates at the top level, `tiers`, `service_tiers`, `multipliers`, `off_peak_windows`.
    mutating func pricing(_ value: JSONValue?, _ path: String) -> Pricing {
        var pricing = Pricing()
        guard let value else { return pricing }
        guard let object = value.objectValue else {
            fail(path, "expected a pricing object, found \(value.typeName)")
            return pricing
        }
        sheet(object, serviceTier: .standard, path, into: &pricing)
        if let tiers = object["service_tiers"] {
            guard let tierObject = tiers.objectValue else {
                fail("\(path).service_tiers", "expected an object of service tiers, found \(tiers.typeName)")
                return pricing
            }
            for name in tierObject.keys.sorted() {
                guard let sheetObject = tierObject[name]?.objectValue else {
                    fail("\(path).service_tiers.\(name)", "expected a price sheet object")
                    continue
                }
                sheet(sheetObject, serviceTier: ServiceTier(name), "\(path).service_tiers.\(name)", into: &pricing)
            }
        }
        if let multipliers = object["multipliers"]?.objectValue {
            for (name, rate) in multipliers { if let decimal = price(rate, "\(path).multipliers.\(name)") { pricing.multipliers[name] = decimal } }
        }
        for (index, window) in array(object["off_peak_windows"], "\(path).off_peak_windows").enumerated() {
            let windowPath = "\(path).off_peak_windows[\(index)]"
            let days = array(window["weekdays"], "\(windowPath).weekdays").enumerated().compactMap { integer($1, "\(windowPath).weekdays[\($0)]") }
            pricing.offPeakWindows.append(OffPeakWindow(
                weekdays: days, hoursUTC: strings(window["hours_utc"], "\(windowPath).hours_utc"),
                weekdayTimeZone: optionalString(window["weekday_timezone"], "\(windowPath).weekday_timezone")))
        }
        return pricing
    }

    mutating func sheet(_ object: [String: JSONValue], serviceTier: ServiceTier, _ path: String, into pricing: inout Pricing) {
        let reserved: Set<String> = ["tiers", "service_tiers", "multipliers", "off_peak_windows"]
        for (name, rate) in object where !reserved.contains(name) {
            if let decimal = price(rate, "\(path).\(name)") { pricing.setRate(decimal, for: PriceKey(PriceComponent(name), serviceTier: serviceTier)) }
        }
        for (index, tierValue) in array(object["tiers"], "\(path).tiers").enumerated() {
            let tierPath = "\(path).tiers[\(index)]"
            guard let tierObject = tierValue.objectValue, let threshold = integer(tierObject["above_input_tokens"], "\(tierPath).above_input_tokens") else {
                fail(tierPath, "expected a tier with above_input_tokens")
                continue
            }
            let tier = PriceTier(inputTokens: threshold, inclusive: optionalBool(tierObject["inclusive"], "\(tierPath).inclusive") ?? false)
            for (name, rate) in tierObject where name != "above_input_tokens" && name != "inclusive" {
                if let decimal = price(rate, "\(tierPath).\(name)") {
                    pricing.setRate(decimal, for: PriceKey(PriceComponent(name), serviceTier: serviceTier, tier: tier))
                }
            }
        }
    }

    mutating func provider(_ value: JSONValue, _ path: String) -> Provider {
        let id = string(value["id"], "\(path).id") ?? ""
        var provider = Provider(id: id, name: string(value["name"], "\(path).name") ?? id)
        provider.website = optionalString(value["website"], "\(path).website")
        provider.docs = optionalString(value["docs"], "\(path).docs")
        provider.pricingPage = optionalString(value["pricing_page"], "\(path).pricing_page")
        provider.statusPage = optionalString(value["status_page"], "\(path).status_page")
        provider.apiBaseURL = optionalString(value["api_base_url"], "\(path).api_base_url")
        provider.openAICompatible = optionalBool(value["openai_compatible"], "\(path).openai_compatible")
        provider.headquarters = optionalString(value["headquarters"], "\(path).headquarters")
        provider.trainsOnPrompts = optionalBool(value["trains_on_prompts"], "\(path).trains_on_prompts")
        provider.retention = optionalString(value["retention"], "\(path).retention")
        provider.retentionDays = integer(value["retention_days"], "\(path).retention_days")
        if let text = optionalString(value["zero_retention"], "\(path).zero_retention") {
            provider.zeroRetention = ZeroRetention(rawValue: text)
            if provider.zeroRetention == nil { fail("\(path).zero_retention", "expected one of \(ZeroRetention.spellings), found \"\(text)\"") }
        }
        provider.factSources = strings(value["fact_sources"], "\(path).fact_sources")
        provider.factsCheckedOn = optionalString(value["facts_checked_on"], "\(path).facts_checked_on")
        provider.description = optionalString(value["description"], "\(path).description")
        provider.noteHTML = optionalString(value["description_html"], "\(path).description_html")
        provider.noteFile = optionalString(value["note_file"], "\(path).note_file")
        provider.links = links(value["links"], "\(path).links")
        return provider
    }

    // MARK: scalars

    mutating func links(_ value: JSONValue?, _ path: String) -> [PageLink] {
        array(value, path).enumerated().map { index, item in
            PageLink(title: string(item["title"], "\(path)[\(index)].title") ?? "", url: string(item["url"], "\(path)[\(index)].url") ?? "")
        }
    }

    mutating func array(_ value: JSONValue?, _ path: String) -> [JSONValue] {
        guard let value, !value.isNull else { return [] }
        guard let items = value.arrayValue else {
            fail(path, "expected an array, found \(value.typeName)")
            return []
        }
        return items
    }

    mutating func string(_ value: JSONValue?, _ path: String) -> String? {
        guard let value else {
            fail(path, "missing")
            return nil
        }
        guard let text = value.stringValue else {
            fail(path, "expected a string, found \(value.typeName)")
            return nil
        }
        return text
    }

    mutating func optionalString(_ value: JSONValue?, _ path: String) -> String? {
        guard let value, !value.isNull else { return nil }
        return string(value, path)
    }

    mutating func optionalBool(_ value: JSONValue?, _ path: String) -> Bool? {
        guard let value, !value.isNull else { return nil }
        guard let flag = value.boolValue else {
            fail(path, "expected true or false, found \(value.typeName)")
            return nil
        }
        return flag
    }

    mutating func integer(_ value: JSONValue?, _ path: String) -> Int? {
        guard let value, !value.isNull else { return nil }
        guard let number = value.numberValue, number >= 0, number < 1_000_000_000_000 else {
            fail(path, "expected a whole number, found \(value.typeName)")
            return nil
        }
        return NSDecimalNumber(decimal: number).intValue
    }

    mutating func strings(_ value: JSONValue?, _ path: String) -> [String] {
        array(value, path).enumerated().compactMap { string($1, "\(path)[\($0)]") }
    }

    mutating func capabilities(_ value: JSONValue?, _ path: String) -> [Capability: Bool] {
        guard let value, !value.isNull else { return [:] }
        guard let object = value.objectValue else {
            fail(path, "expected an object of capability flags, found \(value.typeName)")
            return [:]
        }
        var out: [Capability: Bool] = [:]
        for (name, flag) in object { if let bool = optionalBool(flag, "\(path).\(name)") { out[Capability(name)] = bool } }
        return out
    }

    mutating func price(_ value: JSONValue, _ path: String) -> Decimal? {
        guard let text = value.stringValue else {
            fail(path, "expected a price as a decimal string, found \(value.typeName)")
            return nil
        }
        let allowed = text.allSatisfy { "0123456789.-+eE".contains($0) }
        guard allowed, let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            fail(path, "expected a decimal price, found \"\(text)\"")
            return nil
        }
        return decimal
    }
}
