/// Limits and timeouts for one `fetch` run: how long a transfer may take, how large a
/// body may be, how many redirects and parallel transfers are allowed.
public struct FetchSettings: Sendable, Equatable {
    /// Time allowed to open a connection (DNS, TCP, TLS).
    public var connectTimeout: Duration
    /// Time allowed for a whole transfer, from start to last byte.
    public var totalTimeout: Duration
    /// A transfer slower than `lowSpeedLimit` bytes per second for `lowSpeedTime` is aborted.
    public var lowSpeedLimit: Int
    /// How long a transfer may stay below `lowSpeedLimit`; libcurl counts whole seconds (at least 1).
    public var lowSpeedTime: Duration
    /// The largest body accepted, in bytes (after decompression); a larger one is aborted.
    public var maxBodyBytes: Int
    /// How many redirects a transfer may follow.
    public var maxRedirects: Int
    /// How many transfers run at the same time.
    public var maxConcurrent: Int
    /// Whether libcurl may use the proxy named by `http_proxy` / `https_proxy`.
    public var useEnvironmentProxy: Bool
    /// The `User-Agent` sent with every request.
    public var userAgent: String

    /// Settings for fetching real provider listings.
    public init(
        connectTimeout: Duration = .seconds(10),
        totalTimeout: Duration = .seconds(120),
        lowSpeedLimit: Int = 1024,
        lowSpeedTime: Duration = .seconds(30),
        maxBodyBytes: Int = 64 << 20,
        maxRedirects: Int = 5,
        maxConcurrent: Int = 4,
        useEnvironmentProxy: Bool = true,
        userAgent: String = "modelcat-fetch/1"
    ) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.lowSpeedLimit = lowSpeedLimit
        self.lowSpeedTime = lowSpeedTime
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.maxConcurrent = maxConcurrent
        self.useEnvironmentProxy = useEnvironmentProxy
        self.userAgent = userAgent
    }
}

extension Duration {
    /// Whole milliseconds, rounded down; never negative.
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return max(0, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    /// Seconds as a floating-point number, for display and timing only.
    var secondsValue: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
