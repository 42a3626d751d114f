import Foundation
import ModelCatalog

/// A currency the site may show prices in besides USD, with the conversion rate it uses
/// and where that rate came from. USD stays canonical: the JSON never converts, and the
/// site says which rate and date it used.
///
/// In `catalog.toml`:
/// ```toml
/// [[site.currencies]]
/// code = "EUR"            # ISO 4217 code
/// rate = "0.9"            # units of this currency per 1 USD, as a decimal string or number
/// date = "2025-01-31"     # the day the rate was read
/// source = "ECB euro foreign exchange reference rates"
/// ```
public struct DisplayCurrency: Sendable, Hashable {
    /// The ISO 4217 code, such as `EUR`.
    public var code: String
    /// Units of this currency per 1 USD.
    public var rate: Decimal
    /// The day the rate was read, `YYYY-MM-DD`.
    public var date: String
    /// Who published the rate.
    public var source: String

    /// A display currency with its rate, date and source.
    public init(code: String, rate: Decimal, date: String, source: String) {
        self.code = code
        self.rate = rate
        self.date = date
        self.source = source
    }

    /// Reads one `[[site.currencies]]` table; every field is required.
    static func read(_ table: TOMLTableReader) throws(Diagnostic) -> DisplayCurrency {
        let code = try table.requiredString("code")
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw Diagnostic.error(table.file, at: table.keyPath("code"), "expected a three-letter ISO 4217 code such as 'EUR', found '\(code)'")
        }
        let rate: Decimal?
        if let text = try? table.string("rate") {
            rate = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        } else {
            rate = try table.decimal("rate")
        }
        guard let rate, rate > 0 else {
            throw Diagnostic.error(table.file, at: table.keyPath("rate"), "expected a positive rate (units of \(code) per 1 USD)")
        }
        return DisplayCurrency(code: code, rate: rate, date: try table.requiredString("date"), source: try table.requiredString("source"))
    }
}
