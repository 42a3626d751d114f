import Foundation
import Ingest

/// Turns `catalog.toml` sources, the command's choices and the environment into the jobs
/// of one run: which sources, from which URL, with which key sent how.
public struct FetchPlan: Sendable {
    /// Why the command's choices do not make a run.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// `--source` named an id that `catalog.toml` does not have.
        case unknownSource(String, known: [String])
        /// `--from` needs exactly one source to apply to.
        case fromNeedsOneSource(selected: Int)

        /// What went wrong and what to do.
        public var description: String {
            switch self {
            case .unknownSource(let id, let known):
                "no source '\(id)' in catalog.toml; known sources: \(known.joined(separator: ", "))"
            case .fromNeedsOneSource(let selected):
                "--from fetches one source from another URL; name it with exactly one --source (\(selected) selected)"
            }
        }
    }

    /// The jobs, in `catalog.toml` order.
    public var jobs: [FetchJob]

    /// Plans a run.
    ///
    /// - Parameters:
    ///   - config: the parsed `catalog.toml`.
    ///   - catalog: the catalog folder (snapshot paths are relative to it).
    ///   - sourceIDs: the sources to fetch; empty means every source with a URL.
    ///   - from: another URL for the one selected source (a mirror or a local server).
    ///   - environment: where API keys are read from (the process environment in the CLI).
    ///   - validator: the check for each source's body.
    public init(
        config: CatalogConfig, catalog: URL, sourceIDs: [String] = [], from: String? = nil,
        environment: [String: String], validator: (CatalogConfig.Source) -> SnapshotValidator
    ) throws(Problem) {
        let known = config.sources.map(\.id)
        for id in sourceIDs where !known.contains(id) {
            throw Problem.unknownSource(id, known: known)
        }
        let selected = sourceIDs.isEmpty
            ? config.sources.filter { $0.url != nil || (from != nil && config.sources.count == 1) }
            : config.sources.filter { sourceIDs.contains($0.id) }
        if from != nil, selected.count != 1 {
            throw Problem.fromNeedsOneSource(selected: selected.count)
        }
        jobs = selected.map { source in
            Self.job(source, catalog: catalog, from: from, environment: environment, validator: validator(source))
        }
    }

    private static func job(_ source: CatalogConfig.Source, catalog: URL, from: String?, environment: [String: String], validator: SnapshotValidator) -> FetchJob {
        let snapshot = catalog.appendingPathComponent(source.snapshot)
        guard let url = from ?? source.url else {
            return FetchJob(sourceID: source.id, snapshot: snapshot, validator: validator, problem: .noURL(source: source.id))
        }
        // `--from` names a mirror of the whole listing: the further fixed pages come from the
        // same paths on its origin (cursor pages follow the --from URL by themselves).
        var pages = source.pages
        if let from, let origin = URLOrigin(from) {
            pages = pages.map { origin.rebase($0) ?? $0 }
        }
        var headers = source.headers.keys.sorted().compactMap { name in source.headers[name].map { "\(name): \($0)" } }
        var secrets: [String] = []
        var queryNames: Set<String> = []
        var withKey: (String) -> String = { $0 }
        if let variable = source.authEnv {
            guard let key = environment[variable], !key.isEmpty else {
                return FetchJob(sourceID: source.id, snapshot: snapshot, validator: validator, problem: .missingKey(source: source.id, variable: variable))
            }
            secrets.append(key)
            switch source.auth {
            case .bearer:
                headers.append("Authorization: Bearer \(key)")
            case .header(let name):
                headers.append("\(name): \(key)")
            case .query(let name):
                queryNames.insert(name)
                let encoded = key.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? key
                withKey = { url in url + (url.contains("?") ? "&" : "?") + "\(name)=\(encoded)" }
            }
        }
        return FetchJob(
            sourceID: source.id, url: withKey(url), snapshot: snapshot, validator: validator, headers: headers, secrets: secrets,
            secretQueryNames: queryNames, pages: pages.map(withKey), paging: source.paging
        )
    }
}
