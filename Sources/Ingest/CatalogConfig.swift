import Foundation
import ModelCatalog

/// The settings of a catalog folder, read from its `catalog.toml`: the site settings
/// and the list of sources with how to fetch each.
public struct CatalogConfig: Sendable {
    /// Site-wide settings.
    public struct SiteSettings: Sendable {
        public var title: String
        /// The URL the site is published at, ending in `/`; nil when unknown.
        public var baseURL: String?
        /// The repository holding the catalog, for "edit this page" links.
        public var repository: String?
        /// The branch holding the catalog in that repository.
        public var branch: String
        /// Currencies the site offers besides USD (`[[site.currencies]]`); empty by default.
        public var currencies: [DisplayCurrency] = []
    }

    /// How an API key is sent with a request.
    public enum AuthStyle: Sendable, Equatable {
        /// `Authorization: Bearer <key>`.
        case bearer
        /// A header carrying the key as is, such as `x-api-key`.
        case header(String)
        /// A URL query parameter, such as `key` for Google.
        case query(String)
    }

    /// One source of listings.
    public struct Source: Sendable {
        public var id: String
        public var format: ListingFormat
        /// The snapshot path relative to the catalog folder (a file, or a folder for multi-file
        /// snapshots; a paged source's default is the folder `sources/<id>`).
        public var snapshot: String
        /// Where `fetch` downloads it from; nil for sources maintained by hand.
        public var url: String?
        /// Further pages to fetch, for listings served in pages at fixed URLs.
        public var pages: [String]
        /// How to follow a listing served in cursor pages; nil when it is not.
        public var paging: CursorPaging?
        /// The environment variable holding the API key, if one is needed.
        public var authEnv: String?
        public var auth: AuthStyle
        /// Extra request headers (never the key itself).
        public var headers: [String: String]
        /// A human label for the snapshot version, such as the release it was taken from.
        public var label: String?

        /// Whether the listing is served in pages (`pages` or `paging`), so its snapshot is a
        /// folder of page files.
        public var isPaged: Bool { !pages.isEmpty || paging != nil }

        /// A source with the given settings.
        public init(
            id: String, format: ListingFormat, snapshot: String, url: String? = nil, pages: [String] = [], paging: CursorPaging? = nil,
            authEnv: String? = nil, auth: AuthStyle = .bearer, headers: [String: String] = [:], label: String? = nil
        ) {
            self.id = id
            self.format = format
            self.snapshot = snapshot
            self.url = url
            self.pages = pages
            self.paging = paging
            self.authEnv = authEnv
            self.auth = auth
            self.headers = headers
            self.label = label
        }
    }

    /// A leaderboard declared under `[[leaderboards]]` (computed by the analysis stage).
    public struct LeaderboardSpec: Sendable, Hashable {
        public var id: String
        public var title: String
        /// Capability names every qualifying endpoint must support.
        public var require: [String]
        public var minContext: Int?
        public var minOutput: Int?
        /// Model mode such as `chat`; nil for any.
        public var mode: String?
        /// `price`, `context` or `output-limit`.
        public var sort: String
        public var limit: Int
    }

    public var site: SiteSettings
    public var sources: [Source]
    /// The leaderboards, in file order.
    public var leaderboards: [LeaderboardSpec] = []

    /// Reads `catalog.toml`; every problem is reported, with its key path.
    public init(_ data: Data, file: String = "catalog.toml") throws(DiagnosticsError) {
        let document: TOMLDocument
        do { document = try TOMLDocument(data, file: file) } catch { throw DiagnosticsError([error]) }
        let root = TOMLTableReader(document)
        var errors: [Diagnostic] = []
        var sources: [Source] = []
        var site = SiteSettings(title: "modelcat", baseURL: nil, repository: nil, branch: "main")
        do {
            if let table = try root.table("site") {
                site.title = try table.string("title") ?? site.title
                site.baseURL = try table.string("base_url").map { $0.hasSuffix("/") ? $0 : $0 + "/" }
                site.repository = try table.string("repository")
                // Both end up in links on every page: only web URLs (no `javascript:` and the like).
                for (key, value) in [("base_url", site.baseURL), ("repository", site.repository)] {
                    guard let value else { continue }
                    let lower = value.lowercased()
                    if !(lower.hasPrefix("https://") || lower.hasPrefix("http://")) || value.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7f }) {
                        errors.append(.error(file, at: table.keyPath(key), "expected an http:// or https:// URL without spaces, found '\(value)'"))
                    }
                }
                site.branch = try table.string("branch") ?? site.branch
                for currency in try table.tables("currencies") {
                    do { site.currencies.append(try DisplayCurrency.read(currency)) } catch { errors.append(error) }
                }
            }
            var seen: Set<String> = []
            for table in try root.tables("sources") {
                do {
                    let source = try Self.source(table)
                    if !seen.insert(source.id).inserted {
                        errors.append(.error(file, at: table.keyPath("id"), "duplicate source id '\(source.id)'"))
                    }
                    sources.append(source)
                } catch {
                    errors.append(error)
                }
            }
        } catch {
            errors.append(error)
        }
        var leaderboards: [LeaderboardSpec] = []
        do {
            for table in try root.tables("leaderboards") {
                do { leaderboards.append(try Self.leaderboard(table)) } catch { errors.append(error) }
            }
        } catch {
            errors.append(error)
        }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
        self.site = site
        self.sources = sources
        self.leaderboards = leaderboards
    }

    private static func leaderboard(_ table: TOMLTableReader) throws(Diagnostic) -> LeaderboardSpec {
        let id = try table.requiredString("id")
        guard ModelID.isCanonical(id) else {
            throw Diagnostic.error(table.file, at: table.keyPath("id"), "expected an id of lowercase letters, digits, '.', '_' or '-', found '\(id)'")
        }
        let sort = try table.string("sort") ?? "price"
        guard ["price", "context", "output-limit"].contains(sort) else {
            throw Diagnostic.error(table.file, at: table.keyPath("sort"), "expected 'price', 'context' or 'output-limit', found '\(sort)'")
        }
        return LeaderboardSpec(
            id: id, title: try table.string("title") ?? id, require: try table.strings("require") ?? [],
            minContext: try table.int("min_context"), minOutput: try table.int("min_output"), mode: try table.string("mode"),
            sort: sort, limit: try table.int("limit") ?? 10)
    }

    private static func source(_ table: TOMLTableReader) throws(Diagnostic) -> Source {
        let id = try table.requiredString("id")
        guard ModelID.isCanonical(id) else {
            throw Diagnostic.error(table.file, at: table.keyPath("id"), "expected an id of lowercase letters, digits, '.', '_' or '-', found '\(id)'")
        }
        let formatName = try table.requiredString("format")
        guard let format = ListingFormat(rawValue: formatName) else {
            throw Diagnostic.error(table.file, at: table.keyPath("format"), "unknown format '\(formatName)'; expected one of: \(ListingFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let pages = try table.strings("pages") ?? []
        let paging = try CursorPaging.read(table, key: "paging")
        if !pages.isEmpty, paging != nil {
            throw Diagnostic.error(table.file, at: table.keyPath("paging"), "a source has either fixed pages (pages = [...]) or cursor paging (paging = ...), not both")
        }
        let snapshot = try table.string("snapshot") ?? (pages.isEmpty && paging == nil ? "sources/\(id).json" : "sources/\(id)")
        guard !snapshot.hasPrefix("/"), !snapshot.split(separator: "/").contains("..") else {
            throw Diagnostic.error(table.file, at: table.keyPath("snapshot"), "expected a path inside the catalog folder, found '\(snapshot)'")
        }
        var auth = AuthStyle.bearer
        switch try table.string("auth") ?? "bearer" {
        case "bearer": auth = .bearer
        case let style where style.hasPrefix("header:"): auth = .header(String(style.dropFirst("header:".count)))
        case let style where style.hasPrefix("query:"): auth = .query(String(style.dropFirst("query:".count)))
        case let other:
            throw Diagnostic.error(table.file, at: table.keyPath("auth"), "expected 'bearer', 'header:NAME' or 'query:NAME', found '\(other)'")
        }
        var headers: [String: String] = [:]
        if let headerTable = try table.table("headers") {
            for key in headerTable.values.keys.sorted() { headers[key] = try headerTable.requiredString(key) }
        }
        return Source(
            id: id, format: format, snapshot: snapshot, url: try table.string("url"), pages: pages, paging: paging,
            authEnv: try table.string("auth_env"), auth: auth, headers: headers, label: try table.string("label")
        )
    }
}
