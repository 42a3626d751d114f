import Foundation
import ModelCatalog

/// Typed access to one JSON object of a listing. A wrong type is an error naming the file
/// and the key path; `null` and a missing key both read as nil (fields come and go over time).
public struct JSONObjectReader: Sendable {
    /// The file the object came from.
    public let file: String
    /// The key path of the object inside the file, such as `data[12]`.
    public let path: String
    /// The object's members.
    public let object: [String: JSONValue]

    /// Wraps an object found at `path` in `file`.
    public init(file: String, path: String, object: [String: JSONValue]) {
        self.file = file
        self.path = path
        self.object = object
    }

    /// The key path of a member: `data[3].pricing`, or `data[3]["odd key"]` for keys that are not identifiers.
    public func keyPath(_ key: String) -> String {
        let plain = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        if plain { return path.isEmpty ? key : "\(path).\(key)" }
        let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\(path)[\"\(escaped)\"]"
    }

    /// The member, or nil when it is missing or `null`.
    public func value(_ key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    func mismatch(_ key: String, expected: String, found: JSONValue) -> Diagnostic {
        .error(file, at: keyPath(key), "expected \(expected), found \(found.typeName)")
    }

    /// A string member.
    public func string(_ key: String, _ log: inout DiagnosticLog) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.stringValue else { log.errors.append(mismatch(key, expected: "a string", found: value)); return nil }
        return text
    }

    /// A boolean member.
    public func bool(_ key: String, _ log: inout DiagnosticLog) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let flag = value.boolValue else { log.errors.append(mismatch(key, expected: "true or false", found: value)); return nil }
        return flag
    }

    /// A number member, exact.
    public func number(_ key: String, _ log: inout DiagnosticLog) -> Decimal? {
        guard let value = value(key) else { return nil }
        guard let number = value.numberValue else { log.errors.append(mismatch(key, expected: "a number", found: value)); return nil }
        return number
    }

    /// A non-negative whole-number member (a token count, a timestamp).
    public func integer(_ key: String, _ log: inout DiagnosticLog) -> Int? {
        guard let number = number(key, &log) else { return nil }
        guard let whole = Self.wholeNumber(number) else {
            log.errors.append(.error(file, at: keyPath(key), "expected a non-negative whole number, found \(number)"))
            return nil
        }
        return whole
    }

    /// An array of strings.
    public func strings(_ key: String, _ log: inout DiagnosticLog) -> [String]? {
        guard let value = value(key) else { return nil }
        guard let items = value.arrayValue else { log.errors.append(mismatch(key, expected: "an array of strings", found: value)); return nil }
        var out: [String] = []
        for (index, item) in items.enumerated() {
            guard let text = item.stringValue else {
                log.errors.append(.error(file, at: "\(keyPath(key))[\(index)]", "expected a string, found \(item.typeName)"))
                return nil
            }
            out.append(text)
        }
        return out
    }

    /// A nested object, as a reader at its key path.
    public func object(_ key: String, _ log: inout DiagnosticLog) -> JSONObjectReader? {
        guard let value = value(key) else { return nil }
        guard let members = value.objectValue else { log.errors.append(mismatch(key, expected: "an object", found: value)); return nil }
        return JSONObjectReader(file: file, path: keyPath(key), object: members)
    }

    /// A nested array.
    public func array(_ key: String, _ log: inout DiagnosticLog) -> [JSONValue]? {
        guard let value = value(key) else { return nil }
        guard let items = value.arrayValue else { log.errors.append(mismatch(key, expected: "an array", found: value)); return nil }
        return items
    }

    /// Warns about every member not in `known`: input the reader does not understand is
    /// reported (file and key path), never silently dropped.
    public func warnUnknownKeys(known: Set<String>, _ log: inout DiagnosticLog) {
        for key in object.keys.sorted() where !known.contains(key) {
            log.warnings.append(.warning(file, at: keyPath(key), "unknown key; not read"))
        }
    }

    /// The value as a non-negative integer when it is one.
    static func wholeNumber(_ number: Decimal) -> Int? {
        guard number >= 0, number < 1_000_000_000_000_000 else { return nil }
        var rounded = Decimal()
        var copy = number
        NSDecimalRound(&rounded, &copy, 0, .plain)
        guard rounded == number else { return nil }
        return NSDecimalNumber(decimal: rounded).intValue
    }
}

/// Errors and warnings collected while reading; errors fail the read, warnings go in the result.
public struct DiagnosticLog: Sendable {
    /// Input the reader cannot use.
    public var errors: [Diagnostic] = []
    /// Input the reader does not know, or reads with a caveat.
    public var warnings: [Diagnostic] = []

    /// An empty log.
    public init() {}
}
