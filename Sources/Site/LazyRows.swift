import Mustache

/// The rows of a long table section (every model of the directory, every endpoint of a
/// provider), each view model made when the template reaches it and let go after, so a page
/// listing tens of thousands of rows never holds all their view models at once.
struct LazyRows<Row>: MustacheSequence {
    /// How many rows the section has.
    let count: Int
    /// The view model of the row at an index, `0..<count`.
    let row: (Int) -> Row

    /// Rows `0..<count`, each made by `row` when it is rendered.
    init(count: Int, row: @escaping (Int) -> Row) {
        self.count = count
        self.row = row
    }

    /// The rows of `items`, each made by `row` from its item when it is rendered.
    init<Items: RandomAccessCollection>(_ items: Items, row: @escaping (Items.Element) -> Row) where Items.Index == Int {
        let start = items.startIndex
        self.init(count: items.count) { row(items[start + $0]) }
    }

    func makeIterator() -> LazyMapSequence<Range<Int>, Row>.Iterator {
        (0..<count).lazy.map(row).makeIterator()
    }
}
