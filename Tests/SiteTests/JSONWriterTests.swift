import Foundation
import ModelCatalog
import XCTest

@testable import Site

/// `JSONWriter` writes what `JSONEncoder` writes (`.sortedKeys`, `.withoutEscapingSlashes`,
/// optionally `.prettyPrinted`) for the same value.
final class JSONWriterTests: XCTestCase {
    /// A JSON value written both ways.
    indirect enum Value: Encodable {
        case string(String), int(Int), decimal(Decimal), bool(Bool), null
        case array([Value]), object([String: Value])

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let v): try container.encode(v)
            case .int(let v): try container.encode(v)
            case .decimal(let v): try container.encode(v)
            case .bool(let v): try container.encode(v)
            case .null: try container.encodeNil()
            case .array(let v): try container.encode(v)
            case .object(let v): try container.encode(v)
            }
        }

        func write(to json: inout JSONWriter) {
            switch self {
            case .string(let v): json.string(v)
            case .int(let v): json.int(v)
            case .decimal(let v): json.number(v)
            case .bool(let v): json.bool(v)
            case .null: json.null()
            case .array(let v):
                json.beginArray()
                for item in v { item.write(to: &json) }
                json.endArray()
            case .object(let v):
                json.beginObject()
                for key in JSONWriter.sortedKeys(v.keys) {
                    json.key(key)
                    v[key]!.write(to: &json)
                }
                json.endObject()
            }
        }
    }

    /// A sink that keeps every chunk it is given.
    final class ChunkSink: ByteSink {
        var chunks: [Data] = []
        var failAfter: Int?

        func write(_ bytes: UnsafeRawBufferPointer) throws {
            if let failAfter, chunks.count >= failAfter { throw CocoaError(.fileWriteOutOfSpace) }
            chunks.append(Data(bytes))
        }
    }

    private func assertLikeJSONEncoder(_ value: Value, pretty: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(value)
        var writer = JSONWriter(prettyPrinted: pretty)
        value.write(to: &writer)
        try writer.finish()
        XCTAssertEqual(String(decoding: writer.data(), as: UTF8.self), String(decoding: expected, as: UTF8.self), file: file, line: line)
        // The same bytes through a sink in chunks of 7 bytes.
        let sink = ChunkSink()
        var streamed = JSONWriter(sink: sink, chunkSize: 7, prettyPrinted: pretty)
        value.write(to: &streamed)
        try streamed.finish()
        XCTAssertEqual(sink.chunks.reduce(Data(), +), expected, file: file, line: line)
        XCTAssertEqual(streamed.count, expected.count, file: file, line: line)
    }

    static let edgeStrings: [String] = [
        "", "plain", "quote \" and backslash \\", "slash / and </script>", "\\\"", "\"\"",
        String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }), "del \u{7f}",
        "é ß ü 漢字 Ω", "emoji 😀 👩‍👩‍👧 🇨🇭", "line separators \u{2028}\u{2029}", "bom \u{feff}", "nul\u{0}inside",
        "combining e\u{301}", "tab\tnewline\ncarriage\rform\u{c}back\u{8}",
    ]

    func testStringsAreEscapedLikeJSONEncoder() throws {
        try assertLikeJSONEncoder(.array(Self.edgeStrings.map(Value.string)))
        for string in Self.edgeStrings { try assertLikeJSONEncoder(.string(string)) }
        var writer = JSONWriter()
        writer.string("\u{0}\u{1f}\u{b}/")
        XCTAssertEqual(String(decoding: writer.data(), as: UTF8.self), #""\u0000\u001f\u000b/""#)
    }

    func testKeysAreSortedLikeJSONEncoder() throws {
        let keys = ["b", "a_b", "aB", "a1", "a10", "a2", "A", "é", "e", "Z", "_", "aa", "a", "", "\u{7f}", "ß", "😀", "ｆ", "key \"quoted\"", "input_cache_read", "input_modalities", "weekday_timezone", "weekdays"]
        try assertLikeJSONEncoder(.object(Dictionary(uniqueKeysWithValues: keys.map { ($0, .int($0.utf8.count)) })))
        XCTAssertEqual(JSONWriter.sortedKeys(["weekdays", "weekday_timezone", "Z", "a"]), ["Z", "a", "weekday_timezone", "weekdays"])
    }

    func testNumbersAndLiteralsLikeJSONEncoder() throws {
        let decimals = ["0", "1", "-1", "0.0000033", "1E-20", "3.3e-6", "123456789012345678901234567890", "-0.5", "1.10", "2.5e3", "0.000000000000000000000000000000000001", "99999999999999999999.999999"]
        try assertLikeJSONEncoder(.array(decimals.map { .decimal(Decimal(string: $0)!) }))
        try assertLikeJSONEncoder(.array([.int(0), .int(-1), .int(Int.max), .int(Int.min), .bool(true), .bool(false), .null]))
        var random = SystemRandomNumberGenerator()
        var values: [Value] = []
        for _ in 0..<500 {
            let mantissa = Int64.random(in: -999_999_999_999...999_999_999_999, using: &random)
            values.append(.decimal(Decimal(sign: mantissa < 0 ? .minus : .plus, exponent: Int.random(in: -30...10, using: &random), significand: Decimal(mantissa.magnitude))))
        }
        try assertLikeJSONEncoder(.array(values))
        // Prices as strings: the decimal's plain digits, as `"\(decimal)"` always gave.
        var writer = JSONWriter()
        writer.beginArray()
        for text in decimals { writer.decimalString(Decimal(string: text)!) }
        writer.endArray()
        XCTAssertEqual(String(decoding: writer.data(), as: UTF8.self), "[" + decimals.map { "\"\(Decimal(string: $0)!)\"" }.joined(separator: ",") + "]")
    }

    func testDecimalsAreWrittenAsTheirDescription() {
        var random = SystemRandomNumberGenerator()
        var values: [Decimal] = [0, -0.0, .nan, 1, -1, 10, 100, Decimal(string: "1.10")!, Decimal(string: "0.000")!, Decimal(UInt64.max), Decimal(UInt64.max) * 10 + 1, Decimal(string: "123456789012345678901234567890.5")!]
        for _ in 0..<5_000 {
            let bits = Int.random(in: 1...64, using: &random)
            let magnitude = UInt64.random(in: 0...(bits == 64 ? UInt64.max : (1 << bits) - 1), using: &random)
            let sign: FloatingPointSign = Bool.random(using: &random) ? .minus : .plus
            values.append(Decimal(sign: sign, exponent: Int.random(in: -40...20, using: &random), significand: Decimal(magnitude)))
            // Not compacted: trailing zeros in the mantissa.
            values.append(Decimal(sign: .plus, exponent: Int.random(in: -30...5, using: &random), significand: Decimal(magnitude % 1_000_000 * 1000)))
        }
        for value in values {
            var writer = JSONWriter()
            writer.number(value)
            writer.decimalString(value)
            XCTAssertEqual(String(decoding: writer.data(), as: UTF8.self), value.description + "\"\(value.description)\"", "\(value.significand) e\(value.exponent)")
        }
    }

    static let nested: Value = .object([
        "empty_array": .array([]), "empty_object": .object([:]), "string": .string("a / b"),
        "list": .array([.int(1), .object(["x": .null, "y": .array([.array([]), .object([:])])]), .string("\"")]),
        "object": .object(["deep": .object(["deeper": .object(["deepest": .array([.bool(true)])])])]),
    ])

    func testPrettyPrintingLikeJSONEncoder() throws {
        try assertLikeJSONEncoder(Self.nested, pretty: true)
        try assertLikeJSONEncoder(Self.nested)
        try assertLikeJSONEncoder(.array([]), pretty: true)
        try assertLikeJSONEncoder(.object([:]), pretty: true)
        try assertLikeJSONEncoder(.array([.object([:])]), pretty: true)
        var writer = JSONWriter(prettyPrinted: true)
        writer.beginObject()
        writer.field("a", 1)
        writer.key("b")
        writer.strings([])
        writer.endObject()
        XCTAssertEqual(String(decoding: writer.data(), as: UTF8.self), "{\n  \"a\" : 1,\n  \"b\" : [\n\n  ]\n}")
    }

    func testMembersFromDataKeepTheLastValueOfARepeatedKey() {
        let members: [(key: String, value: Int)] = [("b", 1), ("a", 2), ("b", 3), ("tiers", 4), ("a_b", 5), ("tiers", 6)]
        XCTAssertEqual(JSONWriter.sortedMembers(members).map(\.key), ["a", "a_b", "b", "tiers"])
        XCTAssertEqual(JSONWriter.sortedMembers(members).map(\.value), [2, 5, 3, 6])
    }

    func testALargeDocumentReachesTheSinkInChunks() throws {
        let sink = ChunkSink()
        var writer = JSONWriter(sink: sink, chunkSize: 1024)
        writer.beginArray()
        for index in 0..<10_000 { writer.string("item \(index) \u{1}") }
        writer.endArray()
        try writer.finish()
        XCTAssertGreaterThan(sink.chunks.count, 100)
        XCTAssertTrue(sink.chunks.dropLast().allSatisfy { $0.count >= 1024 && $0.count < 1024 + 64 })
        let expected = try JSONEncoder().encode((0..<10_000).map { "item \($0) \u{1}" })
        XCTAssertEqual(sink.chunks.reduce(Data(), +), expected)
    }

    func testASinkErrorIsThrownByFinish() {
        let sink = ChunkSink()
        sink.failAfter = 2
        var writer = JSONWriter(sink: sink, chunkSize: 16)
        writer.beginArray()
        for index in 0..<100 { writer.int(index) }
        writer.endArray()
        XCTAssertThrowsError(try writer.finish()) { XCTAssertEqual(($0 as? CocoaError)?.code, .fileWriteOutOfSpace) }
        XCTAssertEqual(sink.chunks.count, 2)
    }
}
