import ModelCatalog

/// Checks a JSON document the decoder accepted for what the decoder lets through silently:
/// a key written twice in one object (the decoder keeps one value and drops the other, so a
/// model or a price would be lost without a word) and strings longer than the limit (a
/// 10 MB description is refused, not carried into every page).
///
/// One pass over the UTF-8 bytes of a document already known to be valid JSON; keys are
/// compared as written (`"a"` and `"\u0061"` count as different keys). Documents in UTF-16
/// or UTF-32 are not scanned.
public enum JSONShapeCheck {
    /// The longest string value or key accepted, in bytes.
    public static let maximumStringBytes = 1 << 20

    private enum Frame {
        case object(keys: [ArraySlice<UInt8>: Int], current: String?, expectingKey: Bool)
        case array(index: Int)
    }

    /// Every duplicate key and over-long string in `data`, as errors naming the line and key path.
    public static func problems(in data: [UInt8], file: String) -> [Diagnostic] {
        if data.count >= 2, data[0] == 0 || data[1] == 0 || data[0] == 0xFE || data[0] == 0xFF { return [] }
        var problems: [Diagnostic] = []
        var stack: [Frame] = []
        var line = 1
        var index = 0
        let count = data.count
        while index < count {
            let byte = data[index]
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
            case UInt8(ascii: "{"):
                stack.append(.object(keys: [:], current: nil, expectingKey: true))
            case UInt8(ascii: "["):
                stack.append(.array(index: 0))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !stack.isEmpty { stack.removeLast() }
            case UInt8(ascii: ","):
                switch stack.last {
                case .object(let keys, _, _): stack[stack.count - 1] = .object(keys: keys, current: nil, expectingKey: true)
                case .array(let position): stack[stack.count - 1] = .array(index: position + 1)
                case nil: break
                }
            case UInt8(ascii: "\""):
                let start = index + 1
                var end = start
                while end < count, data[end] != UInt8(ascii: "\"") {
                    if data[end] == UInt8(ascii: "\\") { end += 1 } else if data[end] == UInt8(ascii: "\n") { line += 1 }
                    end += 1
                }
                let text = data[start..<min(end, count)]
                if case .object(var keys, _, true) = stack.last {
                    let name = String(decoding: text, as: UTF8.self)
                    if let first = keys[text] {
                        problems.append(.error(
                            file, at: "line \(line)",
                            "duplicate key \(quoted(name)) in \(describe(stack.dropLast())) (first at line \(first)); expected each key once, a JSON reader keeps only one value"))
                    } else {
                        keys[text] = line
                    }
                    stack[stack.count - 1] = .object(keys: keys, current: name, expectingKey: false)
                }
                if text.count > maximumStringBytes {
                    problems.append(.error(
                        file, at: "line \(line)",
                        "string of \(text.count) bytes at \(describe(stack[...])); expected at most \(maximumStringBytes) bytes"))
                }
                index = end
            default:
                break
            }
            index += 1
        }
        return problems
    }

    private static func quoted(_ text: String) -> String {
        let short = text.count > 80 ? String(text.prefix(80)) + "…" : text
        return "\"" + short.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The key path of the value being read: `["gpt-4o"].input_cost_per_token`, `data[3]`.
    private static func describe(_ frames: ArraySlice<Frame>) -> String {
        var path = ""
        for frame in frames {
            switch frame {
            case .object(_, let current, _):
                guard let current else { continue }
                let plain = !current.isEmpty && current.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
                path += plain ? (path.isEmpty ? current : ".\(current)") : "[\(quoted(current))]"
            case .array(let position):
                path += "[\(position)]"
            }
        }
        return path.isEmpty ? "the top-level object" : path
    }
}
