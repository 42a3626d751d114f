import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// A FlyingFox server on 127.0.0.1 (a free port) for one test, counting requests per path
/// and keeping the headers it received.
final class TestServer: Sendable {
    let server: HTTPServer
    let task: Task<Void, any Error>
    let port: UInt16
    private let log = Mutex<[(path: String, query: [String: String], headers: [String: String])]>([])

    private init(server: HTTPServer, task: Task<Void, any Error>, port: UInt16) {
        self.server = server
        self.task = task
        self.port = port
    }

    /// Starts a server whose every request goes to `handler`.
    static func start(_ handler: @escaping @Sendable (HTTPRequest, Int) async throws -> HTTPResponse) async throws -> TestServer {
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), timeout: 30, logger: .disabled)
        let task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = await server.listeningAddress else { throw CancellationError() }
        let test = TestServer(server: server, task: task, port: port)
        await server.appendRoute("*") { [test] request in
            let count = test.record(request)
            return try await handler(request, count)
        }
        return test
    }

    /// Records a request and returns how many requests its path has had, this one included.
    private func record(_ request: HTTPRequest) -> Int {
        var headers: [String: String] = [:]
        for (name, value) in request.headers { headers[name.rawValue.lowercased()] = value }
        var query: [String: String] = [:]
        for item in request.query { query[item.name] = item.value }
        return log.withLock {
            $0.append((request.path, query, headers))
            return $0.filter { $0.path == request.path }.count
        }
    }

    /// The URL of a path on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Requests received for a path.
    func hits(_ path: String) -> Int { log.withLock { $0.filter { $0.path == path }.count } }

    /// Headers of every request received, in order.
    var receivedHeaders: [[String: String]] { log.withLock { $0.map(\.headers) } }

    /// Query parameters of every request received, in order (values percent-decoded).
    var receivedQueries: [[String: String]] { log.withLock { $0.map(\.query) } }

    /// Every request received, as path and query, in order.
    var received: [(path: String, query: [String: String])] { log.withLock { $0.map { ($0.path, $0.query) } } }

    /// Stops the server.
    func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
    }
}

/// A response body served step by step: bytes, pauses, and an abrupt end (the connection
/// is closed mid-body), for truncated and stalled transfers.
struct ScriptedBody: AsyncBufferedSequence, Sendable {
    enum Step: Sendable {
        case bytes(Data)
        case pause(Duration)
        case fail
    }

    typealias Element = UInt8
    var steps: [Step]

    func makeAsyncIterator() -> Iterator { Iterator(steps: steps[...]) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var steps: ArraySlice<Step>
        var pending: ArraySlice<UInt8> = []

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let step = steps.popFirst() else { return nil }
                switch step {
                case .bytes(let data): pending = ArraySlice(data)
                case .pause(let duration): try await Task.sleep(for: duration)
                case .fail: throw CancellationError()
                }
            }
            let chunk = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(chunk.count)
            return chunk
        }
    }
}
