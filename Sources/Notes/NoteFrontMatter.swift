import Ingest
import ModelCatalog

/// The facts a note's TOML front matter sets or overrides; `nil` means "not set here, keep
/// what the listings say". docs/notes.md lists every key with an example.
public struct NoteFrontMatter: Sendable, Hashable, Codable {
    /// Whether a model without catalog listings may still have a note (and a page).
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Announced, not yet served by any provider in the catalog.
        case upcoming
        /// No longer served; the note keeps its history and successor.
        case retired
    }

    /// One entry of the link list shown on the page (papers, model cards, announcements).
    public struct Link: Sendable, Hashable, Codable {
        /// The text shown.
        public var title: String
        /// An http, https or mailto URL, or a site-relative path.
        public var url: String

        /// Creates a link entry.
        public init(title: String, url: String) {
            self.title = title
            self.url = url
        }
    }

    /// `name`: the display name.
    public var name: String?
    /// `description`: a one- or two-sentence plain-text summary; overrides the excerpt.
    public var description: String?
    /// `tags`: short lowercase labels (`coding`, `long-context`), normalised and deduplicated.
    public var tags: [String]?
    /// `release_date`: `YYYY-MM-DD` or `YYYY-MM`.
    public var releaseDate: String?
    /// `knowledge_cutoff`: `YYYY-MM-DD` or `YYYY-MM`.
    public var knowledgeCutoff: String?
    /// `open_weights`: whether the weights are downloadable.
    public var openWeights: Bool?
    /// `links`: the link list, in the order written.
    public var links: [Link]?
    /// `featured`: shown first in the directory.
    public var featured: Bool
    /// `hidden`: left out of the directory and the JSON, page not built.
    public var hidden: Bool
    /// `deprecation_date`: `YYYY-MM-DD`, the day the maker announced the end.
    public var deprecationDate: String?
    /// `retirement_date`: `YYYY-MM-DD`, the day requests stop being served.
    public var retirementDate: String?
    /// `successor`: the model id that replaces this one.
    public var successor: ModelID?
    /// `status`: `upcoming` or `retired`, for a model the catalog does not list.
    public var status: Status?

    /// Creates front matter; every field is optional.
    public init(
        name: String? = nil, description: String? = nil, tags: [String]? = nil, releaseDate: String? = nil,
        knowledgeCutoff: String? = nil, openWeights: Bool? = nil, links: [Link]? = nil, featured: Bool = false,
        hidden: Bool = false, deprecationDate: String? = nil, retirementDate: String? = nil, successor: ModelID? = nil,
        status: Status? = nil
    ) {
        self.name = name
        self.description = description
        self.tags = tags
        self.releaseDate = releaseDate
        self.knowledgeCutoff = knowledgeCutoff
        self.openWeights = openWeights
        self.links = links
        self.featured = featured
        self.hidden = hidden
        self.deprecationDate = deprecationDate
        self.retirementDate = retirementDate
        self.successor = successor
        self.status = status
    }

    /// Keys a provider note may use.
    public static let providerKeys: Set<String> = ["name", "description", "tags", "links", "featured", "hidden"]
    /// Keys a model note may use.
    public static let modelKeys: Set<String> = providerKeys.union([
        "release_date", "knowledge_cutoff", "open_weights", "deprecation_date", "retirement_date", "successor", "status",
    ])

    /// Reads front matter for a note about `subject`. Returns the value and its warnings
    /// (unknown keys, model keys in a provider note), or every error found (wrong types,
    /// bad dates, bad ids), each with its key path.
    static func read(_ table: TOMLTableReader, subject: NoteSubject) -> Result<(NoteFrontMatter, warnings: [Diagnostic]), DiagnosticsError> {
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        func get<T>(_ body: () throws(Diagnostic) -> T?) -> T? {
            do { return try body() } catch { errors.append(error); return nil }
        }
        func fail(_ key: String, _ message: String) { errors.append(.error(table.file, at: table.keyPath(key), message)) }

        var matter = NoteFrontMatter()
        matter.name = get { () throws(Diagnostic) in try table.string("name") }
        matter.description = get { () throws(Diagnostic) in try table.string("description") }
        for (key, value) in [("name", matter.name), ("description", matter.description)] {
            if let value, value.allSatisfy(\.isWhitespace) { fail(key, "must not be empty; leave the key out to keep the listing's value") }
        }
        matter.name = matter.name.map(trimmed)
        matter.description = matter.description.map { Excerpt.collapse($0) }
        if let tags = get({ () throws(Diagnostic) in try table.strings("tags") }) {
            var seen: Set<String> = []
            matter.tags = []
            for (index, tag) in tags.enumerated() {
                guard let normal = ModelID.normalizedComponent(tag) else {
                    errors.append(.error(table.file, at: "\(table.keyPath("tags"))[\(index)]", "a tag needs at least one letter or digit"))
                    continue
                }
                if seen.insert(normal).inserted { matter.tags?.append(normal) }
            }
        }
        matter.featured = get { () throws(Diagnostic) in try table.bool("featured") } ?? false
        matter.hidden = get { () throws(Diagnostic) in try table.bool("hidden") } ?? false
        if let entries = get({ () throws(Diagnostic) in try table.tables("links") }) {
            var links: [Link] = []
            for entry in entries {
                warnings += entry.unknownKeys(known: ["title", "url"])
                guard let title = get({ () throws(Diagnostic) in try entry.requiredString("title") }),
                    let url = get({ () throws(Diagnostic) in try entry.requiredString("url") })
                else { continue }
                switch LinkPolicy.classify(url, isImage: false) {
                case .allowed: links.append(Link(title: trimmed(title), url: url))
                case .model(_, let canonical), .provider(_, let canonical): links.append(Link(title: trimmed(title), url: canonical))
                case .rejected(let reason): errors.append(.error(table.file, at: entry.keyPath("url"), reason))
                }
            }
            matter.links = links
        }

        if case .provider = subject {
            for key in table.values.keys.sorted() where modelKeys.contains(key) && !providerKeys.contains(key) {
                warnings.append(.warning(table.file, at: table.keyPath(key), "applies to model notes only; ignored in a provider note"))
            }
            warnings += table.unknownKeys(known: modelKeys)
        } else {
            warnings += table.unknownKeys(known: modelKeys)
            matter.releaseDate = date("release_date", monthAllowed: true)
            matter.knowledgeCutoff = date("knowledge_cutoff", monthAllowed: true)
            matter.deprecationDate = date("deprecation_date", monthAllowed: false)
            matter.retirementDate = date("retirement_date", monthAllowed: false)
            matter.openWeights = get { () throws(Diagnostic) in try table.bool("open_weights") }
            if let text = get({ () throws(Diagnostic) in try table.string("successor") }) {
                if let id = ModelID(text) {
                    if case .model(id) = subject { fail("successor", "a model cannot be its own successor") }
                    matter.successor = id
                } else {
                    fail("successor", "expected a model id '<author>/<slug>' in lowercase, found '\(text)'")
                }
            }
            if let text = get({ () throws(Diagnostic) in try table.string("status") }) {
                if let status = Status(rawValue: text) {
                    matter.status = status
                } else {
                    fail("status", "expected one of \(Status.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")), found \"\(text)\"")
                }
            }
            if let deprecation = matter.deprecationDate, let retirement = matter.retirementDate, retirement < deprecation {
                fail("retirement_date", "\(retirement) is before deprecation_date \(deprecation)")
            }
        }
        guard errors.isEmpty else { return .failure(DiagnosticsError(errors)) }
        return .success((matter, warnings))

        func date(_ key: String, monthAllowed: Bool) -> String? {
            guard let text = get({ () throws(Diagnostic) in try table.string(key) }) else { return nil }
            guard isDate(text, monthAllowed: monthAllowed) else {
                fail(key, "expected a date YYYY-MM-DD\(monthAllowed ? " or YYYY-MM" : ""), found '\(text)'")
                return nil
            }
            return text
        }
    }

    private static func trimmed(_ text: String) -> String {
        var result = Substring(text)
        while let first = result.first, first.isWhitespace { result = result.dropFirst() }
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return String(result)
    }

    /// `YYYY-MM-DD` (or `YYYY-MM` when allowed) with a month 01–12 and a day 01–31.
    static func isDate(_ text: String, monthAllowed: Bool) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 || (monthAllowed && bytes.count == 7) else { return false }
        for (index, byte) in bytes.enumerated() {
            let isDash = index == 4 || index == 7
            guard isDash ? byte == UInt8(ascii: "-") : (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else { return false }
        }
        func number(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }
        guard (1...12).contains(number(5..<7)) else { return false }
        return bytes.count == 7 || (1...31).contains(number(8..<10))
    }
}
