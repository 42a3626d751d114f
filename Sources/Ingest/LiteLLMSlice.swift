import Foundation

/// One slice of a LiteLLM cost map (see ``JSONObjectSlices``) decoded member by member, in
/// the decoder's order; a key written twice keeps its first value, as for the whole map.
///
/// Each entry object is decoded with the type its keys hold in a well-formed map tried
/// first (a number for a price, a boolean for a `supports_` flag, a string for `mode`):
/// JSON types exclude each other, so the value is the same ``JSONValue`` as decoding it
/// without a hint, without a failed attempt (a thrown `DecodingError`) for each value.
struct LiteLLMSlice: Decodable {
    /// The slice's members: the map keys and their values.
    var members: [(key: String, value: JSONValue)] = []

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MemberKey.self)
        let keys = container.allKeys
        members.reserveCapacity(keys.count)
        for key in keys {
            if let entry = try? container.decode(EntryObject.self, forKey: key) {
                members.append((key.stringValue, .object(entry.members)))
            } else {
                members.append((key.stringValue, try container.decode(JSONValue.self, forKey: key)))
            }
        }
    }

    /// Any key of a JSON object.
    struct MemberKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// The JSON type a key of an entry holds in a well-formed map.
    enum Hint {
        case number, bool, string
    }

    /// An entry of the map: a JSON object, its values decoded with their hinted type first.
    struct EntryObject: Decodable {
        var members: [String: JSONValue] = [:]

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: MemberKey.self)
            let keys = container.allKeys
            members.reserveCapacity(keys.count)
            for key in keys {
                members[key.stringValue] = try Self.value(for: key, in: container)
            }
        }

        static func value(for key: MemberKey, in container: KeyedDecodingContainer<MemberKey>) throws -> JSONValue {
            switch hint(key.stringValue) {
            case .number: if let number = try? container.decode(Decimal.self, forKey: key) { return .number(number) }
            case .bool: if let flag = try? container.decode(Bool.self, forKey: key) { return .bool(flag) }
            case .string: if let text = try? container.decode(String.self, forKey: key) { return .string(text) }
            case nil: break
            }
            return try container.decode(JSONValue.self, forKey: key)
        }

        /// The hinted type of a key (a guess by its name: a wrong one costs only the failed
        /// attempt); nil for arrays, objects and keys without a guess.
        static func hint(_ key: String) -> Hint? {
            if let known = factHints[key] { return known }
            if key.utf8.starts(with: "supports_".utf8) { return .bool }
            if contains(key, "cost") { return .number }
            return nil
        }

        /// Whether `text` contains `part`, comparing UTF-8 bytes.
        static func contains(_ text: String, _ part: StaticString) -> Bool {
            let needle = UnsafeBufferPointer(start: part.utf8Start, count: part.utf8CodeUnitCount)
            var utf8 = text.utf8[...]
            while utf8.count >= needle.count {
                if utf8.starts(with: needle) { return true }
                utf8 = utf8.dropFirst()
            }
            return false
        }

        static let factHints: [String: Hint] = [
            "litellm_provider": .string, "mode": .string, "deprecation_date": .string, "successor_model": .string, "alias_of": .string,
            "source": .string, "max_input_tokens": .number, "max_output_tokens": .number, "max_tokens": .number, "rpm": .number,
            "tpm": .number, "thinking_always_on": .bool, "thinking_on_by_default": .bool,
        ]
    }
}
