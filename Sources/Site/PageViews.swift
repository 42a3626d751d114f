import Analysis
import Foundation
import ModelCatalog

/// The values every page's head and foot need.
struct PageChrome {
    let siteTitle: String
    let title: String
    let description: String
    let root: String
    let sources: [SourceSnapshot]
}

/// One row of the directory table, already formatted.
struct DirectoryRow {
    let id: String
    let name: String
    let href: String
    let author: String
    let mode: String
    let providerCount: Int
    let context: String
    let contextValue: String
    let input: String
    let inputValue: String
    let output: String
    let outputValue: String

    init(_ model: Model) {
        id = model.id.description
        name = model.name
        href = SitePath.model(model.id) + "index.html"
        author = model.author
        mode = model.mode ?? "—"
        providerCount = model.providers.count
        context = PriceDisplay.tokens(model.contextLength)
        contextValue = model.contextLength.map(String.init) ?? ""
        let cheapest = CheapestEndpoint.index(in: model.endpoints).map { model.endpoints[$0].pricing }
        let prompt = cheapest?[.prompt] ?? model.endpoints.compactMap { $0.pricing[.prompt] }.min()
        let completion = cheapest?[.completion] ?? model.endpoints.compactMap { $0.pricing[.completion] }.min()
        input = PriceDisplay.perMillionText(prompt)
        inputValue = prompt.map { "\($0)" } ?? ""
        output = PriceDisplay.perMillionText(completion)
        outputValue = completion.map { "\($0)" } ?? ""
    }
}

/// One row of a model page's endpoints table.
struct EndpointRow {
    let root: String
    let providerPath: String
    let providerName: String
    let providerModelID: String
    let input: String
    let output: String
    let cacheRead: String
    let cacheWrite: String
    let context: String
    let maxOutput: String
    let status: String
    let cheapest: Bool

    init(_ endpoint: Endpoint, providerName: String, root: String, cheapest: Bool) {
        self.root = root
        providerPath = SitePath.component(endpoint.provider)
        self.providerName = providerName
        providerModelID = endpoint.providerModelID
        input = PriceDisplay.perMillionText(endpoint.pricing[.prompt])
        output = PriceDisplay.perMillionText(endpoint.pricing[.completion])
        cacheRead = PriceDisplay.perMillionText(endpoint.pricing[.inputCacheRead])
        cacheWrite = PriceDisplay.perMillionText(endpoint.pricing[.inputCacheWrite])
        context = PriceDisplay.tokens(endpoint.contextLength)
        maxOutput = PriceDisplay.tokens(endpoint.maxOutputTokens)
        status = endpoint.status ?? "active"
        self.cheapest = cheapest
    }
}

/// One row of a provider page's table.
struct ProviderEndpointRow {
    let root: String
    let modelHref: String
    let modelName: String
    let providerModelID: String
    let input: String
    let output: String
    let context: String
}
