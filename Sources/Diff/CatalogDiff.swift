import ModelCatalog

/// What changed between a base and a head catalog: every change, the anomalies among
/// them, and counts. The value every report renders.
public struct CatalogDiff: Hashable, Sendable {
    /// A label for the base side (a path, a revision), shown in reports.
    public var baseLabel: String
    /// A label for the head side.
    public var headLabel: String
    /// Every change, in the contract order (kind, model, provider, provider model id, field).
    public var changes: [CatalogChange]
    /// Every anomaly, in report order.
    public var anomalies: [Anomaly]

    /// A diff from its parts; sorts changes and anomalies into their stable order.
    public init(baseLabel: String, headLabel: String, changes: [CatalogChange], anomalies: [Anomaly]) {
        self.baseLabel = baseLabel
        self.headLabel = headLabel
        self.changes = changes.sorted(by: CatalogChange.contractOrder)
        self.anomalies = anomalies.sorted(by: Anomaly.contractOrder)
    }

    /// True when nothing changed.
    public var isEmpty: Bool { changes.isEmpty && anomalies.isEmpty }

    /// The number of changes of each kind (every kind present, zero included).
    public var counts: [ChangeKind: Int] {
        var counts = Dictionary(uniqueKeysWithValues: ChangeKind.allCases.map { ($0, 0) })
        for change in changes { counts[change.kind, default: 0] += 1 }
        return counts
    }

    /// The number of anomalies of each kind (every kind present, zero included).
    public var anomalyCounts: [AnomalyKind: Int] {
        var counts = Dictionary(uniqueKeysWithValues: AnomalyKind.allCases.map { ($0, 0) })
        for anomaly in anomalies { counts[anomaly.kind, default: 0] += 1 }
        return counts
    }

    /// Models only the head has.
    public var modelsAdded: Int { changes.filter { $0.kind == .added && $0.field == "model" }.count }
    /// Models only the base has.
    public var modelsRemoved: Int { changes.filter { $0.kind == .removed && $0.field == "model" }.count }
    /// Endpoints only the head has.
    public var endpointsAdded: Int { changes.filter { $0.kind == .added && $0.field == "endpoint" }.count }
    /// Endpoints only the base has.
    public var endpointsRemoved: Int { changes.filter { $0.kind == .removed && $0.field == "endpoint" }.count }

    /// The changes of one kind, highest impact first.
    public func changes(of kind: ChangeKind) -> [CatalogChange] {
        // Impact is computed once per change (it divides decimals), then sorted on.
        let decorated = changes.filter { $0.kind == kind }.map { (impact: $0.impact, change: $0) }
        return decorated.sorted { lhs, rhs in
            if lhs.impact != rhs.impact { return lhs.impact > rhs.impact }
            return CatalogChange.contractOrder(lhs.change, rhs.change)
        }.map(\.change)
    }
}
