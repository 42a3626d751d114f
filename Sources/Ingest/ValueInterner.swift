/// Hands out one shared copy of equal values: a reader interns the small collections most
/// entries repeat (capability tables, modality lists), so thousands of entries share one
/// buffer instead of each holding its own (copy-on-write keeps them independent).
public struct ValueInterner<Value: Hashable>: Sendable where Value: Sendable {
    private var values: Set<Value> = []

    /// An interner holding no values yet.
    public init() {}

    /// The copy of `value` handed out before, or `value` itself, kept for next time.
    public mutating func intern(_ value: Value) -> Value {
        values.insert(value).memberAfterInsert
    }
}
