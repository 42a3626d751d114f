import Foundation

/// The members of a JSON document's top-level object cut into slices of whole members, so a
/// large map (LiteLLM's 100 MB cost map) is decoded a slice at a time instead of as one tree.
///
/// This is not a JSON parser: it follows only strings and bracket depth to find where each
/// top-level member ends, and checks the top-level punctuation (`{`, the commas between
/// members, `}`, nothing after it but white space). Everything inside a slice is checked by
/// `JSONDecoder` when the slice, wrapped in braces (``document(_:of:)``), is decoded. A
/// document is accepted only when every slice decodes, so the slices accept exactly the JSON
/// documents whose top level is an object. Anything else (not UTF-8, a byte order mark, a
/// top level that is not an object, broken punctuation) gives nil, and the caller parses the
/// whole document the ordinary way, which reports the error with its line and column.
public struct JSONObjectSlices: Sendable {
    /// The byte ranges of the slices: each runs from the first byte of a member's key to the
    /// last byte of the last member's value, the commas between its members included.
    public let ranges: [Range<Int>]
    /// How many members the object has (a key written twice counted twice).
    public let memberCount: Int

    /// Slices of about `targetBytes` each (a member longer than that is a slice of its own);
    /// nil when `data` is not a UTF-8 document whose top level is an object with sound
    /// top-level punctuation. An empty object gives no slices.
    public init?(_ data: Data, targetBytes: Int = 1 << 20) {
        guard let cut = data.withUnsafeBytes({ Self.cut($0, targetBytes: max(1, targetBytes)) }) else { return nil }
        (ranges, memberCount) = cut
    }

    /// The slice `range` of `data` as a JSON document of its own: `{` + the members + `}`.
    public static func document(_ range: Range<Int>, of data: Data) -> Data {
        var out = Data(capacity: range.count + 2)
        out.append(UInt8(ascii: "{"))
        out.append(data[(data.startIndex + range.lowerBound)..<(data.startIndex + range.upperBound)])
        out.append(UInt8(ascii: "}"))
        return out
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The index after the string starting at `start` (a `"`), or nil when it never ends.
    private static func endOfString(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""): return index + 1
            case UInt8(ascii: "\\"): index += 2
            default: index += 1
            }
        }
        return nil
    }

    private static func cut(_ bytes: UnsafeRawBufferPointer, targetBytes: Int) -> (ranges: [Range<Int>], members: Int)? {
        let count = bytes.count
        var index = 0
        func skipSpace() { while index < count, isSpace(bytes[index]) { index += 1 } }
        skipSpace()
        guard index < count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        skipSpace()
        guard index < count else { return nil }
        var ranges: [Range<Int>] = []
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            skipSpace()
            return index == count ? (ranges, 0) : nil
        }
        var sliceStart = index
        var members = 0
        while true {
            // A member: its key, then everything up to a comma or the closing brace at depth 0.
            guard index < count, bytes[index] == UInt8(ascii: "\""), let afterKey = endOfString(bytes, from: index) else { return nil }
            index = afterKey
            var depth = 0
            scan: while index < count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard let after = endOfString(bytes, from: index) else { return nil }
                    index = after
                    continue scan
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { break scan }
                    depth -= 1
                case UInt8(ascii: ","):
                    if depth == 0 { break scan }
                default:
                    break
                }
                index += 1
            }
            guard index < count else { return nil }
            let memberEnd = index
            members += 1
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                skipSpace()
                if memberEnd - sliceStart >= targetBytes {
                    ranges.append(sliceStart..<memberEnd)
                    sliceStart = index
                }
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { return nil }
            ranges.append(sliceStart..<memberEnd)
            index += 1
            skipSpace()
            return index == count ? (ranges, members) : nil
        }
    }
}
