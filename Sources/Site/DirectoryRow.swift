import Analysis
import Foundation
import ModelCatalog

/// One row of the directory table, already formatted. The `data-*` values the filter and
/// sort script reads are exact (USD per 1M tokens as decimal text, token counts as integers).
struct DirectoryRow {
    let id: String
    let name: String
    let href: String
    let author: String
    let authorHref: String
    let mode: String?
    let providerCount: Int
    /// Provider ids, space-separated, for the provider filter.
    let providers: String
    let context: String
    let contextValue: String
    let maxOutput: String
    let maxOutputValue: String
    let input: String
    let inputValue: String
    let output: String
    let outputValue: String
    /// "text, image → text".
    let modalities: String
    let inputModalities: String
    let outputModalities: String
    let capabilities: [String]
    /// Capability ids, space-separated, for the capability filter.
    let capabilityIDs: String
    let released: String
    let releasedValue: String
    /// Space-separated flags: `free`, `open`, `deprecated`.
    let flags: String

    init(_ model: Model) {
        id = model.id.description
        name = model.name
        href = SitePath.model(model.id) + "index.html"
        author = model.author
        authorHref = SitePath.author(model.author) + "index.html"
        mode = model.mode
        providerCount = model.providers.count
        providers = model.providers.map(SitePath.component).joined(separator: " ")
        context = PriceDisplay.tokens(model.contextLength)
        contextValue = model.contextLength.map(String.init) ?? ""
        maxOutput = PriceDisplay.tokens(model.maxOutputTokens)
        maxOutputValue = model.maxOutputTokens.map(String.init) ?? ""
        let price = ModelPrice(model)
        let input = PriceDisplay.perMillionTexts(price.prompt), output = PriceDisplay.perMillionTexts(price.completion)
        (self.input, inputValue) = (input.shown, input.exact ?? "")
        (self.output, outputValue) = (output.shown, output.exact ?? "")
        modalities = FactWording.modalities(model)
        inputModalities = model.inputModalities.joined(separator: " ")
        outputModalities = model.outputModalities.joined(separator: " ")
        let capabilities = Capability.highlighted.filter { model.capabilities[$0] == true }
        self.capabilities = capabilities.map(FactWording.label)
        capabilityIDs = capabilities.map(\.rawValue).joined(separator: " ")
        released = model.releaseDate ?? "—"
        releasedValue = model.releaseDate ?? ""
        var flags: [String] = []
        if model.endpoints.contains(where: { $0.pricing.isFree }) { flags.append("free") }
        if model.openWeights == true { flags.append("open") }
        if model.deprecationDate != nil { flags.append("deprecated") }
        self.flags = flags.joined(separator: " ")
    }
}
