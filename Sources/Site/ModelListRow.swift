import Analysis
import ModelCatalog

/// One row of a provider or author page: a model (or one endpoint of it) with its prices.
struct ModelListRow {
    let modelHref: String
    let modelName: String
    let modelID: String
    /// The provider's own model id, on provider pages.
    let providerModelID: String?
    let input: String
    let inputValue: String?
    let output: String
    let outputValue: String?
    let context: String
    let providerCount: Int

    /// A row for one endpoint of a model (provider pages).
    init(model: Model, endpoint: Endpoint, root: String) {
        modelHref = root + SitePath.model(model.id) + "index.html"
        modelName = model.name
        modelID = model.id.description
        providerModelID = endpoint.providerModelID
        (input, inputValue) = PriceDisplay.perMillionTexts(endpoint.pricing[.prompt])
        (output, outputValue) = PriceDisplay.perMillionTexts(endpoint.pricing[.completion])
        context = PriceDisplay.tokens(endpoint.contextLength)
        providerCount = model.providers.count
    }

    /// A row for a model at its cheapest price (author pages).
    init(model: Model, root: String) {
        modelHref = root + SitePath.model(model.id) + "index.html"
        modelName = model.name
        modelID = model.id.description
        providerModelID = nil
        let price = ModelPrice(model)
        (input, inputValue) = PriceDisplay.perMillionTexts(price.prompt)
        (output, outputValue) = PriceDisplay.perMillionTexts(price.completion)
        context = PriceDisplay.tokens(model.contextLength)
        providerCount = model.providers.count
    }
}
