import Analysis
import ModelCatalog

/// The geometry and text of a model's embeddable SVG badge: its name on the left, its
/// cheapest input / output price per 1M tokens on the right. Widths are estimated from
/// the character count (the badge uses a fixed-width font so the estimate holds).
struct Badge {
    let label: String
    let value: String
    let labelWidth: Int
    let valueWidth: Int
    let width: Int
    let labelX: Int
    let valueX: Int
    let title: String

    init(_ model: Model) {
        label = model.name.count > 40 ? String(model.name.prefix(39)) + "…" : model.name
        value = Self.valueText(ModelPrice(model))
        labelWidth = label.count * 7 + 12
        valueWidth = value.count * 7 + 12
        width = labelWidth + valueWidth
        labelX = labelWidth / 2
        valueX = labelWidth + valueWidth / 2
        title = "\(model.name): \(value)"
    }

    /// "in $2.50 · out $10.00 /1M", or "no price".
    static func valueText(_ price: ModelPrice) -> String {
        guard price.prompt != nil || price.completion != nil else { return "no price" }
        return "in $\(PriceDisplay.perMillionText(price.prompt)) · out $\(PriceDisplay.perMillionText(price.completion)) /1M"
    }
}
