/// Guards against a provider serving a truncated or broken listing that still parses:
/// a new snapshot whose model count drops by more than `maxShrinkPercent` is refused.
public struct ShrinkRule: Sendable, Equatable {
    /// The largest drop in model count accepted, in percent of the previous count.
    public var maxShrinkPercent: Int

    /// A rule refusing drops larger than `maxShrinkPercent` (default 30).
    public init(maxShrinkPercent: Int = 30) {
        self.maxShrinkPercent = maxShrinkPercent
    }

    /// Whether a listing going from `before` to `after` models is refused.
    /// Nothing is refused when there was no readable previous snapshot.
    public func refuses(before: Int?, after: Int) -> Bool {
        guard let before, before > 0, after < before else { return false }
        return (before - after) * 100 > before * maxShrinkPercent
    }
}
