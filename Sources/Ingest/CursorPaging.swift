import Foundation
import ModelCatalog

/// How `fetch` walks a listing served in cursor pages (`paging` of a source in
/// `catalog.toml`): which key of a page holds the cursor of the next one, which key says
/// whether more pages follow, and which query parameter sends the cursor back. Data, not
/// code: the presets `anthropic` and `gemini` are just two values of it.
///
/// ```toml
/// paging = "anthropic"                                  # a preset
/// paging = { preset = "gemini", max_pages = 20 }        # a preset with another page limit
/// paging = { cursor = "next", param = "cursor" }        # any other API
/// ```
public struct CursorPaging: Sendable, Equatable {
    /// The top-level key of a page holding the next page's cursor (`last_id`, `nextPageToken`).
    public var cursorField: String
    /// A top-level boolean key saying whether more pages follow (`has_more`); nil when the
    /// presence of a non-empty cursor says it.
    public var moreField: String?
    /// The query parameter the cursor is sent in (`after_id`, `pageToken`).
    public var param: String
    /// The most pages fetched; a listing needing more is an error (loop protection).
    public var maxPages: Int

    /// The page limit when `catalog.toml` gives none.
    public static let defaultMaxPages = 100

    /// A rule with the given keys.
    public init(cursorField: String, moreField: String? = nil, param: String, maxPages: Int = CursorPaging.defaultMaxPages) {
        self.cursorField = cursorField
        self.moreField = moreField
        self.param = param
        self.maxPages = maxPages
    }

    /// Anthropic's `GET /v1/models`: `{"data": [...], "has_more", "first_id", "last_id"}`,
    /// the next page is `?after_id=<last_id>`.
    public static let anthropic = CursorPaging(cursorField: "last_id", moreField: "has_more", param: "after_id")
    /// Google Gemini's `GET /v1beta/models`: `{"models": [...], "nextPageToken"}`, the next
    /// page is `?pageToken=<nextPageToken>`; the last page has no token.
    public static let gemini = CursorPaging(cursorField: "nextPageToken", param: "pageToken")

    /// The presets by name, as written in `catalog.toml`.
    public static let presets: [String: CursorPaging] = ["anthropic": .anthropic, "gemini": .gemini]

    /// Why a page does not say where the listing goes on.
    public struct PageError: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong with the page.
        public var message: String
        /// A one-line explanation.
        public var description: String { message }
    }

    /// The cursor of the page after this one, or nil when this is the last page.
    ///
    /// With a `moreField`, the page is the last one unless it is `true`, and then the cursor
    /// must be a non-empty string; without one, a missing, null or empty cursor ends the listing.
    public func nextCursor(in page: Data) throws(PageError) -> String? {
        let root: JSONValue
        do { root = try JSONValue.parse(page, file: "page") } catch { throw PageError(message: "the page is not JSON: \(error.message)") }
        guard let object = root.objectValue else {
            throw PageError(message: "expected a JSON object with the paging keys, found \(root.typeName)")
        }
        let cursor = object[cursorField]
        if let moreField {
            guard let more = object[moreField], !more.isNull else { return nil }
            guard let flag = more.boolValue else { throw PageError(message: "\(moreField) must be true or false, found \(more.typeName)") }
            guard flag else { return nil }
            guard let text = cursor?.stringValue, !text.isEmpty else {
                throw PageError(message: "\(moreField) is true but \(cursorField) is missing or empty, so the next page cannot be asked for")
            }
            return text
        }
        guard let cursor, !cursor.isNull else { return nil }
        guard let text = cursor.stringValue else { throw PageError(message: "\(cursorField) must be a string, found \(cursor.typeName)") }
        return text.isEmpty ? nil : text
    }

    /// Reads `paging` of a source: a preset name, or a table with `preset` and/or `cursor`,
    /// `more`, `param`, `max_pages`.
    static func read(_ table: TOMLTableReader, key: String) throws(Diagnostic) -> CursorPaging? {
        guard let value = table.values[key] else { return nil }
        let names = presets.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
        switch value {
        case .string(let name):
            guard let preset = presets[name] else {
                throw Diagnostic.error(table.file, at: table.keyPath(key), "unknown paging preset '\(name)'; expected one of \(names), or a table { cursor = ..., param = ... }")
            }
            return preset
        case .table:
            guard let rule = try table.table(key) else { return nil }
            let known: Set<String> = ["preset", "cursor", "more", "param", "max_pages"]
            if let unknown = rule.values.keys.sorted().first(where: { !known.contains($0) }) {
                throw Diagnostic.error(table.file, at: rule.keyPath(unknown), "unknown key; expected one of: \(known.sorted().joined(separator: ", "))")
            }
            var paging: CursorPaging?
            if let name = try rule.string("preset") {
                guard let preset = presets[name] else {
                    throw Diagnostic.error(table.file, at: rule.keyPath("preset"), "unknown paging preset '\(name)'; expected one of \(names)")
                }
                paging = preset
            }
            let cursor = try rule.string("cursor") ?? paging?.cursorField
            let param = try rule.string("param") ?? paging?.param
            guard let cursor, !cursor.isEmpty else {
                throw Diagnostic.error(table.file, at: rule.keyPath("cursor"), "missing; expected the page key holding the next cursor (or a preset)")
            }
            guard let param, !param.isEmpty else {
                throw Diagnostic.error(table.file, at: rule.keyPath("param"), "missing; expected the query parameter the cursor is sent in (or a preset)")
            }
            guard param.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) else {
                throw Diagnostic.error(table.file, at: rule.keyPath("param"), "expected a query parameter name of letters, digits, '_', '-' or '.', found '\(param)'")
            }
            let more = rule.values["more"] != nil ? try rule.string("more") : paging?.moreField
            let maxPages = try rule.int("max_pages") ?? paging?.maxPages ?? defaultMaxPages
            guard maxPages >= 1 else {
                throw Diagnostic.error(table.file, at: rule.keyPath("max_pages"), "expected at least 1 page, found \(maxPages)")
            }
            return CursorPaging(cursorField: cursor, moreField: (more?.isEmpty ?? true) ? nil : more, param: param, maxPages: maxPages)
        default:
            throw Diagnostic.error(table.file, at: table.keyPath(key), "expected a preset name (\(names)) or a table { cursor = ..., param = ... }, found \(value.typeName)")
        }
    }
}
