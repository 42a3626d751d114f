import Foundation

/// A parsed JSON document that keeps numbers exact: every number is the `Decimal`
/// written in the text (`1e-07` stays 0.0000001), never a binary float.
public enum JSONValue: Hashable, Sendable, Decodable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Decimal.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let object = try? container.decode([String: JSONValue].self) {
            self = .object(object)
        } else {
            self = .array(try container.decode([JSONValue].self))
        }
    }

    /// Parses a whole document; a syntax error names the file and the line and column where
    /// parsing stopped. Nesting deeper than 512 levels is refused (the decoder's limit), and so
    /// are duplicate keys and over-long strings (``JSONShapeCheck``).
    public static func parse(_ data: Data, file: String) throws(Diagnostic) -> JSONValue {
        var ignored: [Diagnostic] = []
        return try parse(data, file: file, warnings: &ignored)
    }

    /// Parses a whole document like ``parse(_:file:)`` and adds its warnings (duplicate keys,
    /// see ``JSONShapeCheck``) to `warnings`.
    public static func parse(_ data: Data, file: String, warnings: inout [Diagnostic]) throws(Diagnostic) -> JSONValue {
        if data.isEmpty { throw Diagnostic.error(file, "the file is empty; expected a JSON document") }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw syntaxError(data, file: file)
        }
        let findings = JSONShapeCheck.findings(in: data, file: file)
        if let problem = findings.errors.first { throw problem }
        warnings += findings.warnings
        return value
    }

    /// Why `data` is not a JSON document, with the line and column where reading stopped.
    /// The decoder's own errors say neither, so the document is read again (only on failure)
    /// by `JSONSerialization`, whose message gives a byte offset.
    static func syntaxError(_ data: Data, file: String) -> Diagnostic {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .error(file, "the file holds only white space; expected a JSON document")
        }
        let message: String
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
            return .error(file, "invalid JSON: a number outside the exact decimal range (at most 38 significant digits, exponent -128 to 127)")
        } catch {
            message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        }
        if message.hasPrefix("Unexpected end of file") {
            return .error(file, at: position(ofByte: data.count, in: data), "invalid JSON: the document ends before it is complete (truncated?)")
        }
        if message.hasPrefix("Number "), message.hasSuffix(" is not representable in Swift.") {
            let number = message.dropFirst("Number ".count).dropLast(" is not representable in Swift.".count)
            return .error(file, "invalid JSON: expected a number a decimal can hold, found \(number)")
        }
        // "Invalid value around character 7." → the byte offset.
        if let range = message.range(of: "character "),
            let offset = Int(message[range.upperBound...].prefix(while: \.isNumber))
        {
            var detail = message
            if let around = detail.range(of: " around character") { detail = String(detail[..<around.lowerBound]) }
            if let from = detail.range(of: " starting from character") { detail = String(detail[..<from.lowerBound]) }
            if detail.hasPrefix("Invalid UTF-8") {
                detail = "expected UTF-8 text, found bytes that are not UTF-8 in a string"
            } else if detail == "Invalid value", offset < data.count {
                let byte = data[data.startIndex + offset]
                let found = byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
                detail = "expected a JSON value or punctuation, found \(found)"
            }
            return .error(file, at: position(ofByte: offset, in: data), "invalid JSON: \(detail)")
        }
        return .error(file, "invalid JSON: \(message)")
    }

    /// `line L, column C` (1-based, column in bytes) of a byte offset.
    static func position(ofByte offset: Int, in data: Data) -> String {
        var line = 1, column = 1, index = 0
        for byte in data {
            if index >= offset { break }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return "line \(line), column \(column)"
    }

    /// The name of the value's JSON type, for error messages ("expected a number, found a string").
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    public var objectValue: [String: JSONValue]? { if case .object(let v) = self { v } else { nil } }
    public var arrayValue: [JSONValue]? { if case .array(let v) = self { v } else { nil } }
    public var stringValue: String? { if case .string(let v) = self { v } else { nil } }
    public var numberValue: Decimal? { if case .number(let v) = self { v } else { nil } }
    public var boolValue: Bool? { if case .bool(let v) = self { v } else { nil } }
    public var isNull: Bool { if case .null = self { true } else { false } }

    public subscript(key: String) -> JSONValue? { objectValue?[key] }
}

import ModelCatalog
