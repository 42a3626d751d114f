import Analysis
import Foundation
import ModelCatalog

/// The price-vs-context scatter chart: one point per model that has both a context length
/// and a non-zero cheapest input price, both axes on log scales, a hover title per point.
/// Geometry only; `templates/scatter.mustache` draws it, escaping every label.
struct ScatterChart {
    struct Point {
        let cx: String
        let cy: String
        let title: String
        let chat: Bool
    }

    struct Tick {
        let position: String
        let label: String
    }

    let width = 760
    let height = 460
    let plotLeft = "64"
    let plotRight = "744"
    let plotTop = "16"
    let plotBottom = "404"
    let points: [Point]
    let xTicks: [Tick]
    let yTicks: [Tick]
    let count: Int

    init(_ models: [Model]) {
        var data: [(model: Model, context: Int, plotHeight: Double)] = []
        for model in models {
            guard let context = model.contextLength, context > 0, let prompt = ModelPrice(model).prompt, prompt > 0 else { continue }
            let perMillion = NSDecimalNumber(decimal: PriceDisplay.perMillion(prompt)).doubleValue
            data.append((model, context, perMillion))
        }
        let x = ChartScale.logarithmic(data.map { Double($0.context) }, from: 64, to: 744)
        let y = ChartScale.logarithmic(data.map(\.plotHeight), from: 404, to: 16)
        points = data.map { item in
            let price = ModelPrice(item.model)
            return Point(
                cx: ChartScale.coordinate(x.position(Double(item.context))),
                cy: ChartScale.coordinate(y.position(item.plotHeight)),
                title: "\(item.model.name) (\(item.model.id)): \(PriceDisplay.tokens(item.context)) context, $\(PriceDisplay.perMillionText(price.prompt)) input / $\(PriceDisplay.perMillionText(price.completion)) output per 1M",
                chat: item.model.mode == "chat" || item.model.mode == "responses")
        }
        xTicks = x.powerTicks.map { Tick(position: ChartScale.coordinate(x.position($0)), label: PriceDisplay.tokens(Int($0))) }
        yTicks = y.powerTicks.map { Tick(position: ChartScale.coordinate(y.position($0)), label: "$" + Self.money($0)) }
        count = data.count
    }

    /// A power of ten as money text: 0.001, 0.01, 1, 100.
    static func money(_ value: Double) -> String {
        value >= 1 ? String(format: "%.0f", value) : String(format: "%.\(Int(-floor(log10(value))))f", value)
    }
}
