/// Gives headings `id`s for anchors: lowercase letters and digits, words joined by `-`,
/// other punctuation dropped, and a `-2`, `-3` suffix when an id is already taken.
struct HeadingSlugger {
    private var used: Set<String> = []
    /// The next suffix to try per base slug, so n equal headings take linear, not quadratic,
    /// time (50,000 `# h` lines once took minutes).
    private var nextSuffix: [String: Int] = [:]

    /// The unique id for a heading with this plain-text title.
    mutating func id(for title: String) -> String {
        let base = Self.slug(title)
        var candidate = base
        var counter = nextSuffix[base] ?? 2
        if used.contains(candidate) { candidate = "\(base)-\(counter)" }
        while used.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        if candidate != base { nextSuffix[base] = counter + 1 }
        used.insert(candidate)
        return candidate
    }

    /// `What's new in 4.5?` → `whats-new-in-45`; an empty result becomes `section`.
    static func slug(_ title: String) -> String {
        if title.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(title) }
        var out = ""
        var pendingDash = false
        for scalar in title.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "_" || scalar.properties.isWhitespace {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : out
    }

    /// ``slug(_:)`` for ASCII text, on bytes.
    private static func asciiSlug(_ title: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(title.utf8.count)
        var pendingDash = false
        for byte in title.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(byte + 32)
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"), 0x09...0x0d:
                pendingDash = true
            default:
                break
            }
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }
}
