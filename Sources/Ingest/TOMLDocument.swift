import Foundation
import ModelCatalog
internal import TOMLKit

/// A parsed hand-written TOML file as plain Swift values, with typed getters that
/// report a wrong or missing value as a diagnostic naming the file and the key path.
public struct TOMLDocument: Sendable {
    /// One TOML value.
    public indirect enum Value: Sendable, Hashable {
        case string(String)
        case integer(Int)
        case float(Double)
        case bool(Bool)
        /// Dates and times, kept as their TOML text (`2025-10-01`).
        case date(String)
        case array([Value])
        case table([String: Value])

        var typeName: String {
            switch self {
            case .string: "a string"
            case .integer: "an integer"
            case .float: "a float"
            case .bool: "a boolean"
            case .date: "a date"
            case .array: "an array"
            case .table: "a table"
            }
        }
    }

    /// The file the document came from, for diagnostics.
    public let file: String
    /// The top-level table.
    public let root: [String: Value]

    /// Parses TOML text; a syntax error names the file and the line.
    public init(_ text: String, file: String) throws(Diagnostic) {
        self.file = file
        if let (line, found) = Self.malformedHeader(text) {
            throw Diagnostic.error(file, at: "line \(line)", "invalid TOML: expected a table name (letters, digits, '_', '-' or a quoted name) after '[', found \(found)")
        }
        do {
            let table = try TOMLTable(string: text)
            root = Self.convert(table)
        } catch let error as TOMLParseError {
            throw Diagnostic.error(file, at: "line \(error.source.begin.line)", "invalid TOML: \(error.description)")
        } catch {
            throw Diagnostic.error(file, "invalid TOML: \(error)")
        }
    }

    /// The largest hand-written TOML file read (4 MiB); a larger one is refused with a message.
    public static let maximumBytes = 4 << 20

    /// Parses TOML bytes, which must be UTF-8.
    public init(_ data: Data, file: String) throws(Diagnostic) {
        guard data.count <= Self.maximumBytes else {
            throw Diagnostic.error(file, "the file is \(data.count) bytes; expected at most \(Self.maximumBytes) bytes of TOML")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic.error(file, "the file is not valid UTF-8")
        }
        try self.init(text, file: file)
    }

    /// The line of a table header whose name does not start with a bare-key character or a
    /// quote (`[[[a`, `[<x>]`, `[` and a control character), and what was found there: the
    /// bundled toml++ fails an assertion on these instead of reporting an error (found by
    /// `make fuzz`). Brackets inside values, strings and comments are skipped, so
    /// `x = [[[1]]]` and a multi-line array with a `[[[1]]` line stay valid. Nil when none.
    static func malformedHeader(_ text: String) -> (line: Int, found: String)? {
        let bytes = Array(text.utf8)
        var index = 0, line = 1, depth = 0, atLineStart = true
        let open = UInt8(ascii: "["), close = UInt8(ascii: "]")
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        while index < bytes.count {
            let byte = bytes[index]
            if atLineStart, depth == 0, !isBlank(byte) {
                atLineStart = false
                if byte == open {
                    var next = index + 1
                    if next < bytes.count, bytes[next] == open { next += 1 }
                    while next < bytes.count, isBlank(bytes[next]) { next += 1 }
                    guard next < bytes.count else { return (line, "the end of the file") }
                    let first = bytes[next]
                    let bare = (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) || (first >= 0x30 && first <= 0x39)
                        || first == UInt8(ascii: "_") || first == UInt8(ascii: "-") || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
                    if !bare {
                        let shown = first >= 0x21 && first < 0x7F ? "'\(Character(Unicode.Scalar(first)))'" : "byte 0x\(String(first, radix: 16, uppercase: true))"
                        return (line, shown)
                    }
                }
            }
            switch byte {
            case 0x0A:
                line += 1
                atLineStart = true
            case UInt8(ascii: "#"):
                while index + 1 < bytes.count, bytes[index + 1] != 0x0A { index += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let quote = byte
                let multi = index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote
                index += multi ? 3 : 1
                while index < bytes.count {
                    if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
                    if bytes[index] == 0x0A { if !multi { break }; line += 1 }
                    if bytes[index] == quote, !multi || (index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote) {
                        index += multi ? 2 : 0
                        break
                    }
                    index += 1
                }
                if index < bytes.count, bytes[index] == 0x0A { continue }
            case open:
                // A header at depth 0 opens and closes on its line; value arrays nest.
                depth += 1
            case close:
                depth = max(0, depth - 1)
            default:
                break
            }
            index += 1
        }
        return nil
    }

    private static func convert(_ table: TOMLTable) -> [String: Value] {
        var out: [String: Value] = [:]
        for (key, value) in table { out[key] = convert(value) }
        return out
    }

    private static func convert(_ value: TOMLValueConvertible) -> Value {
        switch value.type {
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .float(value.double ?? 0)
        case .bool: return .bool(value.bool ?? false)
        case .table: return .table(value.table.map(convert) ?? [:])
        case .array: return .array(value.array.map { $0.map { convert($0) } } ?? [])
        case .date: return .date(value.date.map { String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day) } ?? "")
        default: return .date(value.debugDescription)
        }
    }
}

/// Typed access to one TOML table, reporting problems with their key path.
public struct TOMLTableReader: Sendable {
    public let file: String
    /// The key path of this table, such as `sources[0]`; empty for the root.
    public let path: String
    public let values: [String: TOMLDocument.Value]

    public init(file: String, path: String, values: [String: TOMLDocument.Value]) {
        self.file = file
        self.path = path
        self.values = values
    }

    public init(_ document: TOMLDocument) {
        self.init(file: document.file, path: "", values: document.root)
    }

    /// The key path of a key in this table.
    public func keyPath(_ key: String) -> String {
        let quoted = key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } ? key : "\"\(key)\""
        return path.isEmpty ? quoted : "\(path).\(quoted)"
    }

    func mismatch(_ key: String, expected: String, found: TOMLDocument.Value) -> Diagnostic {
        .error(file, at: keyPath(key), "expected \(expected), found \(found.typeName)")
    }

    public func string(_ key: String) throws(Diagnostic) -> String? {
        guard let value = values[key] else { return nil }
        switch value {
        case .string(let s): return s
        case .date(let s): return s
        default: throw mismatch(key, expected: "a string", found: value)
        }
    }

    public func requiredString(_ key: String) throws(Diagnostic) -> String {
        guard let value = try string(key) else { throw Diagnostic.error(file, at: keyPath(key), "missing; expected a string") }
        return value
    }

    public func int(_ key: String) throws(Diagnostic) -> Int? {
        guard let value = values[key] else { return nil }
        guard case .integer(let i) = value else { throw mismatch(key, expected: "an integer", found: value) }
        guard i >= 0 else { throw Diagnostic.error(file, at: keyPath(key), "expected a non-negative integer, found \(i)") }
        return i
    }

    public func bool(_ key: String) throws(Diagnostic) -> Bool? {
        guard let value = values[key] else { return nil }
        guard case .bool(let b) = value else { throw mismatch(key, expected: "a boolean (true or false)", found: value) }
        return b
    }

    /// A non-negative exact amount: a string such as `"0.15"` (exact), an integer, or a float
    /// with at most 15 significant digits (recovered exactly from its shortest form).
    public func decimal(_ key: String) throws(Diagnostic) -> Decimal? {
        guard let value = values[key] else { return nil }
        let decimal: Decimal?
        switch value {
        case .string(let s): decimal = Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")).flatMap { s.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        case .integer(let i): decimal = Decimal(i)
        case .float(let d): decimal = d.isFinite ? Decimal(string: "\(d)", locale: Locale(identifier: "en_US_POSIX")) : nil
        default: throw mismatch(key, expected: "a price (a number or a decimal string)", found: value)
        }
        guard let decimal, !decimal.isNaN else {
            throw Diagnostic.error(file, at: keyPath(key), "expected a finite decimal number, found \(value)")
        }
        guard decimal >= 0 else { throw Diagnostic.error(file, at: keyPath(key), "expected a price of zero or more, found \(decimal)") }
        return decimal
    }

    public func strings(_ key: String) throws(Diagnostic) -> [String]? {
        guard let value = values[key] else { return nil }
        guard case .array(let items) = value else { throw mismatch(key, expected: "an array of strings", found: value) }
        var out: [String] = []
        for (index, item) in items.enumerated() {
            guard case .string(let s) = item else { throw Diagnostic.error(file, at: "\(keyPath(key))[\(index)]", "expected a string, found \(item.typeName)") }
            out.append(s)
        }
        return out
    }

    public func table(_ key: String) throws(Diagnostic) -> TOMLTableReader? {
        guard let value = values[key] else { return nil }
        guard case .table(let t) = value else { throw mismatch(key, expected: "a table", found: value) }
        return TOMLTableReader(file: file, path: keyPath(key), values: t)
    }

    /// An array of tables (`[[key]]`).
    public func tables(_ key: String) throws(Diagnostic) -> [TOMLTableReader] {
        guard let value = values[key] else { return [] }
        guard case .array(let items) = value else { throw mismatch(key, expected: "an array of tables", found: value) }
        var out: [TOMLTableReader] = []
        for (index, item) in items.enumerated() {
            guard case .table(let t) = item else { throw Diagnostic.error(file, at: "\(keyPath(key))[\(index)]", "expected a table, found \(item.typeName)") }
            out.append(TOMLTableReader(file: file, path: "\(keyPath(key))[\(index)]", values: t))
        }
        return out
    }

    /// Warnings for keys this table has that are not in `known`, so typos are not silently dropped.
    public func unknownKeys(known: Set<String>) -> [Diagnostic] {
        values.keys.filter { !known.contains($0) }.sorted().map {
            Diagnostic.warning(file, at: keyPath($0), "unknown key; expected one of: \(known.sorted().joined(separator: ", "))")
        }
    }
}
