import Foundation

/// Two sources giving different numbers for the same fact of the same endpoint: a price or a
/// token limit. Value A is the one the precedence kept, value B the one it overrode.
///
/// This is how maintainers find stale prices: `modelcat check --discrepancies`, the
/// discrepancies page and the `discrepancies` array of `catalog.json` list the same values.
public struct Discrepancy: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The model the endpoint serves.
    public var model: ModelID
    /// The endpoint (provider and the provider's model id).
    public var endpoint: EndpointKey
    /// The fact, named as in ``Endpoint/factValues`` (`pricing.prompt`, `context_length`).
    public var fact: String
    /// The value in use, in catalog form (USD per unit for prices).
    public var valueA: String
    /// The source that decided value A.
    public var sourceA: Provenance
    /// The overridden value, in catalog form.
    public var valueB: String
    /// The source that gave value B.
    public var sourceB: Provenance
    /// `|A − B| / max(|A|, |B|)`, rounded to 6 decimal places: 0 when equal, 1 when one of them is zero.
    public var relativeDifference: Decimal

    /// A discrepancy between two values of a fact.
    public init(model: ModelID, endpoint: EndpointKey, fact: String, valueA: String, sourceA: Provenance, valueB: String, sourceB: Provenance, relativeDifference: Decimal) {
        self.model = model
        self.endpoint = endpoint
        self.fact = fact
        self.valueA = valueA
        self.sourceA = sourceA
        self.valueB = valueB
        self.sourceB = sourceB
        self.relativeDifference = relativeDifference
    }

    /// `|a − b| / max(|a|, |b|)` rounded to 6 decimal places; nil when both are zero.
    public static func relativeDifference(_ a: Decimal, _ b: Decimal) -> Decimal? {
        let larger = max(abs(a), abs(b))
        guard !larger.isZero else { return nil }
        var quotient = abs(a - b) / larger
        var rounded = Decimal()
        NSDecimalRound(&rounded, &quotient, 6, .plain)
        return rounded
    }

    /// The relative difference as a percentage with one decimal, such as `12.5%`.
    public var percentText: String {
        var percent = relativeDifference * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &percent, 1, .plain)
        return "\(rounded)%"
    }

    /// One line: model, endpoint, fact, both values with their sources, and the difference.
    public var description: String {
        "\(model) \(endpoint) \(fact): \(valueA) (\(sourceA.source)) vs \(valueB) (\(sourceB.source)), differs by \(percentText)"
    }

    /// Ordered by model, endpoint, fact, then the overridden source.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.model, lhs.endpoint, lhs.fact, lhs.sourceB, lhs.valueB) < (rhs.model, rhs.endpoint, rhs.fact, rhs.sourceB, rhs.valueB)
    }
}

extension Catalog {
    /// Every numeric fact (price or token limit) on which two sources of an endpoint disagree,
    /// the value in use against each value it overrode; sorted.
    public var discrepancies: [Discrepancy] {
        var out: [Discrepancy] = []
        for model in models {
            for endpoint in model.endpoints where !endpoint.overridden.isEmpty {
                let values = Dictionary(endpoint.factValues.map { ($0.fact, $0.value) }, uniquingKeysWith: { first, _ in first })
                for other in endpoint.overridden where Endpoint.isNumericFact(other.fact) {
                    guard let value = values[other.fact], let sourceA = endpoint.otherFactSources[other.fact] ?? endpoint.provenance.first,
                        let a = Self.exactDecimal(value), let b = Self.exactDecimal(other.value),
                        let difference = Discrepancy.relativeDifference(a, b), !difference.isZero || a != b
                    else { continue }
                    out.append(Discrepancy(
                        model: model.id, endpoint: endpoint.key, fact: other.fact, valueA: value, sourceA: sourceA,
                        valueB: other.value, sourceB: other.source, relativeDifference: difference))
                }
            }
        }
        return out.sorted()
    }

    private static func exactDecimal(_ text: String) -> Decimal? {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
