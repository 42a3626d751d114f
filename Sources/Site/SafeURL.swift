/// The check every URL from the input passes before it becomes an `href`: only `http:` and
/// `https:` URLs without whitespace or control characters are linked. Anything else
/// (`javascript:`, `data:`, `vbscript:`, spellings hidden with tabs or entities) is dropped,
/// so the page shows no link rather than a dangerous one. HTML escaping is still the
/// template's job (`{{ }}`).
public enum SafeURL {
    /// The URL when it may be linked, else nil.
    public static func href(_ url: String) -> String? {
        guard !url.isEmpty, url.utf8.count <= 2048 else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7f || $0.properties.isWhitespace || $0.properties.generalCategory == .control }) else {
            return nil
        }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        return url
    }
}
