import Foundation
import Ingest
import ModelCatalog
import XCTest

/// Fixtures of the Ingest tests and the shared real data beside the repository.
enum Fixture {
    /// A file or folder under `Fixtures/`.
    static func url(_ path: String) throws -> URL {
        let base = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures folder missing from the test bundle")
        return base.appendingPathComponent(path)
    }

    /// A fixture file or folder loaded as a snapshot.
    static func snapshot(_ path: String, source: String) throws -> Snapshot {
        try SnapshotLoader.load(url(path), sourceID: source)
    }

    /// `../shared/data/<path>` relative to the repository root, or a skip saying it is absent.
    static func sharedData(_ path: String) throws -> URL {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/data").appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("real data not found at \(url.path) (it lives beside the repository in ../shared/data, not in a clone)")
        }
        return url
    }

    /// The diagnostics a read throws, or a failure when it does not throw.
    static func errors(_ reader: some ListingReader, _ snapshot: Snapshot, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        do {
            _ = try reader.read(snapshot)
            XCTFail("expected the read to fail", file: file, line: line)
            return []
        } catch {
            return error.diagnostics
        }
    }
}

extension ReadResult {
    /// The entry with a provider model id.
    func entry(_ id: String, provider: String? = nil) -> ListingEntry? {
        entries.first { $0.providerModelID == id && (provider == nil || $0.provider == provider) }
    }

    /// Entries plus skipped records: equals `recordCount` when every record is accounted for.
    var accountedFor: Int { entries.count + skipped.values.reduce(0, +) }
}

/// An exact decimal from its text, for expected prices.
func dec(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}
