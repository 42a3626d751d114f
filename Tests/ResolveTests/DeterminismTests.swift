import Foundation
import ModelCatalog
import Testing
@testable import Resolve

/// Resolution is a pure function of the id, the provider and the rule tables.
@Suite struct DeterminismTests {
    @Test func sameInputSameIds() throws {
        let data = try Data(contentsOf: ShippedCatalog.folder.appendingPathComponent("aliases.toml"))
        let first = IdentityResolver(rules: try ResolutionRules(data))
        let second = IdentityResolver(rules: try ResolutionRules(data))
        let entries = ShippedCatalog.entries
        let a = entries.map { first.resolve($0) }
        let b = entries.reversed().map { second.resolve($0) }.reversed()
        #expect(a == Array(b))
    }

    @Test func mergeIsOrderIndependentForIds() {
        let merger = CatalogMerger(resolver: IdentityResolver(rules: ShippedCatalog.rules))
        let entries = ShippedCatalog.entries
        let forward = merger.merge(entries, sources: []).0
        let backward = merger.merge(entries.reversed(), sources: []).0
        #expect(forward.models.map(\.id) == backward.models.map(\.id))
        #expect(forward.models.map { $0.endpoints.count } == backward.models.map { $0.endpoints.count })
    }
}
