import Foundation
import ModelCatalog

/// The work of ``ModelsDevReader``: indexes a snapshot of the models.dev tree, resolves
/// links and `base_model` inheritance, and reads each provider model file into an entry.
struct ModelsDevTree {
    typealias Value = TOMLDocument.Value

    let snapshot: Snapshot
    /// The folder holding `providers/` and `models/` inside the snapshot's paths ("" or "sources/models.dev/").
    var root = ""
    /// Files by path relative to `root`.
    var files: [String: Snapshot.File] = [:]
    /// Parsed documents by path relative to `root` (each file parsed and checked once).
    var documents: [String: TOMLDocument] = [:]
    var log = DiagnosticLog()
    var result = ReadResult()

    init(snapshot: Snapshot) {
        self.snapshot = snapshot
    }

    mutating func read() throws(DiagnosticsError) -> ReadResult {
        guard let root = Self.findRoot(snapshot.files) else {
            throw DiagnosticsError([.error(snapshot.files.first?.path ?? snapshot.sourceID, "no providers/<id>/provider.toml or providers/<id>/models/ found; expected the models.dev tree")])
        }
        self.root = root
        for file in snapshot.files where file.path.hasPrefix(root) {
            files[String(file.path.dropFirst(root.count))] = file
        }
        var providers: Set<String> = []
        var records: [(provider: String, modelID: String, path: String)] = []
        for path in files.keys.sorted() {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 3, parts[0] == "providers" else { continue }
            if parts.count == 3, parts[2] == "provider.toml" {
                providers.insert(parts[1])
                if let document = document(path) {
                    log.warnings += TOMLTableReader(document).unknownKeys(known: ModelsDevReader.providerKeys)
                }
            } else if parts.count >= 4, parts[2] == "models", path.hasSuffix(".toml") {
                let modelID = parts[3...].joined(separator: "/").dropLast(".toml".count)
                records.append((parts[1], String(modelID), path))
            }
        }
        result.recordCount = records.count
        for provider in Set(records.map(\.provider)).subtracting(providers).sorted() {
            log.warnings.append(.warning(root + "providers/\(provider)", "no provider.toml for provider '\(provider)'"))
        }
        for record in records {
            readRecord(provider: record.provider, modelID: record.modelID, path: record.path)
        }
        if !log.errors.isEmpty { throw DiagnosticsError(log.errors) }
        result.warnings = log.warnings
        return result
    }

    /// The prefix before `providers/` (or `models/`) in the snapshot's paths.
    static func findRoot(_ files: [Snapshot.File]) -> String? {
        for file in files {
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            for index in parts.indices where parts[index] == "providers" && index + 2 < parts.count {
                if parts[index + 2] == "provider.toml" || parts[index + 2] == "models" {
                    return parts[..<index].map { $0 + "/" }.joined()
                }
            }
        }
        return nil
    }

    // MARK: Links

    /// The link target of a file: its `linkTarget`, or, for a checkout without symlink support,
    /// the file's whole content when it is one relative path to a `.toml` file.
    static func linkTarget(of file: Snapshot.File) -> String? {
        if let target = file.linkTarget { return target }
        guard file.data.count < 1024, let text = String(data: file.data, encoding: .utf8) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasSuffix(".toml"), !trimmed.contains("\n"), !trimmed.contains("="), !trimmed.contains(" ") else { return nil }
        return trimmed
    }

    /// Follows links from a path to a file with content; returns the final path or the missing target.
    func resolve(_ path: String) -> Result<String, LinkError> {
        var current = path
        for _ in 0..<16 {
            guard let file = files[current] else { return .failure(.missing(current)) }
            guard let target = Self.linkTarget(of: file) else { return .success(current) }
            let folder = current.split(separator: "/").dropLast().map(String.init)
            guard let next = Self.normalize(target.hasPrefix("/") ? [] : folder, target) else { return .failure(.outside(target)) }
            current = next
        }
        return .failure(.cycle)
    }

    /// A link problem.
    enum LinkError: Error {
        case missing(String)
        case outside(String)
        case cycle
    }

    /// Joins a relative path onto a folder, resolving `.` and `..`; nil when it leaves the tree.
    static func normalize(_ folder: [String], _ relative: String) -> String? {
        var parts = folder
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    // MARK: Documents

    /// The parsed document at a path relative to the root, parsing (and checking its keys) on first use.
    mutating func document(_ path: String) -> TOMLDocument? {
        if let cached = documents[path] { return cached }
        guard let file = files[path] else { return nil }
        do {
            let document = try TOMLDocument(file.data, file: file.path)
            documents[path] = document
            if !path.hasSuffix("/provider.toml") { checkKeys(document) }
            return document
        } catch {
            log.errors.append(error)
            return nil
        }
    }

    /// Warns about every unknown key of a model file, with its key path.
    mutating func checkKeys(_ document: TOMLDocument) {
        let table = TOMLTableReader(document)
        log.warnings += table.unknownKeys(known: ModelsDevReader.modelKeys)
        func nested(_ key: String, _ known: Set<String>) {
            if case .table(let values)? = table.values[key] {
                log.warnings += TOMLTableReader(file: table.file, path: table.keyPath(key), values: values).unknownKeys(known: known)
            }
        }
        nested("limit", ModelsDevReader.limitKeys)
        nested("modalities", ModelsDevReader.modalityKeys)
        nested("provider", ModelsDevReader.providerSectionKeys)
        if case .table(let cost)? = table.values["cost"] {
            checkCost(TOMLTableReader(file: table.file, path: table.keyPath("cost"), values: cost), tiers: true)
        }
        if case .table(let experimental)? = table.values["experimental"] {
            let section = TOMLTableReader(file: table.file, path: table.keyPath("experimental"), values: experimental)
            log.warnings += section.unknownKeys(known: ["modes"])
            if case .table(let modes)? = experimental["modes"] {
                for name in modes.keys.sorted() {
                    guard case .table(let mode)? = modes[name] else { continue }
                    let modeTable = TOMLTableReader(file: table.file, path: "\(section.keyPath("modes")).\(name)", values: mode)
                    log.warnings += modeTable.unknownKeys(known: ["cost", "provider"])
                    if case .table(let cost)? = mode["cost"] {
                        checkCost(TOMLTableReader(file: table.file, path: modeTable.keyPath("cost"), values: cost), tiers: false)
                    }
                }
            }
        }
    }

    mutating func checkCost(_ cost: TOMLTableReader, tiers: Bool) {
        for key in cost.values.keys.sorted() {
            if ModelsDevReader.costComponents[key] != nil { continue }
            if tiers, key == "tiers" || Self.contextOverThreshold(key) != nil { continue }
            if ModelsDevReader.undocumentedCostKeys.contains(key) {
                log.warnings.append(.warning(cost.file, at: cost.keyPath(key), "price whose unit models.dev does not document; not read"))
            } else {
                log.warnings.append(.warning(cost.file, at: cost.keyPath(key), "unknown key; expected one of: \(ModelsDevReader.costComponents.keys.sorted().joined(separator: ", ")), tiers"))
            }
        }
        guard tiers, case .array(let items)? = cost.values["tiers"] else { return }
        for (index, item) in items.enumerated() {
            guard case .table(let tier) = item else { continue }
            let tierTable = TOMLTableReader(file: cost.file, path: "\(cost.keyPath("tiers"))[\(index)]", values: tier)
            log.warnings += tierTable.unknownKeys(known: Set(ModelsDevReader.costComponents.keys).union(["tier"]))
            if case .table(let threshold)? = tier["tier"] {
                log.warnings += TOMLTableReader(file: cost.file, path: tierTable.keyPath("tier"), values: threshold).unknownKeys(known: ["type", "size"])
            }
        }
    }

    /// The threshold of a legacy `context_over_<N>k` cost table.
    static func contextOverThreshold(_ key: String) -> Int? {
        guard key.hasPrefix("context_over_"), key.hasSuffix("k") else { return nil }
        return Int(key.dropFirst("context_over_".count).dropLast()).map { $0 * 1000 }
    }

    // MARK: Records

    mutating func readRecord(provider: String, modelID: String, path: String) {
        guard let file = files[path] else { return }
        let contentPath: String
        switch resolve(path) {
        case .success(let resolved): contentPath = resolved
        case .failure(let problem):
            let target = Self.linkTarget(of: file) ?? "?"
            result.skip("alias symlink to a missing file")
            let why: String
            switch problem {
            case .missing(let missing): why = "'\(root)\(missing)' is not in the snapshot"
            case .outside: why = "it points outside the snapshot"
            case .cycle: why = "the links form a cycle"
            }
            log.warnings.append(.warning(file.path, "alias symlink to '\(target)', which cannot be resolved: \(why); skipped"))
            return
        }
        guard let document = document(contentPath) else { return }
        let errorCount = log.errors.count
        var entry = ListingEntry(provider: provider, providerModelID: modelID, sourceKey: "\(provider)/\(modelID)", provenance: Provenance(source: snapshot.sourceID, file: file.path, keyPath: ""))
        let table = TOMLTableReader(document)
        do {
            if let base = try table.string("base_model") {
                entry.canonicalHint = base
                let basePath = "models/\(base).toml"
                let resolvedBase: String
                switch resolve(basePath) {
                case .success(let resolved): resolvedBase = resolved
                case .failure:
                    result.skip("base_model not found")
                    log.warnings.append(.warning(document.file, at: "base_model", "'\(base)' has no file \(root)\(basePath); skipped"))
                    return
                }
                guard let baseDocument = self.document(resolvedBase) else { return }
                var inherited = baseDocument.root
                for omitted in try table.strings("base_model_omit") ?? [] {
                    inherited = Self.removing(omitted.split(separator: ".").map(String.init), from: inherited)
                }
                try apply(TOMLTableReader(file: baseDocument.file, path: "", values: inherited), to: &entry)
            }
            try apply(table, to: &entry)
        } catch {
            log.errors.append(error)
        }
        guard log.errors.count == errorCount else { return }
        let inputs = Set(entry.inputModalities)
        if !entry.inputModalities.isEmpty {
            entry.capabilities[.vision] = inputs.contains("image")
            entry.capabilities[.audioInput] = inputs.contains("audio")
            entry.capabilities[.pdfInput] = inputs.contains("pdf")
            entry.capabilities[.videoInput] = inputs.contains("video")
        }
        result.entries.append(entry)
    }

    /// A table without the value at a dotted key path.
    static func removing(_ path: [String], from table: [String: Value]) -> [String: Value] {
        guard let first = path.first else { return table }
        var out = table
        if path.count == 1 {
            out[first] = nil
        } else if case .table(let inner)? = table[first] {
            out[first] = .table(removing(Array(path.dropFirst()), from: inner))
        }
        return out
    }

    /// Sets the facts a model table gives, overriding what an earlier (inherited) table set.
    func apply(_ table: TOMLTableReader, to entry: inout ListingEntry) throws(Diagnostic) {
        if let name = try table.string("name") { entry.name = name }
        if let description = try table.string("description") { entry.description = description }
        if let date = try table.string("release_date") { entry.releaseDate = date }
        if let date = try table.string("last_updated") { entry.lastUpdated = date }
        if let knowledge = try table.string("knowledge") { entry.knowledgeCutoff = knowledge }
        if let openWeights = try table.bool("open_weights") { entry.openWeights = openWeights }
        if let status = try table.string("status") { entry.status = status }
        _ = try table.string("family")
        let flags: [(String, Capability)] = [
            ("tool_call", .tools), ("reasoning", .reasoning), ("structured_output", .structuredOutputs),
            ("attachment", Capability("attachment")), ("temperature", Capability("temperature")),
        ]
        for (key, capability) in flags {
            if let flag = try table.bool(key) { entry.capabilities[capability] = flag }
        }
        if let limit = try table.table("limit") {
            if let context = try limit.int("context") { entry.contextLength = context }
            if let input = try limit.int("input") { entry.maxInputTokens = input }
            if let output = try limit.int("output") { entry.maxOutputTokens = output }
        }
        if let modalities = try table.table("modalities") {
            if let input = try modalities.strings("input") { entry.inputModalities = input }
            if let output = try modalities.strings("output") { entry.outputModalities = output }
        }
        if let cost = try table.table("cost") {
            try applyCost(cost, serviceTier: .standard, to: &entry.pricing)
        }
        if let experimental = try table.table("experimental"), let modes = try experimental.table("modes") {
            for name in modes.values.keys.sorted() {
                guard let mode = try modes.table(name), let cost = try mode.table("cost") else { continue }
                try applyCost(cost, serviceTier: ServiceTier(name), to: &entry.pricing)
            }
        }
    }

    /// Reads a `cost` table (USD per 1M tokens) into per-token rates of a service tier.
    func applyCost(_ cost: TOMLTableReader, serviceTier: ServiceTier, to pricing: inout Pricing) throws(Diagnostic) {
        try applyRates(cost, key: { PriceKey($0, serviceTier: serviceTier) }, to: &pricing)
        guard serviceTier == .standard else { return }
        var tierTables: [(PriceTier, TOMLTableReader)] = []
        for key in cost.values.keys.sorted() {
            if let threshold = Self.contextOverThreshold(key), let table = try cost.table(key) {
                tierTables.append((PriceTier(inputTokens: threshold, inclusive: false), table))
            }
        }
        let tiers = try cost.tables("tiers")
        if !tiers.isEmpty {
            // A file that lists tiers replaces inherited ones.
            for key in pricing.rates.keys where key.tier != nil && key.serviceTier == serviceTier { pricing.setRate(nil, for: key) }
        }
        for tier in tiers {
            guard let threshold = try tier.table("tier") else {
                throw Diagnostic.error(tier.file, at: tier.keyPath("tier"), "missing; expected { type = \"context\", size = N }")
            }
            guard let size = try threshold.int("size") else {
                throw Diagnostic.error(tier.file, at: threshold.keyPath("size"), "missing; expected the input-token threshold")
            }
            if let type = try threshold.string("type"), type != "context" {
                throw Diagnostic.error(tier.file, at: threshold.keyPath("type"), "expected \"context\", found \"\(type)\"")
            }
            tierTables.append((PriceTier(inputTokens: size, inclusive: false), tier))
        }
        for (tier, table) in tierTables {
            try applyRates(table, key: { PriceKey($0, serviceTier: serviceTier, tier: tier) }, to: &pricing)
        }
    }

    func applyRates(_ table: TOMLTableReader, key: (PriceComponent) -> PriceKey, to pricing: inout Pricing) throws(Diagnostic) {
        for (name, component) in ModelsDevReader.costComponents.sorted(by: { $0.key < $1.key }) {
            if let perMillion = try table.decimal(name) { pricing.setRate(perMillion / 1_000_000, for: key(component)) }
        }
    }
}
