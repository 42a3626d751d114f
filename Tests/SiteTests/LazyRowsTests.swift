import Mustache
import XCTest

@testable import Site

final class LazyRowsTests: XCTestCase {
    private let library: MustacheLibrary = {
        var library = MustacheLibrary()
        // A section over the rows, with an inverted section for none.
        try! library.register("<ul>{{#rows}}<li>{{name}}={{value}}</li>{{/rows}}{{^rows}}none{{/rows}}</ul>", named: "list")
        return library
    }()

    private func rows(_ count: Int) -> [[String: Any]] {
        (0..<count).map { ["name": "row \($0) <&>", "value": $0 * 3] }
    }

    func testLazyRowsRenderTheSameAsAnArrayOfTheSameRows() {
        for count in [0, 1, 2, 7, 300] {
            let eager = rows(count)
            let lazy = LazyRows(count: count) { eager[$0] }
            XCTAssertEqual(
                library.render(["rows": lazy], withTemplate: "list"), library.render(["rows": eager], withTemplate: "list"), "\(count) rows")
        }
        XCTAssertEqual(library.render(["rows": LazyRows(count: 0) { _ in [String: Any]() }], withTemplate: "list"), "<ul>none</ul>")
    }

    func testRowsAreMadeInOrderWhenTheSectionRendersAndNotBefore() {
        final class Log: @unchecked Sendable { var made: [Int] = [] }
        let log = Log()
        let lazy = LazyRows(Array(10..<15)) { item -> [String: Any] in
            log.made.append(item)
            return ["name": "n\(item)", "value": item]
        }
        XCTAssertEqual(log.made, [], "no row is made when the view model is built")
        XCTAssertEqual(library.render(["rows": lazy], withTemplate: "list"), "<ul><li>n10=10</li><li>n11=11</li><li>n12=12</li><li>n13=13</li><li>n14=14</li></ul>")
        // The inverted section `{{^rows}}` asks for a first row to see whether there is one.
        XCTAssertEqual(log.made, [10, 11, 12, 13, 14, 10])
    }

    func testRowsOfASliceStartAtTheSlicesFirstItem() {
        let items = Array(0..<10)[4..<7]
        XCTAssertEqual(Array(LazyRows(items) { $0 }), [4, 5, 6])
    }
}
