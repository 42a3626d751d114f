/// The canonical identity of a model: `author/slug`, lowercase and URL-safe,
/// where `author` is the model's maker (never the provider hosting it).
public struct ModelID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The maker, such as `anthropic` or `meta-llama`.
    public let author: String
    /// The model's name within its maker, such as `claude-sonnet-4-5`.
    public let slug: String

    /// Creates an id from parts that are already canonical (see ``ModelID/normalizedComponent(_:)``).
    public init(author: String, slug: String) {
        self.author = author
        self.slug = slug
    }

    /// Parses `author/slug`; returns nil when the text is not a canonical id.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let author = String(parts[0]), slug = String(parts[1])
        guard ModelID.isCanonical(author), ModelID.isCanonical(slug) else { return nil }
        self.init(author: author, slug: slug)
    }

    public var description: String { "\(author)/\(slug)" }

    public static func < (lhs: ModelID, rhs: ModelID) -> Bool {
        (lhs.author, lhs.slug) < (rhs.author, rhs.slug)
    }

    /// Whether a component uses only the characters allowed in ids: `a-z 0-9 . _ -`,
    /// not starting with a dot, at most 128 characters.
    public static func isCanonical(_ component: String) -> Bool {
        guard !component.isEmpty, component.utf8.count <= 128, component.first != "." else { return false }
        return component.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2e || byte == 0x5f || byte == 0x2d
        }
    }

    /// Turns free text into an id component: lowercased, every run of other characters
    /// replaced by one `-`, trimmed of `-` and `.` at both ends. Returns nil when nothing is left.
    public static func normalizedComponent(_ text: String) -> String? {
        isNormalized(text) ? text : normalizedByRules(text)
    }

    /// ``normalizedComponent(_:)`` by its rules, character by character.
    static func normalizedByRules(_ text: String) -> String? {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let allowed = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "." || scalar == "_" || scalar == "-"
            if allowed && scalar != "-" {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        while let last = out.last, last == "." || last == "-" { out.removeLast() }
        while let first = out.first, first == "." || first == "-" { out.removeFirst() }
        if out.utf8.count > 128 { out = String(out.utf8.prefix(128)) ?? out }
        return out.isEmpty ? nil : out
    }
}

extension ModelID {
    /// Whether ``normalizedComponent(_:)`` would return `text` unchanged: allowed characters
    /// only, no `--`, no `.` or `-` at either end, at most 128 bytes (the common case, checked
    /// without allocating).
    static func isNormalized(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last, utf8.count <= 128,
            first != 0x2e, first != 0x2d, last != 0x2e, last != 0x2d
        else { return false }
        var previous: UInt8 = 0
        for byte in utf8 {
            let allowed = (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2e || byte == 0x5f || byte == 0x2d
            if !allowed || (byte == 0x2d && previous == 0x2d) { return false }
            previous = byte
        }
        return true
    }
}

extension ModelID: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ModelID(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a canonical model id 'author/slug': \(text)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
