import FlyingFox
import Foundation

/// Serves the files of a built site folder over HTTP (through FlyingFox): `/` and folder
/// paths serve their `index.html`; extension-less API paths serve their `.json` file
/// (`/api/v1/models` → `api/v1/models.json`); unknown paths get the site's `404.html`.
/// Reads the folder on every request, so a rebuild (an atomic folder swap) shows at once.
struct SiteFileHandler: HTTPHandler {
    /// The site folder.
    let root: URL

    /// The content type of a file, by extension.
    static func contentType(for path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "xml": path.hasSuffix("feed.xml") ? "application/atom+xml; charset=utf-8" : "application/xml; charset=utf-8"
        case "txt", "md": "text/plain; charset=utf-8"
        case "png": "image/png"
        case "ico": "image/x-icon"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }

    /// The file a request path maps to, relative to the site folder, or nil when the path
    /// is unsafe or names nothing. `exists` answers whether a relative path is a file.
    static func resolve(_ requestPath: String, exists: (String) -> Bool) -> String? {
        let decoded = requestPath.removingPercentEncoding ?? requestPath
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else { return nil }
        let path = parts.joined(separator: "/")
        let candidates: [String]
        if path.isEmpty {
            candidates = ["index.html"]
        } else if decoded.hasSuffix("/") {
            candidates = [path + "/index.html"]
        } else if (path as NSString).pathExtension.isEmpty {
            candidates = path.hasPrefix("api/") ? [path + ".json", path + "/index.html"] : [path + "/index.html", path + ".json"]
        } else {
            candidates = [path]
        }
        return candidates.first(where: exists)
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: [.init("Allow"): "GET, HEAD"])
        }
        let fileManager = FileManager.default
        let exists: (String) -> Bool = { relative in
            var folder: ObjCBool = false
            return fileManager.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &folder) && !folder.boolValue
        }
        if let relative = Self.resolve(request.path, exists: exists), let data = fileManager.contents(atPath: root.appendingPathComponent(relative).path) {
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: Self.contentType(for: relative), .cacheControl: "no-cache"],
                body: request.method == .HEAD ? Data() : data)
        }
        let notFound = fileManager.contents(atPath: root.appendingPathComponent("404.html").path) ?? Data("not found\n".utf8)
        return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: notFound)
    }
}
