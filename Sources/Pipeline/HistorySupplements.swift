import Analysis
import Foundation
import ModelCatalog
import Site

/// Turns the recorded price history into what the site shows: per-model price points
/// (one per endpoint and recording) and the change log of the newest recordings.
/// Recordings without a date are shown by their label, never given an invented date.
enum HistorySupplements {
    /// The most changes listed on the changes page and in the feed.
    static let changeLimit = 300

    /// The price points and the change log of the catalog's models.
    ///
    /// Replays the recordings keeping, per endpoint, only what a point shows (its model and
    /// its prompt, completion and context values, each parsed once when it changes), and
    /// lists the endpoints of every recording in one order kept sorted as endpoints appear,
    /// so no model's points need sorting.
    static func make(_ history: PriceHistory, catalog: Catalog) -> SiteSupplements {
        let known = Set(catalog.models.map(\.id))
        let prompt = HistoryField.price(PriceKey(.prompt))
        let completion = HistoryField.price(PriceKey(.completion))
        var endpoints: [PricedEndpoint] = []
        var positions: [EndpointKey: Int] = [:]
        var order: [Int] = []  // endpoint positions by provider text
        var slots: [ModelID: Int] = [:]
        var pointsBySlot: [[SiteSupplements.PricePoint]] = []
        // Where a model's points go, nil when it is not in the catalog (or no model id).
        func slot(of model: String) -> Int? {
            guard let id = ModelID(model), known.contains(id) else { return nil }
            if let slot = slots[id] { return slot }
            slots[id] = pointsBySlot.count
            pointsBySlot.append([])
            return pointsBySlot.count - 1
        }
        // Provider texts of plain ASCII ids (and the middle dot) compare as their UTF-8 bytes
        // do, as `String` compares them; only other text needs `String`'s Unicode comparison.
        var asciiOnly = true
        var providers: [String] = []  // by endpoint position, for sorting
        func less(_ a: Int, _ b: Int) -> Bool {
            asciiOnly ? Self.bytesPrecede(providers[a], providers[b]) : providers[a] < providers[b]
        }
        for recording in history.recordings {
            let changes = recording.changes
            let firstNew = endpoints.count
            var last = (provider: HistoryChanges.absent, providerModelID: HistoryChanges.absent)
            var position = -1
            var lastModel: (text: String, slot: Int?)?
            var decimals: [UInt32: Decimal] = [:]  // by position in the recording's texts
            func decimal(_ text: UInt32) -> Decimal? {
                guard text != HistoryChanges.absent else { return nil }
                if let known = decimals[text] { return known }
                let parsed = Decimal(string: changes.texts[Int(text)])
                decimals[text] = parsed
                return parsed
            }
            for row in changes.rows {
                guard let field = changes.field(of: row) else { continue }
                if position < 0 || last != (row.provider, row.providerModelID) {
                    last = (row.provider, row.providerModelID)
                    let key = EndpointKey(provider: changes.texts[Int(row.provider)], providerModelID: changes.texts[Int(row.providerModelID)])
                    if let known = positions[key] {
                        position = known
                    } else {
                        position = endpoints.count
                        positions[key] = position
                        asciiOnly = asciiOnly && key.provider.utf8.allSatisfy { $0 < 0x80 } && key.providerModelID.utf8.allSatisfy { $0 < 0x80 }
                        providers.append("\(key.provider) · \(key.providerModelID)")
                        endpoints.append(PricedEndpoint(provider: providers[position]))
                    }
                }
                let model = changes.texts[Int(row.model)]
                if endpoints[position].model != model {
                    endpoints[position].model = model
                    if let lastModel, lastModel.text == model {
                        endpoints[position].slot = lastModel.slot
                    } else {
                        let found = slot(of: model)
                        lastModel = (model, found)
                        endpoints[position].slot = found
                    }
                }
                switch field {
                case prompt: endpoints[position].prompt = decimal(row.new)
                case completion: endpoints[position].completion = decimal(row.new)
                case .contextLength: endpoints[position].contextLength = changes.text(row.new).flatMap { Int($0) }
                default: break
                }
            }
            if endpoints.count > firstNew {
                order = Self.merged(order, (firstNew..<endpoints.count).sorted(by: less), by: less)
            }
            let header = recording.header
            let date = header.date ?? header.name
            for position in order {
                guard let slot = endpoints[position].slot, endpoints[position].prompt != nil || endpoints[position].completion != nil else { continue }
                pointsBySlot[slot].append(SiteSupplements.PricePoint(
                    date: date, provider: endpoints[position].provider, prompt: endpoints[position].prompt, completion: endpoints[position].completion,
                    contextLength: endpoints[position].contextLength, order: header.sequence))
            }
        }
        var points: [ModelID: [SiteSupplements.PricePoint]] = [:]
        points.reserveCapacity(slots.count)
        for (model, slot) in slots where !pointsBySlot[slot].isEmpty { points[model] = pointsBySlot[slot] }
        return SiteSupplements(priceHistory: points, changes: changeLog(history, known: known))
    }

    /// What a price point shows of one endpoint after the recordings replayed so far.
    private struct PricedEndpoint {
        /// `provider · provider model id`.
        let provider: String
        /// The model of the endpoint's last change.
        var model = ""
        /// Where the model's points go, nil when the model is not in the catalog.
        var slot: Int?
        var prompt: Decimal?
        var completion: Decimal?
        var contextLength: Int?
    }

    /// Two sorted lists as one, `first`'s item first among equals.
    private static func merged(_ first: [Int], _ second: [Int], by less: (Int, Int) -> Bool) -> [Int] {
        guard !first.isEmpty else { return second }
        var out: [Int] = []
        out.reserveCapacity(first.count + second.count)
        var i = 0, j = 0
        while i < first.count && j < second.count {
            if less(second[j], first[i]) {
                out.append(second[j])
                j += 1
            } else {
                out.append(first[i])
                i += 1
            }
        }
        out += first[i...]
        out += second[j...]
        return out
    }

    /// True when `a`'s UTF-8 bytes come before `b`'s.
    static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        let compared = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                let common = min(x.count, y.count)
                if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let order = memcmp(p, q, common)
                    if order != 0 { return order < 0 }
                }
                return x.count < y.count
            }
        }
        return (compared ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The price changes of the catalog's models after the baseline, newest recording first,
    /// at most ``changeLimit``.
    private static func changeLog(_ history: PriceHistory, known: Set<ModelID>) -> [SiteSupplements.Change] {
        var log: [SiteSupplements.Change] = []
        for recording in history.recordings.dropFirst().reversed() {
            let changes = recording.changes
            let header = recording.header
            for row in changes.rows {
                guard log.count < changeLimit else { return log }
                guard let field = changes.field(of: row), field.isPrice else { continue }
                let change = changes.change(row)
                guard let model = ModelID(change.model), known.contains(model) else { continue }
                let title: String
                switch (change.old, change.new) {
                case (nil, _): title = "\(field) priced at \(change.provider)"
                case (_, nil): title = "\(field) no longer listed at \(change.provider)"
                default: title = "\(field) changed at \(change.provider)"
                }
                let summary = "\(change.provider) \(change.providerModelID): \(field) \(change.old ?? "none") → \(change.new ?? "none") USD per unit (\(header.name))."
                log.append(SiteSupplements.Change(date: header.date ?? "", model: model, title: title, summary: summary, label: header.name))
            }
        }
        return log
    }

    /// The site's form of the analysis stage's leaderboards: each entry's figure formatted
    /// for the leaderboard's sort (blended price per 1M, context or max output).
    static func leaderboards(_ boards: [Leaderboard]) -> [SiteSupplements.Leaderboard] {
        boards.map { board in
            let label: String
            switch board.definition.sort {
            case .price: label = "blended USD per 1M tokens (3 input : 1 output)"
            case .context: label = "context length"
            case .outputLimit: label = "max output tokens"
            }
            let entries = board.entries.map { entry -> SiteSupplements.Leaderboard.Entry in
                let value: String
                switch board.definition.sort {
                case .price: value = PriceDisplay.perMillionText(entry.blendedPrice) + " at \(entry.endpoint.provider)"
                case .context: value = PriceDisplay.tokens(entry.contextLength) + " at \(entry.endpoint.provider)"
                case .outputLimit: value = PriceDisplay.tokens(entry.maxOutputTokens) + " at \(entry.endpoint.provider)"
                }
                return SiteSupplements.Leaderboard.Entry(model: entry.model, value: value)
            }
            return SiteSupplements.Leaderboard(id: board.definition.id, title: board.definition.title, valueLabel: label, entries: entries)
        }
    }
}
