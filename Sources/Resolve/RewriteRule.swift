import Foundation

/// One ordered rewrite of a model slug from `aliases.toml` `[[rewrites]]`: a regular
/// expression (ICU syntax) and a replacement template (`$1` for the first group),
/// optionally limited to some providers. Rewrites run in file order, after region
/// prefixes and vendor segments are stripped and before the maker is decided.
public struct RewriteRule: Sendable {
    /// A short human-readable name, shown as the deciding rule by `modelcat resolve`.
    public let name: String
    /// The regular expression, as written in the file.
    public let pattern: String
    /// The replacement template.
    public let template: String
    /// Canonical provider ids the rule applies to; empty means every provider.
    public let providers: Set<String>
    private let regex: NSRegularExpression

    /// Compiles a rule; throws when the pattern is not a valid regular expression.
    public init(name: String, pattern: String, template: String, providers: Set<String> = []) throws {
        self.name = name
        self.pattern = pattern
        self.template = template
        self.providers = providers
        regex = try NSRegularExpression(pattern: pattern)
    }

    /// Whether the rule applies to a provider.
    public func applies(to provider: String) -> Bool {
        providers.isEmpty || providers.contains(provider)
    }

    /// The text rewritten, or nil when the pattern does not match.
    public func apply(to text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard regex.firstMatch(in: text, range: range) != nil else { return nil }
        let out = regex.stringByReplacingMatches(in: text, range: range, withTemplate: template)
        return out == text ? nil : out
    }
}
