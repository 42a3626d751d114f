import Foundation

/// An input-size tier: rates that apply to a whole request once its input
/// (cache tokens included) passes `inputTokens`.
public struct PriceTier: Hashable, Comparable, Sendable {
    /// The threshold in input tokens.
    public var inputTokens: Int
    /// True when the tier starts at the threshold (`>=`), false when strictly above it (`>`).
    public var inclusive: Bool

    public init(inputTokens: Int, inclusive: Bool = false) {
        self.inputTokens = inputTokens
        self.inclusive = inclusive
    }

    /// Whether a request with this many input tokens is billed at this tier's rates.
    public func applies(toInputTokens tokens: Int) -> Bool {
        inclusive ? tokens >= inputTokens : tokens > inputTokens
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.inputTokens, lhs.inclusive ? 0 : 1) < (rhs.inputTokens, rhs.inclusive ? 0 : 1)
    }
}

/// Where one rate sits in a price sheet: which component, under which service tier,
/// and above which input threshold (nil for the base rate).
public struct PriceKey: Hashable, Comparable, Sendable {
    public var component: PriceComponent
    public var serviceTier: ServiceTier
    public var tier: PriceTier?

    public init(_ component: PriceComponent, serviceTier: ServiceTier = .standard, tier: PriceTier? = nil) {
        self.component = component
        self.serviceTier = serviceTier
        self.tier = tier
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.serviceTier != rhs.serviceTier { return lhs.serviceTier == .standard || (rhs.serviceTier != .standard && lhs.serviceTier < rhs.serviceTier) }
        if lhs.tier != rhs.tier {
            guard let l = lhs.tier else { return true }
            guard let r = rhs.tier else { return false }
            return l < r
        }
        return lhs.component < rhs.component
    }
}

/// Everything known about what an endpoint charges, in exact USD.
///
/// A missing rate is unknown, never zero: ask with ``rate(_:serviceTier:tier:)``,
/// which returns nil for a component the sources did not price.
public struct Pricing: Hashable, Sendable {
    /// Every known rate, USD per unit of its component.
    public private(set) var rates: [PriceKey: Decimal]
    /// Multipliers a provider applies on top of the rates, such as
    /// `regional_processing_uplift_eu`; keyed by name.
    public var multipliers: [String: Decimal]
    /// When the `off_peak` service tier's rates apply, if the endpoint has one.
    public var offPeakWindows: [OffPeakWindow]

    public init(rates: [PriceKey: Decimal] = [:], multipliers: [String: Decimal] = [:], offPeakWindows: [OffPeakWindow] = []) {
        self.rates = rates
        self.multipliers = multipliers
        self.offPeakWindows = offPeakWindows
    }

    /// True when no rate is known.
    public var isEmpty: Bool { rates.isEmpty }

    /// The rate for a component, or nil when the sources do not give one.
    public func rate(_ component: PriceComponent, serviceTier: ServiceTier = .standard, tier: PriceTier? = nil) -> Decimal? {
        rates[PriceKey(component, serviceTier: serviceTier, tier: tier)]
    }

    /// The standard base rate of a component (shorthand for the common case).
    public subscript(component: PriceComponent) -> Decimal? {
        get { rates[PriceKey(component)] }
        set { rates[PriceKey(component)] = newValue }
    }

    /// Sets or clears one rate.
    public mutating func setRate(_ value: Decimal?, for key: PriceKey) {
        rates[key] = value
    }

    /// The keys in their stable output order.
    public var sortedKeys: [PriceKey] { rates.keys.sorted() }

    /// The service tiers that have at least one rate, standard first.
    public var serviceTiers: [ServiceTier] {
        Array(Set(rates.keys.map(\.serviceTier))).sorted { PriceKey(.prompt, serviceTier: $0) < PriceKey(.prompt, serviceTier: $1) }
    }

    /// The input-size tiers used under a service tier, lowest threshold first.
    public func tiers(in serviceTier: ServiceTier = .standard) -> [PriceTier] {
        Array(Set(rates.keys.filter { $0.serviceTier == serviceTier }.compactMap(\.tier))).sorted()
    }

    /// True when every known standard token rate is zero and at least one is known.
    public var isFree: Bool {
        guard let prompt = self[.prompt], let completion = self[.completion] else { return false }
        return prompt.isZero && completion.isZero
    }
}

/// A weekly window in which off-peak rates apply.
public struct OffPeakWindow: Hashable, Sendable {
    /// ISO weekdays, 1 = Monday ... 7 = Sunday.
    public var weekdays: [Int]
    /// UTC hour ranges such as `00:00-01:00`; `00:00-00:00` is the whole day.
    public var hoursUTC: [String]
    /// The time zone in which weekdays are counted, when the source names one.
    public var weekdayTimeZone: String?

    public init(weekdays: [Int], hoursUTC: [String], weekdayTimeZone: String? = nil) {
        self.weekdays = weekdays
        self.hoursUTC = hoursUTC
        self.weekdayTimeZone = weekdayTimeZone
    }
}

extension ServiceTier {
    /// Rates that apply in a provider's off-peak hours.
    public static let offPeak = ServiceTier("off_peak")
}
