import Foundation
import ModelCatalog

/// Checks a JSON document the decoder accepted for what the decoder lets through silently:
/// a key written twice in one object (the decoder keeps the first value and drops the other,
/// so a model or a price could change without a word) and strings longer than the limit
/// (a 10 MB description is refused, not carried into every page).
///
/// Duplicate keys are warnings, not errors: released upstream files have them (LiteLLM
/// 1.90.0 lists `zai.glm-5` twice), and `--strict` makes them fatal. The warning says
/// whether the values differ. Over-long strings are errors.
///
/// One pass over the UTF-8 bytes of a document already known to be valid JSON; keys are
/// compared as written (`"a"` and `"\u0061"` count as different keys). Documents in UTF-16
/// or UTF-32 are not scanned.
public enum JSONShapeCheck {
    /// The longest string value or key accepted, in bytes.
    public static let maximumStringBytes = 1 << 20

    /// What the scan found.
    public struct Findings: Sendable {
        /// Problems that make the document unusable (over-long strings).
        public var errors: [Diagnostic] = []
        /// Problems reported but not fatal (duplicate keys; the first value is read).
        public var warnings: [Diagnostic] = []
    }

    /// The bytes of a key inside the scanned buffer, compared and hashed by content. Lives
    /// only while the scan runs (it points into the buffer).
    private struct KeyBytes: Hashable {
        let bytes: UnsafeBufferPointer<UInt8>
        let range: Range<Int>

        var slice: Slice<UnsafeBufferPointer<UInt8>> { bytes[range] }

        static func == (lhs: Self, rhs: Self) -> Bool { lhs.slice.elementsEqual(rhs.slice) }

        func hash(into hasher: inout Hasher) {
            hasher.combine(range.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: slice)))
        }
    }

    /// One open object or array. A struct (not an enum with payloads) so the top frame is
    /// changed in place: copying an object's key table on every key made the scan quadratic.
    private struct Frame {
        var isObject: Bool
        /// Objects: the keys read so far, with their line and value bytes.
        var keys: [KeyBytes: (line: Int, value: Range<Int>)] = [:]
        /// Objects: the key whose value is being read; nil while a key is expected.
        var key: KeyBytes?
        var keyLine = 0
        var valueStart: Int?
        /// Arrays: the index of the element being read.
        var index = 0

        static var object: Frame { Frame(isObject: true) }
        static var array: Frame { Frame(isObject: false) }
    }

    /// Every duplicate key and over-long string in `data`, naming the line and key path.
    public static func findings(in data: [UInt8], file: String) -> Findings {
        data.withUnsafeBufferPointer { findings(inBuffer: $0, file: file) }
    }

    /// ``findings(in:file:)`` over the bytes of `data`, without copying them.
    public static func findings(in data: Data, file: String) -> Findings {
        data.withUnsafeBytes { findings(inBuffer: $0.bindMemory(to: UInt8.self), file: file) }
    }

    private static func findings(inBuffer data: UnsafeBufferPointer<UInt8>, file: String) -> Findings {
        var found = Findings()
        if data.count >= 2, data[0] == 0 || data[1] == 0 || data[0] == 0xFE || data[0] == 0xFF { return found }
        var stack: [Frame] = []
        var line = 1
        var index = 0
        let count = data.count

        /// The value of the top object's current key ends at `end`.
        func finishValue(at end: Int) {
            let top = stack.count - 1
            guard top >= 0, stack[top].isObject, let key = stack[top].key, let start = stack[top].valueStart else { return }
            var lower = start, upper = end
            while lower < upper, isSpace(data[lower]) { lower += 1 }
            while upper > lower, isSpace(data[upper - 1]) { upper -= 1 }
            if let first = stack[top].keys[key] {
                let name = String(decoding: key.slice, as: UTF8.self)
                let place = describe(stack.dropLast())
                let message =
                    data[first.value].elementsEqual(data[lower..<upper])
                    ? "duplicate key \(quoted(name)) in \(place), same value as at line \(first.line); read once"
                    : "duplicate key \(quoted(name)) in \(place) with a different value than at line \(first.line); the value at line \(first.line) is read, this one is ignored"
                found.warnings.append(.warning(file, at: "line \(stack[top].keyLine)", message))
            } else {
                stack[top].keys[key] = (stack[top].keyLine, lower..<upper)
            }
            stack[top].key = nil
            stack[top].valueStart = nil
        }

        while index < count {
            let byte = data[index]
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
            case UInt8(ascii: "{"):
                stack.append(.object)
            case UInt8(ascii: "["):
                stack.append(.array)
            case UInt8(ascii: "}"):
                finishValue(at: index)
                if !stack.isEmpty { stack.removeLast() }
            case UInt8(ascii: "]"):
                if !stack.isEmpty { stack.removeLast() }
            case UInt8(ascii: ":"):
                if let top = stack.indices.last, stack[top].isObject {
                    stack[top].valueStart = index + 1
                }
            case UInt8(ascii: ","):
                if let top = stack.indices.last {
                    if stack[top].isObject { finishValue(at: index) } else { stack[top].index += 1 }
                }
            case UInt8(ascii: "\""):
                let start = index + 1
                var end = start
                while end < count, data[end] != UInt8(ascii: "\"") {
                    if data[end] == UInt8(ascii: "\\") { end += 1 } else if data[end] == UInt8(ascii: "\n") { line += 1 }
                    end += 1
                }
                let text = data[start..<min(end, count)]
                if let top = stack.indices.last, stack[top].isObject, stack[top].key == nil {
                    stack[top].key = KeyBytes(bytes: data, range: start..<min(end, count))
                    stack[top].keyLine = line
                }
                if text.count > maximumStringBytes {
                    found.errors.append(.error(
                        file, at: "line \(line)",
                        "string of \(text.count) bytes at \(describe(stack[...])); expected at most \(maximumStringBytes) bytes"))
                }
                index = end
            default:
                break
            }
            index += 1
        }
        return found
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func quoted(_ text: String) -> String {
        let short = text.count > 80 ? String(text.prefix(80)) + "…" : text
        return "\"" + short.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The key path of the value being read: `["gpt-4o"].input_cost_per_token`, `data[3]`.
    private static func describe(_ frames: ArraySlice<Frame>) -> String {
        var path = ""
        for frame in frames {
            if frame.isObject {
                guard let key = frame.key else { continue }
                let current = String(decoding: key.slice, as: UTF8.self)
                let plain = !current.isEmpty && current.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
                path += plain ? (path.isEmpty ? current : ".\(current)") : "[\(quoted(current))]"
            } else {
                path += "[\(frame.index)]"
            }
        }
        return path.isEmpty ? "the top-level object" : path
    }
}
