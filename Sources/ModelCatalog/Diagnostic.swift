/// A problem found in the input, with what a maintainer needs to fix it:
/// the file, where in it (a key path or a line), and what was wrong.
public struct Diagnostic: Error, Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    /// The file, relative to the catalog folder where possible.
    public var file: String
    /// A key path such as `["gpt-4o"].input_cost_per_token`, or `line 12`; nil for the whole file.
    public var location: String?
    public var message: String

    public init(_ severity: Severity, file: String, location: String? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.location = location
        self.message = message
    }

    public static func error(_ file: String, at location: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, file: file, location: location, message)
    }

    public static func warning(_ file: String, at location: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, file: file, location: location, message)
    }

    public var description: String {
        "\(severity.rawValue): \(file)\(location.map { ": \($0)" } ?? ""): \(message)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.file, lhs.location ?? "", lhs.message) < (rhs.file, rhs.location ?? "", rhs.message)
    }
}

/// A run that stopped on input errors; carries every error found, not only the first.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
