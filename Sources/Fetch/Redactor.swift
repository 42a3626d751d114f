import Foundation

/// Removes API keys from text before it is printed, stored or thrown: the key itself
/// (raw and percent-encoded) and the value of any query parameter that carries keys.
public struct Redactor: Sendable, Equatable {
    /// The replacement written where a secret was.
    public static let mask = "REDACTED"
    /// Query parameter names whose values are always hidden, whatever they hold.
    public static let defaultQueryNames: Set<String> = ["key", "api_key", "apikey", "api-key", "token", "access_token", "auth", "sig", "signature"]

    /// The secret values to hide.
    public private(set) var secrets: [String]
    /// Query parameter names (lowercased) whose values are hidden.
    public private(set) var queryNames: Set<String>

    /// A redactor for the given secrets and key-carrying query parameters.
    public init(secrets: [String] = [], queryNames: Set<String> = []) {
        self.secrets = secrets.filter { !$0.isEmpty }
        self.queryNames = Set(queryNames.map { $0.lowercased() }).union(Self.defaultQueryNames)
    }

    /// The text with every secret and key-carrying query value replaced by `mask`.
    public func redact(_ text: String) -> String {
        var out = text
        for secret in secrets {
            out = out.replacingOccurrences(of: secret, with: Self.mask)
            if let encoded = secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics), encoded != secret {
                out = out.replacingOccurrences(of: encoded, with: Self.mask)
            }
        }
        return redactQueryValues(out)
    }

    /// Whether `data` holds one of the secrets, raw or percent-encoded: a server that echoes
    /// the key (in an error text, a cursor or a next-page URL) must not get it into a file.
    public func isRevealed(in data: Data) -> Bool {
        for secret in secrets {
            var forms = [secret]
            if let encoded = secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics), encoded != secret { forms.append(encoded) }
            if forms.contains(where: { data.range(of: Data($0.utf8)) != nil }) { return true }
        }
        return false
    }

    /// Hides `name=value` pairs after `?` or `&` whose name is in `queryNames`.
    private func redactQueryValues(_ text: String) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            result.append(character)
            index = text.index(after: index)
            guard character == "?" || character == "&" else { continue }
            guard let equals = text[index...].firstIndex(where: { $0 == "=" || $0 == "&" || $0 == "#" || $0.isWhitespace }), text[equals] == "=" else { continue }
            let name = text[index..<equals].lowercased()
            guard queryNames.contains(name) else { continue }
            let valueStart = text.index(after: equals)
            let valueEnd = text[valueStart...].firstIndex(where: { $0 == "&" || $0 == "#" || $0.isWhitespace || $0 == "\"" || $0 == "'" }) ?? text.endIndex
            result += text[index..<valueStart] + Self.mask
            index = valueEnd
        }
        return result
    }
}
