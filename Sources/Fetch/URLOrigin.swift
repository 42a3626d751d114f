import CCurl

/// The origin of a URL — scheme, host and port — as libcurl's URL API parses it. A request
/// carrying a key follows redirects only within its origin, and `--from` moves a paged
/// source's fixed pages onto the origin it names.
struct URLOrigin: Sendable, Equatable {
    /// The scheme, lowercased (`https`).
    var scheme: String
    /// The host name, lowercased.
    var host: String
    /// The port, the scheme's default when the URL names none (`443`).
    var port: String
    /// The port as the URL names it; nil when it names none.
    var explicitPort: String?

    /// Two origins are the same when scheme, host and port are (named or by default).
    static func == (a: URLOrigin, b: URLOrigin) -> Bool {
        a.scheme == b.scheme && a.host == b.host && a.port == b.port
    }

    /// The origin of `url`; nil when libcurl cannot parse it as an absolute URL.
    init?(_ url: String) {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, url, 0) == CURLUE_OK,
            let scheme = Self.part(handle, CURLUPART_SCHEME, flags: 0),
            let host = Self.part(handle, CURLUPART_HOST, flags: 0),
            let port = Self.part(handle, CURLUPART_PORT, flags: UInt32(CURLU_DEFAULT_PORT))
        else { return nil }
        self.scheme = scheme.lowercased()
        self.host = host.lowercased()
        self.port = port
        self.explicitPort = Self.part(handle, CURLUPART_PORT, flags: 0)
    }

    /// `url` with its scheme, host and port replaced by this origin's (path and query kept);
    /// nil when `url` does not parse.
    func rebase(_ url: String) -> String? {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, url, 0) == CURLUE_OK,
            curl_url_set(handle, CURLUPART_SCHEME, scheme, 0) == CURLUE_OK,
            curl_url_set(handle, CURLUPART_HOST, host, 0) == CURLUE_OK,
            curl_url_set(handle, CURLUPART_PORT, explicitPort, 0) == CURLUE_OK
        else { return nil }
        return Self.part(handle, CURLUPART_URL, flags: 0)
    }

    /// One part of a parsed URL, or nil when it has none.
    private static func part(_ handle: OpaquePointer, _ what: CURLUPart, flags: UInt32) -> String? {
        var pointer: UnsafeMutablePointer<CChar>?
        guard curl_url_get(handle, what, &pointer, flags) == CURLUE_OK, let pointer else { return nil }
        defer { curl_free(pointer) }
        return String(cString: pointer)
    }
}
