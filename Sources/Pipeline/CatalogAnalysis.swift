import Analysis
import Foundation
import Ingest
import ModelCatalog

/// The analysis stage's inputs from a catalog folder's settings: the leaderboards of
/// `catalog.toml` as ``LeaderboardDefinition`` values, and those leaderboards ranked over a catalog.
public enum CatalogAnalysis {
    /// The leaderboards declared in `catalog.toml`, in file order.
    public static func leaderboards(_ config: CatalogConfig) -> [LeaderboardDefinition] {
        config.leaderboards.map { spec in
            LeaderboardDefinition(
                id: spec.id, title: spec.title, require: spec.require.map { Capability($0) }, minContext: spec.minContext,
                minOutput: spec.minOutput, mode: spec.mode, sort: RouteRequest.Sort(rawValue: spec.sort) ?? .price, limit: spec.limit)
        }
    }

    /// The leaderboards `catalog.toml` declares, ranked over a loaded catalog: all the site
    /// shows of the comparisons (none when it declares none).
    public static func rankedLeaderboards(_ catalog: Catalog, config: CatalogConfig, blend: BlendRatio = .default) -> [Leaderboard] {
        leaderboards(config).map { Leaderboard($0, catalog: catalog, blend: blend) }
    }
}
