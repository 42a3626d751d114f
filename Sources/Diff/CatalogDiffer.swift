import Foundation
import ModelCatalog

/// Compares two normalized catalogs. Pure: two `Catalog` values in, a ``CatalogDiff`` out.
///
/// Endpoints are matched by ``EndpointKey`` (provider + provider model id), models by
/// canonical id, providers by id; so the order and formatting of the snapshots never matter.
public struct CatalogDiffer: Sendable {
    /// The anomaly thresholds.
    public var settings: DiffSettings

    /// A differ with the given thresholds.
    public init(settings: DiffSettings = DiffSettings()) {
        self.settings = settings
    }

    /// Every change from `base` to `head`, with anomalies flagged.
    public func diff(base: Catalog, head: Catalog, baseLabel: String = "base", headLabel: String = "head") -> CatalogDiff {
        var work = Work(settings: settings)
        work.compareModels(base: base, head: head)
        work.compareEndpoints(base: base, head: head)
        work.compareProviders(base: base, head: head)
        return CatalogDiff(baseLabel: baseLabel, headLabel: headLabel, changes: work.changes, anomalies: work.anomalies)
    }
}

/// The mutable state of one comparison.
private struct Work {
    let settings: DiffSettings
    var changes: [CatalogChange] = []
    var anomalies: [Anomaly] = []

    init(settings: DiffSettings) { self.settings = settings }

    // MARK: models

    mutating func compareModels(base: Catalog, head: Catalog) {
        var headByID: [ModelID: Model] = [:]
        headByID.reserveCapacity(head.models.count)
        for model in head.models { headByID[model.id] = model }
        var baseIDs: Set<ModelID> = []
        baseIDs.reserveCapacity(base.models.count)
        for old in base.models {
            baseIDs.insert(old.id)
            guard let new = headByID[old.id] else {
                changes.append(CatalogChange(kind: .removed, model: old.id, field: "model", old: .text(old.name), new: nil))
                flagOrphanedNote(old: old, new: nil)
                continue
            }
            compareModelFacts(old: old, new: new)
            flagOrphanedNote(old: old, new: new)
        }
        for model in head.models where !baseIDs.contains(model.id) {
            changes.append(CatalogChange(kind: .added, model: model.id, field: "model", old: nil, new: .text(model.name)))
        }
    }

    mutating func compareModelFacts(old: Model, new: Model) {
        if old.noteHTML != new.noteHTML {
            var newExcerpt = new.noteHTML.map(Self.excerpt)
            if let text = newExcerpt?.description, newExcerpt == old.noteHTML.map(Self.excerpt) { newExcerpt = .text(text + " (edited beyond this excerpt)") }
            changes.append(CatalogChange(kind: .note, model: new.id, field: "note", old: old.noteHTML.map(Self.excerpt), new: newExcerpt))
        }
        if old.description != new.description {
            changes.append(CatalogChange(kind: .note, model: new.id, field: "description", old: old.description.map(Self.excerpt), new: new.description.map(Self.excerpt)))
        }
        // Model-level dates that no endpoint explains (set by a note's front matter).
        let endpointDates = Set(old.endpoints.compactMap(\.deprecationDate) + new.endpoints.compactMap(\.deprecationDate))
        let explainedByEndpoints = (new.deprecationDate ?? old.deprecationDate).map(endpointDates.contains) ?? false
        if old.deprecationDate != new.deprecationDate, !explainedByEndpoints {
            changes.append(CatalogChange(kind: .deprecation, model: new.id, field: "deprecation_date", old: old.deprecationDate.map(DiffValue.text), new: new.deprecationDate.map(DiffValue.text)))
        }
        if old.retirementDate != new.retirementDate {
            changes.append(CatalogChange(kind: .deprecation, model: new.id, field: "retirement_date", old: old.retirementDate.map(DiffValue.text), new: new.retirementDate.map(DiffValue.text)))
        }
    }

    mutating func flagOrphanedNote(old: Model, new: Model?) {
        guard !old.endpoints.isEmpty, new?.endpoints.isEmpty ?? true else { return }
        guard old.noteHTML != nil || new?.noteHTML != nil else { return }
        anomalies.append(Anomaly(
            kind: .notedModelLostEndpoints, model: old.id, provider: nil, providerModelID: nil, field: "endpoints",
            old: .integer(old.endpoints.count), new: .integer(0),
            message: "\(old.id) has a note but no endpoint is left (\(old.endpoints.count) before)",
            detail: "note kept, \(old.endpoints.count) → 0 endpoints", impact: Decimal(old.endpoints.count)))
    }

    static func excerpt(_ text: String) -> DiffValue {
        var plain = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true; continue }
            if character == ">" { inTag = false; continue }
            if !inTag { plain.append(character.isNewline ? " " : character) }
        }
        let trimmed = plain.trimmingCharacters(in: .whitespaces)
        return .text(trimmed.count > 120 ? String(trimmed.prefix(119)) + "…" : trimmed)
    }

    // MARK: endpoints

    mutating func compareEndpoints(base: Catalog, head: Catalog) {
        // Positions, not copies: an endpoint is a large value.
        var headIndex: [EndpointKey: (model: Int, endpoint: Int)] = [:]
        headIndex.reserveCapacity(head.models.count * 3)
        for (m, model) in head.models.enumerated() {
            for (e, endpoint) in model.endpoints.enumerated() { headIndex[endpoint.key] = (m, e) }
        }
        var baseKeys: Set<EndpointKey> = []
        baseKeys.reserveCapacity(headIndex.count)
        var basePerProvider: [String: Int] = [:]
        var lostPerProvider: [String: Int] = [:]

        for model in base.models {
            for old in model.endpoints {
                baseKeys.insert(old.key)
                basePerProvider[old.provider, default: 0] += 1
                guard let position = headIndex[old.key] else {
                    lostPerProvider[old.provider, default: 0] += 1
                    changes.append(CatalogChange(
                        kind: .removed, model: model.id, provider: old.provider, providerModelID: old.providerModelID, field: "endpoint",
                        old: old.pricing[.prompt].map(DiffValue.price), new: nil, priceKey: PriceKey(.prompt)))
                    continue
                }
                let newModel = head.models[position.model].id
                if newModel != model.id {
                    changes.append(CatalogChange(
                        kind: .resolution, model: newModel, provider: old.provider, providerModelID: old.providerModelID, field: "model",
                        old: .text(model.id.description), new: .text(newModel.description), anomalies: [.resolutionChanged]))
                    anomalies.append(Anomaly(
                        kind: .resolutionChanged, model: newModel, provider: old.provider, providerModelID: old.providerModelID, field: "model",
                        old: .text(model.id.description), new: .text(newModel.description),
                        message: "\(old.key) moved from \(model.id) to \(newModel)", detail: "now \(newModel)"))
                }
                compare(old, head.models[position.model].endpoints[position.endpoint], model: newModel)
            }
        }
        for model in head.models {
            for endpoint in model.endpoints where !baseKeys.contains(endpoint.key) {
                changes.append(CatalogChange(
                    kind: .added, model: model.id, provider: endpoint.provider, providerModelID: endpoint.providerModelID, field: "endpoint",
                    old: nil, new: endpoint.pricing[.prompt].map(DiffValue.price), priceKey: PriceKey(.prompt)))
            }
        }
        for (provider, total) in basePerProvider.sorted(by: { $0.key < $1.key }) {
            let lost = lostPerProvider[provider] ?? 0
            guard lost > 0, Decimal(lost) > Decimal(total) * settings.providerLossShare else { continue }
            let percent = Decimal(lost * 100) / Decimal(total)
            anomalies.append(Anomaly(
                kind: .providerLostEndpoints, model: nil, provider: provider, providerModelID: nil, field: "endpoints",
                old: .integer(total), new: .integer(total - lost),
                message: "\(provider) lost \(lost) of its \(total) endpoints (\(Self.percentText(percent)))",
                detail: "lost \(lost) of \(total) (\(Self.percentText(percent)))", impact: percent))
        }
    }

    mutating func compare(_ old: Endpoint, _ new: Endpoint, model: ModelID) {
        comparePrices(old, new, model: model)
        let context: [(String, Int?, Int?)] = [
            ("context_length", old.contextLength, new.contextLength), ("max_input_tokens", old.maxInputTokens, new.maxInputTokens),
        ]
        for (field, a, b) in context where a != b {
            changes.append(endpointChange(.context, old, model, field, a.map(DiffValue.integer), b.map(DiffValue.integer)))
        }
        if old.maxOutputTokens != new.maxOutputTokens {
            changes.append(endpointChange(.maxOutput, old, model, "max_output_tokens", old.maxOutputTokens.map(DiffValue.integer), new.maxOutputTokens.map(DiffValue.integer)))
        }
        if old.capabilities != new.capabilities {
            for capability in Set(old.capabilities.keys).union(new.capabilities.keys).sorted() {
                let a = old.capabilities[capability], b = new.capabilities[capability]
                if a != b { changes.append(endpointChange(.capability, old, model, capability.rawValue, a.map(DiffValue.flag), b.map(DiffValue.flag))) }
            }
        }
        let modalities: [(String, [String], [String])] = [
            ("input_modalities", old.inputModalities, new.inputModalities), ("output_modalities", old.outputModalities, new.outputModalities),
        ]
        for (field, a, b) in modalities where Set(a) != Set(b) {
            changes.append(endpointChange(.modality, old, model, field, .list(Array(Set(a)).sorted()), .list(Array(Set(b)).sorted())))
        }
        if old.status != new.status {
            changes.append(endpointChange(.deprecation, old, model, "status", old.status.map(DiffValue.text), new.status.map(DiffValue.text)))
        }
        if old.deprecationDate != new.deprecationDate {
            changes.append(endpointChange(.deprecation, old, model, "deprecation_date", old.deprecationDate.map(DiffValue.text), new.deprecationDate.map(DiffValue.text)))
        }
    }

    func endpointChange(_ kind: ChangeKind, _ endpoint: Endpoint, _ model: ModelID, _ field: String, _ old: DiffValue?, _ new: DiffValue?) -> CatalogChange {
        CatalogChange(kind: kind, model: model, provider: endpoint.provider, providerModelID: endpoint.providerModelID, field: field, old: old, new: new)
    }

    mutating func comparePrices(_ old: Endpoint, _ new: Endpoint, model: ModelID) {
        if old.pricing.rates != new.pricing.rates {
            for key in Set(old.pricing.rates.keys).union(new.pricing.rates.keys).sorted() {
                let a = old.pricing.rates[key], b = new.pricing.rates[key]
                guard a != b else { continue }
                var change = CatalogChange(
                    kind: .price, model: model, provider: old.provider, providerModelID: old.providerModelID, field: Self.fieldName(key),
                    old: a.map(DiffValue.price), new: b.map(DiffValue.price), priceKey: key)
                flagPrice(&change, a, b)
                changes.append(change)
            }
        }
        if old.pricing.multipliers != new.pricing.multipliers {
            for name in Set(old.pricing.multipliers.keys).union(new.pricing.multipliers.keys).sorted() {
                let a = old.pricing.multipliers[name], b = new.pricing.multipliers[name]
                guard a != b else { continue }
                changes.append(CatalogChange(
                    kind: .price, model: model, provider: old.provider, providerModelID: old.providerModelID, field: "multiplier/\(name)",
                    old: a.map(DiffValue.price), new: b.map(DiffValue.price)))
            }
        }
        if old.pricing.offPeakWindows != new.pricing.offPeakWindows {
            func text(_ windows: [OffPeakWindow]) -> DiffValue {
                .list(windows.map { "days \($0.weekdays.map(String.init).joined(separator: ",")) \($0.hoursUTC.joined(separator: ",")) UTC" })
            }
            changes.append(CatalogChange(
                kind: .price, model: model, provider: old.provider, providerModelID: old.providerModelID, field: "off_peak_windows",
                old: text(old.pricing.offPeakWindows), new: text(new.pricing.offPeakWindows)))
        }
    }

    mutating func flagPrice(_ change: inout CatalogChange, _ old: Decimal?, _ new: Decimal?) {
        guard let old, let new else { return }
        let kind: AnomalyKind
        let detail: String
        var impact: Decimal = 0
        if old > 0, new.isZero {
            (kind, detail) = (.paidToFree, "paid → 0")
        } else if old.isZero, new > 0 {
            (kind, detail) = (.freeToPaid, "0 → paid")
        } else if old > 0, new > 0, new > old * settings.priceFactor || old > new * settings.priceFactor {
            impact = new > old ? new / old : old / new
            (kind, detail) = (.priceFactor, "\(new > old ? "up" : "down") ×\(Self.ratioText(impact))")
        } else {
            return
        }
        change.anomalies = [kind]
        let subject = "\(change.provider ?? ""):\(change.providerModelID ?? "") \(change.field)"
        anomalies.append(Anomaly(
            kind: kind, model: change.model, provider: change.provider, providerModelID: change.providerModelID, field: change.field,
            old: change.old, new: change.new, message: "\(subject) \(detail) (\(old) → \(new))", detail: detail,
            priceKey: change.priceKey, impact: impact))
    }

    /// The `field` of a price change: `prompt`, `batch/prompt`, `prompt >200000`, `flex/prompt >=128000`.
    static func fieldName(_ key: PriceKey) -> String {
        var name = key.serviceTier == .standard ? key.component.rawValue : "\(key.serviceTier.rawValue)/\(key.component.rawValue)"
        if let tier = key.tier { name += " \(tier.inclusive ? ">=" : ">")\(tier.inputTokens)" }
        return name
    }

    static func ratioText(_ value: Decimal) -> String {
        var copy = value, rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 1, .plain)
        return "\(rounded)"
    }

    static func percentText(_ value: Decimal) -> String {
        var copy = value, rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 0, .plain)
        return "\(rounded)%"
    }

    // MARK: providers

    mutating func compareProviders(base: Catalog, head: Catalog) {
        var headByID: [String: Provider] = [:]
        for provider in head.providers { headByID[provider.id] = provider }
        let baseIDs = Set(base.providers.map(\.id))
        for old in base.providers {
            guard let new = headByID[old.id] else {
                changes.append(CatalogChange(kind: .provider, model: nil, provider: old.id, field: "provider", old: .text(old.name), new: nil))
                continue
            }
            for ((field, a), (_, b)) in zip(Self.facts(old), Self.facts(new)) where a != b {
                changes.append(CatalogChange(kind: .provider, model: nil, provider: old.id, field: field, old: a, new: b))
            }
        }
        for provider in head.providers where !baseIDs.contains(provider.id) {
            changes.append(CatalogChange(kind: .provider, model: nil, provider: provider.id, field: "provider", old: nil, new: .text(provider.name)))
        }
    }

    /// The hand-written facts of a provider file, by JSON name.
    static func facts(_ p: Provider) -> [(String, DiffValue?)] {
        [
            ("name", .text(p.name)), ("website", p.website.map(DiffValue.text)), ("docs", p.docs.map(DiffValue.text)),
            ("pricing_page", p.pricingPage.map(DiffValue.text)), ("status_page", p.statusPage.map(DiffValue.text)),
            ("api_base_url", p.apiBaseURL.map(DiffValue.text)), ("openai_compatible", p.openAICompatible.map(DiffValue.flag)),
            ("headquarters", p.headquarters.map(DiffValue.text)), ("trains_on_prompts", p.trainsOnPrompts.map(DiffValue.flag)),
            ("retention", p.retention.map(DiffValue.text)), ("retention_days", p.retentionDays.map(DiffValue.integer)),
            ("zero_retention", p.zeroRetention.map { .text($0.rawValue) }), ("fact_sources", p.factSources.isEmpty ? nil : .list(p.factSources)),
            ("facts_checked_on", p.factsCheckedOn.map(DiffValue.text)), ("description", p.description.map(excerpt)),
            ("note", p.noteHTML.map(excerpt)),
        ]
    }
}
