import Foundation
import ModelCatalog

/// A streaming JSON writer: appends UTF-8 bytes to a buffer and hands the buffer to a
/// ``ByteSink`` each time it passes `chunkSize` bytes, so a file of any size is written in
/// bounded memory. Without a sink the bytes stay in memory (``data()``), for small files and tests.
///
/// The bytes are the ones Foundation's `JSONEncoder` writes with `[.sortedKeys,
/// .withoutEscapingSlashes]` (and `.prettyPrinted` when ``prettyPrinted`` is set), so
/// switching an encoder to this writer changes no published byte:
/// - strings escape `"` and `\` with a backslash, `\b \f \n \r \t` in their short forms and
///   the other control characters below U+0020 as `\u00xx` (lowercase hex); `/`, U+007F and
///   all non-ASCII characters are written as they are (UTF-8);
/// - numbers: `Int` in decimal digits, `Decimal` as its `description` (plain digits, no
///   exponent), which is what `JSONEncoder` writes for a `Decimal` (made here without
///   `description`'s cost when the mantissa fits in 64 bits);
/// - pretty printing: two spaces per level, `"key" : value`, one element per line, and an
///   empty array or object as `[`, an empty line, `]`.
///
/// Keys are not sorted here: the caller writes them in ``keyPrecedes(_:_:)`` order (the order
/// `JSONEncoder`'s `.sortedKeys` uses on Linux: byte-wise over UTF-8), which debug builds check.
/// Fixed keys are written in that order in the code; keys from data go through ``sortedKeys(_:)``.
///
/// An error of the sink is kept and thrown by ``finish()``; bytes after it are dropped.
public struct JSONWriter {
    /// The bytes buffered before the sink is called, unless the writer is made with another size.
    public static let defaultChunkSize = 64 * 1024

    /// Whether to write the `.prettyPrinted` layout; set before the first byte.
    public var prettyPrinted: Bool

    private var buffer: [UInt8] = []
    private let sink: (any ByteSink)?
    private let chunkSize: Int
    private var sinkError: (any Error)?
    private var flushed = 0
    /// One entry per open container: whether it has an element yet.
    private var hasElements: [Bool] = []
    /// A key was just written; the next value is its value.
    private var afterKey = false
    #if DEBUG
        /// The last key of each open object, to check the order keys are written in.
        private var lastKeys: [String?] = []
    #endif

    /// A writer that keeps every byte in memory; read them with ``data()``.
    public init(prettyPrinted: Bool = false) {
        self.prettyPrinted = prettyPrinted
        self.sink = nil
        self.chunkSize = .max
    }

    /// A writer that hands its bytes to `sink` in chunks of at least `chunkSize` bytes
    /// (and the rest on ``finish()``).
    public init(sink: any ByteSink, chunkSize: Int = JSONWriter.defaultChunkSize, prettyPrinted: Bool = false) {
        self.prettyPrinted = prettyPrinted
        self.sink = sink
        self.chunkSize = max(1, chunkSize)
        buffer.reserveCapacity(min(self.chunkSize, JSONWriter.defaultChunkSize) + 4096)
    }

    /// Bytes written so far (handed to the sink or still buffered).
    public var count: Int { flushed + buffer.count }

    /// The bytes of an in-memory writer (those not yet handed to a sink).
    public func data() -> Data { Data(buffer) }

    /// Hands the buffered bytes to the sink; throws the first error the sink threw.
    /// Call once, after the last value.
    public mutating func finish() throws {
        assert(hasElements.isEmpty, "JSONWriter finished with \(hasElements.count) open containers")
        if sink != nil { flush() }
        if let sinkError { throw sinkError }
    }

    // MARK: Key order

    /// Whether key `a` goes before key `b` in a sorted object: byte-wise over UTF-8, as
    /// swift-foundation's `JSONEncoder` sorts with `.sortedKeys` (not `String`'s `<`).
    @inlinable
    public static func keyPrecedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Keys from data in the order an object writes them.
    public static func sortedKeys<Keys: Sequence<String>>(_ keys: Keys) -> [String] {
        keys.sorted(by: keyPrecedes)
    }

    /// The members of an object whose keys come from data, in key order; a key given twice
    /// keeps its last value, as a `JSONEncoder` keyed container does.
    public static func sortedMembers<Value>(_ members: [(key: String, value: Value)]) -> [(key: String, value: Value)] {
        guard members.count > 1 else { return members }
        let order = members.indices.sorted { a, b in
            let (x, y) = (members[a].key, members[b].key)
            return x == y ? a < b : keyPrecedes(x, y)
        }
        var out: [(key: String, value: Value)] = []
        out.reserveCapacity(members.count)
        for (position, index) in order.enumerated() {
            if position + 1 < order.count, members[order[position + 1]].key == members[index].key { continue }
            out.append(members[index])
        }
        return out
    }

    // MARK: Containers

    /// Opens an object: `{`.
    public mutating func beginObject() {
        beginValue()
        open(0x7B)
        #if DEBUG
            lastKeys.append(nil)
        #endif
    }

    /// Closes the innermost object: `}`.
    public mutating func endObject() {
        #if DEBUG
            lastKeys.removeLast()
        #endif
        close(0x7D)
    }

    /// Opens an array: `[`.
    public mutating func beginArray() {
        beginValue()
        open(0x5B)
        #if DEBUG
            lastKeys.append(nil)
        #endif
    }

    /// Closes the innermost array: `]`.
    public mutating func endArray() {
        #if DEBUG
            lastKeys.removeLast()
        #endif
        close(0x5D)
    }

    /// Writes the key of the next member of the innermost object; its value comes next.
    public mutating func key(_ key: String) {
        #if DEBUG
            if let previous = lastKeys[lastKeys.count - 1] {
                assert(JSONWriter.keyPrecedes(previous, key), "JSONWriter: key '\(key)' written after '\(previous)'")
            }
            lastKeys[lastKeys.count - 1] = key
        #endif
        separate()
        writeString(key)
        if prettyPrinted {
            buffer.append(0x20)
            buffer.append(0x3A)
            buffer.append(0x20)
        } else {
            buffer.append(0x3A)
        }
        afterKey = true
    }

    // MARK: Values

    /// Writes a string, escaped.
    public mutating func string(_ value: String) {
        beginValue()
        writeString(value)
        endValue()
    }

    /// Writes an integer.
    public mutating func int(_ value: Int) {
        beginValue()
        appendASCII(String(value))
        endValue()
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        beginValue()
        appendASCII(value ? "true" : "false")
        endValue()
    }

    /// Writes `null`.
    public mutating func null() {
        beginValue()
        appendASCII("null")
        endValue()
    }

    /// Writes an exact decimal as a JSON number (its plain digits, as `JSONEncoder` does).
    public mutating func number(_ value: Decimal) {
        beginValue()
        appendDecimal(value)
        endValue()
    }

    /// Writes an exact decimal as a string of its plain digits: how prices are published.
    public mutating func decimalString(_ value: Decimal) {
        beginValue()
        buffer.append(0x22)
        appendDecimal(value)
        buffer.append(0x22)
        endValue()
    }

    /// Writes an array of strings.
    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Writes an array of integers.
    public mutating func ints(_ values: [Int]) {
        beginArray()
        for value in values { int(value) }
        endArray()
    }

    // MARK: Members

    /// Writes a member with a string value.
    public mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    /// Writes a member with an integer value.
    public mutating func field(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    /// Writes a member with a boolean value.
    public mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// Writes a member with an array of strings.
    public mutating func field(_ name: String, _ values: [String]) {
        key(name)
        strings(values)
    }

    /// Writes a member only when the value is known (`encodeIfPresent`).
    public mutating func fieldIfPresent(_ name: String, _ value: String?) {
        if let value { field(name, value) }
    }

    /// Writes a member only when the value is known (`encodeIfPresent`).
    public mutating func fieldIfPresent(_ name: String, _ value: Int?) {
        if let value { field(name, value) }
    }

    /// Writes a member only when the value is known (`encodeIfPresent`).
    public mutating func fieldIfPresent(_ name: String, _ value: Bool?) {
        if let value { field(name, value) }
    }

    /// Writes a member whose unknown value is `null` (`encode` of an optional).
    public mutating func fieldOrNull(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }

    /// Writes a member whose unknown value is `null` (`encode` of an optional).
    public mutating func fieldOrNull(_ name: String, _ value: Int?) {
        key(name)
        if let value { int(value) } else { null() }
    }

    /// Writes a member whose value is `null`.
    public mutating func nullField(_ name: String) {
        key(name)
        null()
    }

    // MARK: Layout

    /// Before a value: nothing after a key or at the top level; in an array the separator
    /// and, when pretty, the line break and indent.
    @inline(__always)
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if !hasElements.isEmpty {
            separate()
        }
    }

    /// After a value: hands a full buffer to the sink.
    @inline(__always)
    private mutating func endValue() {
        if buffer.count >= chunkSize { flush() }
    }

    /// The comma before every element but the first of the innermost container, then the
    /// element's indent when pretty.
    @inline(__always)
    private mutating func separate() {
        let last = hasElements.count - 1
        if hasElements[last] {
            buffer.append(0x2C)
            if prettyPrinted { buffer.append(0x0A) }
        } else {
            hasElements[last] = true
        }
        if prettyPrinted { indent(hasElements.count) }
    }

    private mutating func open(_ bracket: UInt8) {
        buffer.append(bracket)
        if prettyPrinted { buffer.append(0x0A) }
        hasElements.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        hasElements.removeLast()
        if prettyPrinted {
            buffer.append(0x0A)
            indent(hasElements.count)
        }
        buffer.append(bracket)
        endValue()
    }

    private mutating func indent(_ level: Int) {
        for _ in 0..<level {
            buffer.append(0x20)
            buffer.append(0x20)
        }
    }

    // MARK: Bytes

    private mutating func appendASCII(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
    }

    /// The bytes of `value.description` (plain digits, `-`, one `.`, no exponent; `NaN`).
    /// `description` allocates a `String` and divides the 128-bit mantissa by 10 once per
    /// digit (a tenth of the export's time); when the mantissa fits in 64 bits (every price
    /// does) the same bytes are made here from ``DecimalParts``, else `description` is used.
    private mutating func appendDecimal(_ value: Decimal) {
        guard let parts = DecimalParts(value) else { return appendASCII(value.description) }
        parts.withPlainText { buffer.append(contentsOf: $0) }
    }

    /// A quoted, escaped string: runs without escapes are copied whole.
    private mutating func writeString(_ value: String) {
        buffer.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
                    index += 1
                    continue
                }
                if index > start { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
                buffer.append(0x5C)
                switch byte {
                case 0x22, 0x5C: buffer.append(byte)
                case 0x08: buffer.append(0x62)  // b
                case 0x0C: buffer.append(0x66)  // f
                case 0x0A: buffer.append(0x6E)  // n
                case 0x0D: buffer.append(0x72)  // r
                case 0x09: buffer.append(0x74)  // t
                default:
                    buffer.append(0x75)  // u00xx
                    buffer.append(0x30)
                    buffer.append(0x30)
                    buffer.append(JSONWriter.hexDigit(byte >> 4))
                    buffer.append(JSONWriter.hexDigit(byte & 0x0F))
                }
                index += 1
                start = index
            }
            if count > start { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<count])) }
        }
        buffer.append(0x22)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }

    private mutating func flush() {
        guard let sink, !buffer.isEmpty else { return }
        flushed += buffer.count
        if sinkError == nil {
            do {
                try buffer.withUnsafeBytes { try sink.write($0) }
            } catch {
                sinkError = error
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
