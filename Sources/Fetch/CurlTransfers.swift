import CCurl
import Foundation

/// The one place that calls libcurl. Runs GET transfers in parallel through the multi
/// interface on a dedicated thread (every easy and multi handle is created, used and freed
/// on that thread), retrying per `RetryPolicy`, and streams each transfer's final response.
struct CurlTransfers: Sendable {
    var settings: FetchSettings
    var retry: RetryPolicy

    /// Starts a transfer loop fed by `inbox`; the stream yields each request's final response
    /// as it completes and ends once the inbox is closed and every request has finished.
    func run(_ inbox: TransferInbox, events: @escaping @Sendable (FetchEvent) -> Void) -> AsyncStream<TransferResponse> {
        let (stream, continuation) = AsyncStream.makeStream(of: TransferResponse.self, bufferingPolicy: .unbounded)
        let settings = settings
        let retry = retry
        let thread = Thread {
            let loop = MultiLoop(settings: settings, retry: retry, events: events) { continuation.yield($0) }
            loop.run(inbox)
            continuation.finish()
        }
        thread.name = "modelcat-fetch-curl"
        thread.start()
        return stream
    }
}

/// libcurl's global state, set up once per process before the first handle.
private let curlGlobalInit: CURLcode = curl_global_init(3)  // CURL_GLOBAL_ALL

/// One transfer's buffers; its address is the context of libcurl's callbacks.
private final class TransferBuffer {
    let limit: Int
    var body = Data()
    var headers: [String: String] = [:]
    var exceeded = false
    let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

    init(limit: Int) {
        self.limit = limit
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit { errorBuffer.deallocate() }

    var errorMessage: String { String(cString: errorBuffer) }
}

/// Appends body bytes, aborting the transfer (by returning less than given) past the limit.
private let writeCallback: ccurl_data_callback = { data, size, count, context in
    guard let data, let context else { return 0 }
    let buffer = Unmanaged<TransferBuffer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    if buffer.body.count + length > buffer.limit {
        buffer.exceeded = true
        return 0
    }
    data.withMemoryRebound(to: UInt8.self, capacity: length) { buffer.body.append($0, count: length) }
    return length
}

/// Collects the header lines of the last response (a status line starts a new response).
private let headerCallback: ccurl_data_callback = { data, size, count, context in
    guard let data, let context else { return 0 }
    let buffer = Unmanaged<TransferBuffer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    let line = data.withMemoryRebound(to: UInt8.self, capacity: length) {
        String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
    if line.hasPrefix("HTTP/") {
        buffer.headers = [:]
    } else if let colon = line.firstIndex(of: ":") {
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        buffer.headers[name] = value
    }
    return length
}

/// The multi loop itself; confined to the thread that runs it.
private final class MultiLoop {
    /// One request's progress through its attempts (and, for a request carrying a key, the
    /// same-origin redirects followed here rather than by libcurl).
    struct Slot {
        var request: TransferRequest
        /// The URL of the current hop: the request's URL, or where a redirect pointed.
        var url: String
        /// Redirects followed in the current attempt.
        var redirects = 0
        /// Set when the next start follows a redirect instead of beginning an attempt.
        var followingRedirect = false
        var attempt = 0
        var notBefore: ContinuousClock.Instant
        var firstStart: ContinuousClock.Instant?
        var reportedBytes = 0
        var reportedAt: ContinuousClock.Instant?
    }

    /// A transfer in flight.
    struct Active {
        var slot: Int
        var easy: UnsafeMutableRawPointer
        var headers: UnsafeMutablePointer<curl_slist>?
        var buffer: TransferBuffer
    }

    let settings: FetchSettings
    let retry: RetryPolicy
    let events: @Sendable (FetchEvent) -> Void
    let deliver: (TransferResponse) -> Void
    let clock = ContinuousClock()

    init(settings: FetchSettings, retry: RetryPolicy, events: @escaping @Sendable (FetchEvent) -> Void, deliver: @escaping (TransferResponse) -> Void) {
        self.settings = settings
        self.retry = retry
        self.events = events
        self.deliver = deliver
    }

    func run(_ inbox: TransferInbox) {
        guard curlGlobalInit == CURLE_OK, let multi = curl_multi_init() else {
            failEverything(inbox)
            return
        }
        inbox.attach(multi)
        defer {
            inbox.attach(nil)
            curl_multi_cleanup(multi)
        }
        var slots: [Slot] = []
        var waiting = Set<Int>()
        var active: [UnsafeMutableRawPointer: Active] = [:]
        let maxConcurrent = max(1, settings.maxConcurrent)

        while true {
            let (submitted, closed) = inbox.take()
            for request in submitted {
                slots.append(Slot(request: request, url: request.url, notBefore: clock.now))
                waiting.insert(slots.count - 1)
            }
            if closed, waiting.isEmpty, active.isEmpty { break }

            // Start what is due, in request order, up to the concurrency bound.
            let due = waiting.filter { slots[$0].notBefore <= clock.now }.sorted()
            for index in due where active.count < maxConcurrent {
                waiting.remove(index)
                if slots[index].followingRedirect {
                    slots[index].followingRedirect = false
                } else {
                    slots[index].attempt += 1
                    slots[index].url = slots[index].request.url
                    slots[index].redirects = 0
                    let request = slots[index].request
                    events(request.page == 1
                        ? .started(source: request.id, attempt: slots[index].attempt)
                        : .startedPage(source: request.id, page: request.page, attempt: slots[index].attempt))
                }
                if slots[index].firstStart == nil { slots[index].firstStart = clock.now }
                slots[index].reportedBytes = 0
                switch makeEasy(slots[index].request, url: slots[index].url) {
                case .success(let transfer):
                    var transfer = transfer
                    transfer.slot = index
                    curl_multi_add_handle(multi, transfer.easy)
                    active[transfer.easy] = transfer
                case .failure(let failure):
                    finish(index, TransferResponse(id: slots[index].request.id, page: slots[index].request.page, failure: failure), slots: &slots, waiting: &waiting)
                }
            }

            var running: Int32 = 0
            curl_multi_perform(multi, &running)

            var queued: Int32 = 0
            while let message = curl_multi_info_read(multi, &queued) {
                guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle, let transfer = active.removeValue(forKey: easy) else { continue }
                let code = message.pointee.data.result
                curl_multi_remove_handle(multi, easy)
                var response = collect(transfer, code: code, request: slots[transfer.slot].request)
                let redirect = redirectTarget(transfer.easy, response: response, request: slots[transfer.slot].request)
                curl_easy_cleanup(easy)
                curl_slist_free_all(transfer.headers)
                if let redirect {
                    switch follow(redirect, slot: slots[transfer.slot]) {
                    case .success(let url):
                        slots[transfer.slot].url = url
                        slots[transfer.slot].redirects += 1
                        slots[transfer.slot].followingRedirect = true
                        slots[transfer.slot].notBefore = clock.now
                        waiting.insert(transfer.slot)
                        continue
                    case .failure(let failure):
                        response.failure = failure
                        response.body = Data()
                    }
                }
                finish(transfer.slot, response, slots: &slots, waiting: &waiting)
            }

            // Progress at most every 100 ms per transfer.
            let now = clock.now
            for transfer in active.values where transfer.buffer.body.count != slots[transfer.slot].reportedBytes {
                if let last = slots[transfer.slot].reportedAt, now - last < .milliseconds(100) { continue }
                slots[transfer.slot].reportedAt = now
                slots[transfer.slot].reportedBytes = transfer.buffer.body.count
                events(.received(source: slots[transfer.slot].request.id, bytes: transfer.buffer.body.count))
            }

            // Sleep until a socket is ready, libcurl needs a tick, a retry is due, or the inbox
            // gets a request (`curl_multi_wakeup`).
            var timeout = 200
            if active.count < maxConcurrent, let next = waiting.map({ slots[$0].notBefore }).min() {
                timeout = min(timeout, (next - clock.now).milliseconds)
            }
            if timeout > 0 {
                curl_multi_poll(multi, nil, 0, Int32(timeout), nil)
            }
        }
    }

    /// Delivers a failure for every request when libcurl cannot start, until the inbox closes.
    private func failEverything(_ inbox: TransferInbox) {
        while true {
            let (requests, closed) = inbox.take()
            for request in requests {
                let failure = TransferFailure.other(code: Int(curlGlobalInit.rawValue), message: "libcurl could not be initialised")
                deliver(TransferResponse(id: request.id, page: request.page, failure: failure, attempts: 0))
            }
            if closed, requests.isEmpty { return }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// Where a finished hop of a request carrying a key redirects to (libcurl resolves the
    /// `Location` against the URL: `CURLINFO_REDIRECT_URL`); nil when it is not a redirect or
    /// libcurl followed redirects itself.
    private func redirectTarget(_ easy: UnsafeMutableRawPointer, response: TransferResponse, request: TransferRequest) -> String? {
        guard request.sameOriginRedirectsOnly, response.failure == nil, (300..<400).contains(response.status) else { return nil }
        var pointer: UnsafeMutablePointer<CChar>?
        guard ccurl_easy_getinfo_string(easy, CURLINFO_REDIRECT_URL, &pointer) == CURLE_OK, let pointer else { return nil }
        return String(cString: pointer)
    }

    /// Whether a redirect may be followed: within the limit, and to the origin of the
    /// request's own URL, so the key is never sent anywhere else.
    private func follow(_ target: String, slot: Slot) -> Result<String, TransferFailure> {
        guard slot.redirects < settings.maxRedirects else { return .failure(.tooManyRedirects(limit: settings.maxRedirects)) }
        guard let origin = URLOrigin(slot.request.url), let destination = URLOrigin(target), origin == destination else {
            return .failure(.refusedRedirect(location: slot.request.redactor.redact(target)))
        }
        return .success(target)
    }

    /// Either schedules another attempt or delivers the final response.
    private func finish(_ index: Int, _ response: TransferResponse, slots: inout [Slot], waiting: inout Set<Int>) {
        var response = response
        var slot = slots[index]
        defer { slots[index] = slot }
        let retryAfter = response.headers["retry-after"].flatMap { RetryPolicy.parseRetryAfter($0, now: Date()) }
        if let delay = retry.delay(afterAttempt: slot.attempt, status: response.status, failure: response.failure, retryAfter: retryAfter, jitter: Double.random(in: 0..<1)) {
            var reason = response.failure.map(\.description) ?? "HTTP \(response.status)"
            if slot.request.page > 1 { reason = "page \(slot.request.page): " + reason }
            events(.retrying(source: slot.request.id, attempt: slot.attempt, delay: delay, reason: reason))
            slot.notBefore = clock.now + delay
            waiting.insert(index)
            return
        }
        response.attempts = slot.attempt
        response.duration = slot.firstStart.map { clock.now - $0 } ?? .zero
        deliver(response)
    }

    private func makeEasy(_ request: TransferRequest, url: String) -> Result<Active, TransferFailure> {
        guard let easy = curl_easy_init() else { return .failure(.other(code: 2, message: "curl_easy_init failed")) }
        let buffer = TransferBuffer(limit: settings.maxBodyBytes)
        var list: UnsafeMutablePointer<curl_slist>?
        for line in request.headers { list = curl_slist_append(list, line) }
        let context = Unmanaged.passUnretained(buffer).toOpaque()
        var codes: [CURLcode] = [
            ccurl_easy_setopt_string(easy, CURLOPT_URL, url),
            ccurl_easy_setopt_long(easy, CURLOPT_HTTPGET, 1),
            ccurl_easy_setopt_long(easy, CURLOPT_NOSIGNAL, 1),
            ccurl_easy_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https"),
            ccurl_easy_setopt_string(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"),
            // A request carrying a key follows redirects here, within its origin only: libcurl
            // would send custom headers (x-api-key) and the query key to any host.
            ccurl_easy_setopt_long(easy, CURLOPT_FOLLOWLOCATION, request.sameOriginRedirectsOnly ? 0 : 1),
            ccurl_easy_setopt_long(easy, CURLOPT_MAXREDIRS, settings.maxRedirects),
            ccurl_easy_setopt_long(easy, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS)),
            ccurl_easy_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, ""),
            ccurl_easy_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, settings.connectTimeout.milliseconds),
            ccurl_easy_setopt_long(easy, CURLOPT_TIMEOUT_MS, settings.totalTimeout.milliseconds),
            ccurl_easy_setopt_long(easy, CURLOPT_LOW_SPEED_LIMIT, settings.lowSpeedLimit),
            ccurl_easy_setopt_long(easy, CURLOPT_LOW_SPEED_TIME, max(1, settings.lowSpeedTime.milliseconds / 1000)),
            ccurl_easy_setopt_off_t(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(settings.maxBodyBytes)),
            ccurl_easy_setopt_string(easy, CURLOPT_USERAGENT, settings.userAgent),
            ccurl_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, list),
            ccurl_easy_setopt_write_function(easy, writeCallback),
            ccurl_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, context),
            ccurl_easy_setopt_header_function(easy, headerCallback),
            ccurl_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, context),
            ccurl_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, buffer.errorBuffer),
        ]
        if !settings.useEnvironmentProxy {
            codes.append(ccurl_easy_setopt_string(easy, CURLOPT_PROXY, ""))
        }
        if let bad = codes.first(where: { $0 != CURLE_OK }) {
            curl_easy_cleanup(easy)
            curl_slist_free_all(list)
            return .failure(.other(code: Int(bad.rawValue), message: request.redactor.redact(String(cString: curl_easy_strerror(bad)))))
        }
        return .success(Active(slot: -1, easy: easy, headers: list, buffer: buffer))
    }

    private func collect(_ transfer: Active, code: CURLcode, request: TransferRequest) -> TransferResponse {
        var response = TransferResponse(id: request.id, page: request.page)
        var status = 0
        ccurl_easy_getinfo_long(transfer.easy, CURLINFO_RESPONSE_CODE, &status)
        response.status = status
        response.headers = transfer.buffer.headers
        guard code == CURLE_OK else {
            let detail = transfer.buffer.errorMessage.isEmpty ? String(cString: curl_easy_strerror(code)) : transfer.buffer.errorMessage
            let message = request.redactor.redact(detail)
            let raw = Int(code.rawValue)
            switch code {
            case _ where transfer.buffer.exceeded, CURLE_FILESIZE_EXCEEDED:
                response.failure = .tooLarge(limit: settings.maxBodyBytes)
            case CURLE_TOO_MANY_REDIRECTS:
                response.failure = .tooManyRedirects(limit: settings.maxRedirects)
            case CURLE_OPERATION_TIMEDOUT:
                response.failure = .timedOut(message: message)
            case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT, CURLE_PARTIAL_FILE,
                CURLE_GOT_NOTHING, CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_HTTP2, CURLE_HTTP2_STREAM,
                CURLE_SSL_CONNECT_ERROR, CURLE_BAD_CONTENT_ENCODING:
                response.failure = .connection(code: raw, message: message)
            default:
                response.failure = .other(code: raw, message: message)
            }
            // A partial body is never a snapshot.
            response.body = Data()
            return response
        }
        response.body = transfer.buffer.body
        return response
    }
}
