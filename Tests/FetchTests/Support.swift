import Fetch
import Foundation
import Testing

/// `{"data":[{"id":"model-0"},...]}` with `count` models.
func listing(_ count: Int, tag: String = "") -> Data {
    let items = (0..<count).map { "{\"id\":\"model-\($0)\(tag)\"}" }
    return Data("{\"data\":[\(items.joined(separator: ","))]}".utf8)
}

/// A body check for tests: JSON whose `data` array is counted; independent of any reader.
let testValidator = SnapshotValidator(name: "test listing") { data in
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any], let items = object["data"] as? [Any] else {
        throw TestValidatorError()
    }
    return items.count
}

struct TestValidatorError: Error, CustomStringConvertible {
    var description: String { "expected an object with a data array" }
}

/// Short timeouts so failures show quickly; never a proxy, only 127.0.0.1.
let testSettings = FetchSettings(
    connectTimeout: .seconds(2), totalTimeout: .seconds(6), lowSpeedLimit: 100, lowSpeedTime: .seconds(1),
    maxBodyBytes: 50_000, maxRedirects: 3, maxConcurrent: 4, useEnvironmentProxy: false
)
let testRetry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(50), maxDelay: .milliseconds(200), retryAfterCap: .seconds(2))

/// A temporary catalog folder with an existing snapshot for source `id`.
struct TempCatalog {
    let root: URL

    init(snapshot: Data? = listing(10), id: String = "src") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("modelcat-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sources"), withIntermediateDirectories: true)
        if let snapshot { try snapshot.write(to: self.snapshot(id)) }
    }

    func snapshot(_ id: String = "src") -> URL { root.appendingPathComponent("sources/\(id).json") }

    func job(_ url: String, id: String = "src") -> FetchJob {
        FetchJob(sourceID: id, url: url, snapshot: snapshot(id), validator: testValidator)
    }

    /// Every file under the catalog with its bytes, to prove a failure changed nothing.
    func contents() throws -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[url.path.replacingOccurrences(of: root.path, with: "")] = try Data(contentsOf: url)
            }
        }
        return out
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

extension FetchResult {
    /// The error when the source failed.
    var error: FetchError? {
        if case .failed(let error) = outcome { error } else { nil }
    }
}
