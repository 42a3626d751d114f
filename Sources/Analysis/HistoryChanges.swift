import Foundation
import ModelCatalog

/// The changes of one recording, stored compactly: each distinct text (model id, provider,
/// provider model id, value, source) once in ``texts`` per run of changes appended together,
/// each field text once per run in ``fieldTexts`` (parsed once, in ``fields``), and each
/// change as a ``Row`` of positions in them (28 bytes a change instead of seven strings).
///
/// As a collection it is the ``PriceChange`` values in record order; the rows are for loops
/// over a whole history that would otherwise hash or parse the same texts once per change.
/// A text can appear more than once in ``texts`` (once per run): compare texts, not positions,
/// across runs.
public struct HistoryChanges: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// One change as positions: in ``HistoryChanges/texts`` (`field` in ``HistoryChanges/fieldTexts``).
    public struct Row: Hashable, Sendable {
        /// The canonical model id.
        public var model: UInt32
        /// The provider.
        public var provider: UInt32
        /// The provider's model id.
        public var providerModelID: UInt32
        /// The field, a position in ``HistoryChanges/fieldTexts`` and ``HistoryChanges/fields``.
        public var field: UInt32
        /// The value before, or ``HistoryChanges/absent``.
        public var old: UInt32
        /// The value after, or ``HistoryChanges/absent``.
        public var new: UInt32
        /// The source id.
        public var source: UInt32
    }

    /// The position that stands for a missing value (`old` or `new` nil).
    public static let absent = UInt32.max

    /// Every distinct model id, provider, provider model id, value and source, once.
    public private(set) var texts: [String] = []
    /// Every distinct field text, once.
    public private(set) var fieldTexts: [String] = []
    /// The parsed ``fieldTexts`` (nil for text that is no ``HistoryField``).
    public private(set) var fields: [HistoryField?] = []
    /// The changes, in the order given.
    public private(set) var rows: [Row] = []

    private var textIndex: [String: UInt32] = [:]
    private var fieldIndex: [String: UInt32] = [:]

    /// No changes.
    public init() {}

    /// The changes, in the order given.
    public init<S: Sequence>(_ changes: S) where S.Element == PriceChange {
        for change in changes { append(change) }
    }

    /// The changes, in the order given.
    public init(arrayLiteral elements: PriceChange...) {
        self.init(elements)
    }

    /// Adds a change at the end. Texts equal to the previous change's share its positions
    /// without a lookup (a recording lists each endpoint's fields together).
    public mutating func append(_ change: PriceChange) {
        restoreLookupTables()
        let model: UInt32, provider: UInt32, providerModelID: UInt32, source: UInt32
        if let last = rows.last, texts[Int(last.providerModelID)] == change.providerModelID, texts[Int(last.provider)] == change.provider {
            provider = last.provider
            providerModelID = last.providerModelID
            model = texts[Int(last.model)] == change.model ? last.model : intern(change.model)
            source = texts[Int(last.source)] == change.source ? last.source : intern(change.source)
        } else {
            model = intern(change.model)
            provider = intern(change.provider)
            providerModelID = intern(change.providerModelID)
            source = intern(change.source)
        }
        let field = internField(change.field)
        let old = change.old.map { intern($0) } ?? Self.absent, new = change.new.map { intern($0) } ?? Self.absent
        rows.append(Row(model: model, provider: provider, providerModelID: providerModelID, field: field, old: old, new: new, source: source))
    }

    /// The changes of `parts` one after the other, each with its texts as they are (as
    /// ``append(contentsOf:)`` for each), every array allocated once at its size.
    public init(joining parts: [HistoryChanges]) {
        let fieldCount = parts.reduce(0) { $0 + $1.fieldTexts.count }
        texts.reserveCapacity(parts.reduce(0) { $0 + $1.texts.count })
        fieldTexts.reserveCapacity(fieldCount)
        fields.reserveCapacity(fieldCount)
        rows.reserveCapacity(parts.reduce(0) { $0 + $1.rows.count })
        for part in parts { append(contentsOf: part) }
    }

    /// Adds the changes of `other` at the end, with its texts as they are (no lookups: a
    /// text both hold is then held twice).
    public mutating func append(contentsOf other: HistoryChanges) {
        let textOffset = UInt32(texts.count), fieldOffset = UInt32(fieldTexts.count)
        texts += other.texts
        fieldTexts += other.fieldTexts
        fields += other.fields
        textIndex = [:]
        fieldIndex = [:]
        rows.reserveCapacity(rows.count + other.rows.count)
        for row in other.rows {
            rows.append(Row(
                model: row.model + textOffset, provider: row.provider + textOffset, providerModelID: row.providerModelID + textOffset,
                field: row.field + fieldOffset, old: row.old == Self.absent ? Self.absent : row.old + textOffset,
                new: row.new == Self.absent ? Self.absent : row.new + textOffset, source: row.source + textOffset))
        }
    }

    /// Drops the lookup tables used while appending (the texts and rows stay); appending
    /// afterwards still works, only without sharing texts already held.
    mutating func dropLookupTables() {
        textIndex = [:]
        fieldIndex = [:]
    }

    /// Rebuilds the lookup tables after ``dropLookupTables()``, so texts stay distinct.
    private mutating func restoreLookupTables() {
        guard textIndex.isEmpty, fieldIndex.isEmpty, !rows.isEmpty else { return }
        for (index, text) in texts.enumerated() { textIndex[text] = UInt32(index) }
        for (index, text) in fieldTexts.enumerated() { fieldIndex[text] = UInt32(index) }
    }

    private mutating func intern(_ text: String) -> UInt32 {
        if let index = textIndex[text] { return index }
        let index = UInt32(texts.count)
        texts.append(text)
        textIndex[text] = index
        return index
    }

    private mutating func internField(_ text: String) -> UInt32 {
        if let index = fieldIndex[text] { return index }
        let index = UInt32(fieldTexts.count)
        fieldTexts.append(text)
        fields.append(HistoryField(text))
        fieldIndex[text] = index
        return index
    }

    /// The text at a position of ``texts``, nil for ``absent``.
    public func text(_ position: UInt32) -> String? {
        position == Self.absent ? nil : texts[Int(position)]
    }

    /// The parsed field of a row (nil when its text is no ``HistoryField``).
    public func field(of row: Row) -> HistoryField? { fields[Int(row.field)] }

    /// For each position of ``texts``, whether it holds `text`.
    public func positions(of text: String) -> [Bool] {
        texts.map { $0 == text }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    /// The change at a position.
    public subscript(position: Int) -> PriceChange {
        change(rows[position])
    }

    /// A row as a change.
    public func change(_ row: Row) -> PriceChange {
        PriceChange(
            model: texts[Int(row.model)], provider: texts[Int(row.provider)], providerModelID: texts[Int(row.providerModelID)],
            field: fieldTexts[Int(row.field)], old: text(row.old), new: text(row.new), source: texts[Int(row.source)])
    }

    /// Equal when the changes are, in order (however the texts are stored).
    public static func == (lhs: Self, rhs: Self) -> Bool {
        guard lhs.rows.count == rhs.rows.count else { return false }
        if lhs.texts == rhs.texts && lhs.fieldTexts == rhs.fieldTexts { return lhs.rows == rhs.rows }
        return lhs.elementsEqual(rhs)
    }

    /// Hashes the changes, in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rows.count)
        for change in self { hasher.combine(change) }
    }
}
