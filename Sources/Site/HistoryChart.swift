import Analysis
import Foundation
import ModelCatalog

/// A model's recorded input prices over time, one line per provider, plus the table
/// under it. Built only when the price history has points for the model.
struct HistoryChart {
    struct Series {
        let provider: String
        let points: String
        let colorIndex: Int
    }

    struct Tick {
        let position: String
        let label: String
    }

    struct Row {
        let date: String
        let provider: String
        let input: String
        let output: String
        let context: String
    }

    let width = 640
    let height = 260
    let series: [Series]
    let yTicks: [Tick]
    let firstDate: String
    let lastDate: String
    let rows: [Row]

    init?(_ points: [SiteSupplements.PricePoint]) {
        // Recordings labelled by release have no date: they are placed in recording order.
        // Each date parsed once, and none after the first that is not a date.
        var days: [Double] = []
        days.reserveCapacity(points.count)
        for point in points {
            guard let day = Self.dayNumber(point.date) else { break }
            days.append(day)
        }
        let dated = days.count == points.count
        // Each input price per 1M once: for the plot and for the table.
        let inputs = points.map { $0.prompt.map(PriceDisplay.perMillion) }
        let priced = points.indices.compactMap { index -> (day: Double, plotHeight: Double, point: SiteSupplements.PricePoint)? in
            guard let input = inputs[index] else { return nil }
            let point = points[index]
            let day = dated ? days[index] : Double(point.order)
            return (day, NSDecimalNumber(decimal: input).doubleValue, point)
        }
        guard !priced.isEmpty else { return nil }
        let x = ChartScale.linear(priced.map(\.day), from: 56, to: 624, fromZero: false)
        let y = ChartScale.linear(priced.map(\.plotHeight), from: 224, to: 12)
        let providers = Array(Set(priced.map(\.point.provider))).sorted()
        series = providers.enumerated().map { index, provider in
            let line = priced.filter { $0.point.provider == provider }.sorted { $0.day < $1.day }
            return Series(
                provider: provider,
                points: line.map { Self.coordinate(x.position($0.day)) + "," + Self.coordinate(y.position($0.plotHeight)) }.joined(separator: " "),
                colorIndex: index % 6)
        }
        yTicks = y.linearTicks().map { Tick(position: Self.coordinate(y.position($0)), label: FixedPointText.text($0, decimals: 2)) }
        let ordered = priced.sorted { ($0.day, $0.point.date) < ($1.day, $1.point.date) }
        firstDate = ordered.first?.point.date ?? ""
        lastDate = ordered.last?.point.date ?? ""
        rows = points.indices.sorted { (points[$0].order, points[$0].date, points[$0].provider) > (points[$1].order, points[$1].date, points[$1].provider) }.map {
            let point = points[$0]
            return Row(
                date: point.date, provider: point.provider, input: inputs[$0].map(PriceDisplay.amountText) ?? "—",
                output: PriceDisplay.perMillionText(point.completion), context: PriceDisplay.tokens(point.contextLength))
        }
    }

    /// A coordinate as SVG text: ``ChartScale/coordinate(_:)``'s bytes (one decimal).
    static func coordinate(_ value: Double) -> String {
        FixedPointText.text(value, decimals: 1)
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` date, or nil when it is not one (month 1-12,
    /// day 1 to the month's length in the proleptic Gregorian calendar).
    static func dayNumber(_ date: String) -> Double? {
        let parts = date.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), (1...lengths[month - 1]).contains(day) else { return nil }
        // Days from the civil date (the era-based method): years start in March so the leap day is last.
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Double(era * 146_097 + dayOfEra - 719_468)
    }
}
