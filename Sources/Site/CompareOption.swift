import Analysis
import ModelCatalog

/// One model as the compare view's script reads it: an `<option>` of the model list whose
/// `data-*` attributes carry the facts shown side by side. Works from disk (no fetch).
struct CompareOption {
    let id: String
    let name: String
    let href: String
    let author: String
    let providerCount: Int
    let context: String
    let maxOutput: String
    let input: String
    let output: String
    let modalities: String
    let capabilities: String
    let released: String
    let cheapestProvider: String

    init(_ model: Model) {
        id = model.id.description
        name = model.name
        href = SitePath.model(model.id) + "index.html"
        author = model.author
        providerCount = model.providers.count
        context = PriceDisplay.tokens(model.contextLength)
        maxOutput = PriceDisplay.tokens(model.maxOutputTokens)
        let price = ModelPrice(model)
        input = PriceDisplay.perMillionText(price.prompt)
        output = PriceDisplay.perMillionText(price.completion)
        modalities = FactWording.modalities(model)
        let labels = Capability.highlighted.filter { model.capabilities[$0] == true }.map(FactWording.label)
        capabilities = labels.isEmpty ? "—" : labels.joined(separator: ", ")
        released = model.releaseDate ?? "—"
        cheapestProvider = CheapestEndpoint.index(in: model.endpoints).map { model.endpoints[$0].provider } ?? "—"
    }
}
