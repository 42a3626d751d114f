import Foundation
import Ingest
import ModelCatalog

/// Absolute links a page needs besides its relative ones: the canonical URL (from the
/// configured base URL) and the "edit this page" links into the catalog's repository.
/// Pages link each other relatively, so a site works from any sub-path or from disk;
/// only canonical, Open Graph, feed and sitemap URLs are absolute.
struct SiteLinks: Sendable {
    /// The base URL ending in `/`, or nil when none is configured.
    let baseURL: String?
    /// The repository web URL without a trailing `/`, or nil.
    let repository: String?
    let branch: String
    /// The catalog folder's path inside the repository.
    let catalogPath: String

    init(settings: CatalogConfig.SiteSettings, catalogPath: String = "catalog") {
        baseURL = settings.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        repository = settings.repository.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        branch = settings.branch
        self.catalogPath = catalogPath
    }

    /// The absolute URL of a page folder (`models/a/b/`) or file, or nil without a base URL.
    func absolute(_ path: String) -> String? {
        baseURL.map { $0 + path }
    }

    /// The path part of the base URL (`/models/` for `https://example.org/models/`), `/` without one:
    /// what the 404 page, served at any depth, links from.
    var basePath: String {
        guard let baseURL, let components = URLComponents(string: baseURL) else { return "/" }
        // Kept percent-encoded, and encoded where the configured URL was not: a path is never raw markup.
        let encoded = components.percentEncodedPath.addingPercentEncoding(withAllowedCharacters: Self.pathCharacters) ?? "/"
        let path = encoded.isEmpty ? "/" : encoded
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// Characters left as they are in a base path: the URL path set, and `%` of existing escapes.
    private static let pathCharacters = CharacterSet.urlPathAllowed.union(CharacterSet(charactersIn: "%"))

    /// A link that edits an existing file of the catalog, or nil without a repository.
    func edit(_ file: String) -> String? {
        repository.map { "\($0)/edit/\(branch)/\(catalogPath)/\(file)" }
    }

    /// A link that creates a new file of the catalog (GitHub's new-file form), or nil without a repository.
    func create(folder: String, filename: String) -> String? {
        repository.map { "\($0)/new/\(branch)/\(catalogPath)/\(folder)?filename=\(filename)" }
    }

    /// A link that shows a catalog file, or nil without a repository.
    func view(_ file: String) -> String? {
        repository.map { "\($0)/blob/\(branch)/\(catalogPath)/\(file)" }
    }
}
