/// A value of one endpoint fact that a source gave and a higher-precedence source overrode:
/// what `modelcat explain` lists under the winning value, and what discrepancies compare.
public struct OverriddenFact: Hashable, Sendable {
    /// The fact's name, as ``Endpoint/factValues`` spells it (`pricing.prompt`, `context_length`).
    public var fact: String
    /// The overridden value in its catalog form (a decimal string for prices, digits for token counts).
    public var value: String
    /// Where the overridden value came from.
    public var source: Provenance

    /// An overridden value of `fact` from `source`.
    public init(fact: String, value: String, source: Provenance) {
        self.fact = fact
        self.value = value
        self.source = source
    }
}
