import Foundation
import ModelCatalog
import Notes
import XCTest

/// Hostile notes that are valid Markdown but costly: they must render in bounded time.
final class NoteLimitsTests: XCTestCase {
    /// 50,000 equal headings took minutes (a quadratic search for a free `-N` anchor suffix).
    func testManyEqualHeadingsRenderInLinearTime() throws {
        let text = String(repeating: "# h\n", count: 50_000)
        let start = Date()
        let note = try Note(file: "notes/acme/x.md", text: text)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        XCTAssertEqual(note.headings.count, 50_000)
        XCTAssertEqual(note.headings.prefix(3).map(\.id), ["h", "h-2", "h-3"])
        XCTAssertEqual(note.headings.last?.id, "h-50000")
    }

    func testSuffixesSkipIdsTakenByOtherHeadings() throws {
        let note = try Note(file: "notes/acme/x.md", text: "# h\n# h-2\n# h\n# h\n")
        XCTAssertEqual(note.headings.map(\.id), ["h", "h-2", "h-3", "h-4"])
    }

    func testDeepNestingRenders() throws {
        for text in [String(repeating: ">", count: 100_000) + " deep\n", String(repeating: "- ", count: 50_000) + "x\n", String(repeating: "[", count: 50_000) + "x" + String(repeating: "]", count: 50_000)] {
            XCTAssertNoThrow(try Note(file: "notes/acme/x.md", text: text))
        }
    }
}
