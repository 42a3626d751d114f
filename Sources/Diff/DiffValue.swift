import Foundation

/// One side of a change: a price (exact USD per unit), a count, a text, a flag or a list.
public enum DiffValue: Hashable, Sendable, CustomStringConvertible {
    /// An exact price in USD per unit of its component.
    case price(Decimal)
    /// A whole number such as a context length or an endpoint count.
    case integer(Int)
    /// Free text: an id, a date, a status, a note excerpt.
    case text(String)
    /// A yes/no fact such as a capability flag.
    case flag(Bool)
    /// A sorted list such as modalities.
    case list([String])

    /// The value as plain text (prices as exact decimals per unit).
    public var description: String {
        switch self {
        case .price(let value): "\(value)"
        case .integer(let value): "\(value)"
        case .text(let value): value
        case .flag(let value): value ? "yes" : "no"
        case .list(let values): values.isEmpty ? "(none)" : values.joined(separator: ", ")
        }
    }

    /// The number behind a price or a count, for relative change.
    public var number: Decimal? {
        switch self {
        case .price(let value): value
        case .integer(let value): Decimal(value)
        default: nil
        }
    }
}
