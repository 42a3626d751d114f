import ArgumentParser
import Foundation
import ModelCatalog
import Pipeline
import Resolve

/// `modelcat resolve`: prints the canonical id of source keys and the rule that decided each.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Print the canonical model id of source keys (or PROVIDER:ID) and the rule that decided it."
    )

    @Option(name: .long, help: "The catalog folder to read.")
    var catalog: String = "catalog"

    @Flag(name: .long, help: "Print one JSON array in input order: [{\"input\", \"id\", \"rule\"}].")
    var json = false

    @Flag(name: .long, help: "Resolve every entry of every source instead of KEYs (tab-separated: key, provider, id, rule).")
    var all = false

    @Argument(help: "Source keys exactly as in a snapshot (such as a LiteLLM key), or PROVIDER:ID.")
    var keys: [String] = []

    /// One line of `--json` output; the field names are a stable contract.
    struct Row: Encodable {
        var input: String
        var id: String
        var rule: String
    }

    func validate() throws {
        if keys.isEmpty && !all { throw ValidationError("give at least one KEY (or --all)") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: catalog)
        let pipeline = BuildPipeline(catalogFolder: url, templatesFolder: url)
        let inputs: BuildPipeline.ResolutionInputs
        do { inputs = try pipeline.loadResolutionInputs() } catch { try fail(with: error) }
        let lookup = KeyLookup(entries: inputs.entries, resolver: IdentityResolver(rules: inputs.rules))
        if all {
            for entry in inputs.entries {
                let resolution = lookup.resolve(entry)
                print([entry.sourceKey, inputs.rules.provider(entry.provider), resolution.id.description, resolution.rule].joined(separator: "\t"))
            }
            return
        }
        let rows = keys.map { key in
            let resolution = lookup.resolve(key)
            return Row(input: key, id: resolution.id.description, rule: resolution.rule)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(rows)
            print(String(decoding: data, as: UTF8.self))
        } else {
            for row in rows { print("\(row.input)\t\(row.id)\t\(row.rule)") }
        }
    }
}

/// The identity checks `modelcat check` prints: `aliases.toml` entries matching nothing,
/// model facts the endpoints disagree on, and (on request) the provider-scoped ids.
struct ResolutionChecks {
    /// The pipeline whose catalog folder is checked.
    let pipeline: BuildPipeline

    /// Prints the checks; `unresolved` adds every entry that fell back to a provider-scoped id.
    func print(unresolved: Bool) throws(DiagnosticsError) {
        let inputs = try pipeline.loadResolutionInputs()
        for warning in AliasAudit.unmatched(rules: inputs.rules, entries: inputs.entries) { Swift.print(warning) }
        let resolver = IdentityResolver(rules: inputs.rules)
        let (catalog, _) = CatalogMerger(resolver: resolver).merge(inputs.entries, sources: inputs.snapshots)
        let conflicts = ModelFacts.conflicts(in: catalog.models)
        Swift.print("\(conflicts.count) model-level fact conflicts between endpoints (decided by first-party endpoint, else most common value)")
        for conflict in conflicts.prefix(unresolved ? 0 : 20) { Swift.print("  conflict: \(conflict)") }
        if conflicts.count > 20 && !unresolved { Swift.print("  ... and \(conflicts.count - 20) more") }
        guard unresolved else { return }
        let rows = KeyLookup(entries: inputs.entries, resolver: resolver).unresolved(inputs.entries)
        Swift.print("\(rows.count) ids fell back to a provider-scoped id:")
        for row in rows {
            Swift.print("  \(inputs.rules.provider(row.entry.provider))\t\(row.entry.sourceKey)\t→ \(row.resolution.id)")
        }
    }
}
