import Foundation
import ModelCatalog

/// One run of `modelcat history record`: when it applies (a release label, a date, or both)
/// and the changes it found, in record order. Stored as one append-only file
/// `history/NNNN-<label>.jsonl`: a header line, then one line per change.
public struct HistoryRecording: Hashable, Sendable {
    /// The header line.
    public struct Header: Hashable, Sendable, Codable {
        /// 1, 2, 3, ... in recording order; the file name starts with it, zero-padded to 4 digits.
        public var sequence: Int
        /// The release or snapshot label the prices belong to, such as `LiteLLM 1.100.0`.
        public var label: String?
        /// The date the prices took effect, `YYYY-MM-DD`, when known; never invented.
        public var date: String?
        /// The sources compared, with their snapshot labels.
        public var sources: [RecordedSource]

        /// A header.
        public init(sequence: Int, label: String?, date: String?, sources: [RecordedSource]) {
            self.sequence = sequence
            self.label = label
            self.date = date
            self.sources = sources
        }

        enum CodingKeys: String, CodingKey { case sequence, label, date, sources }

        /// Encodes `label` and `date` as null rather than leaving them out.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sequence, forKey: .sequence)
            try container.encode(label, forKey: .label)
            try container.encode(date, forKey: .date)
            try container.encode(sources, forKey: .sources)
        }

        /// The label, else the date, else `#sequence`: how people name the recording.
        public var name: String { label ?? date ?? "#\(sequence)" }
    }

    /// A source a recording read.
    public struct RecordedSource: Hashable, Sendable, Codable {
        /// The source id.
        public var id: String
        /// The snapshot's label, if `catalog.toml` gives one.
        public var label: String?
        /// The snapshot path in the catalog folder.
        public var file: String

        /// A source.
        public init(id: String, label: String?, file: String) {
            self.id = id
            self.label = label
            self.file = file
        }
    }

    /// The header line as it is written: `{"recording": {...}}`.
    struct HeaderLine: Codable { var recording: Header }

    /// The header.
    public var header: Header
    /// The changes, in record order.
    public var changes: HistoryChanges

    /// A recording; changes are put in record order.
    public init(header: Header, changes: [PriceChange]) {
        self.header = header
        self.changes = HistoryChanges(changes.sorted(by: PriceChange.recordOrder))
    }

    /// A recording read from a file: its changes as they are, in file order.
    init(header: Header, changes: HistoryChanges) {
        self.header = header
        self.changes = changes
    }

    /// The file name: `0002-litellm-1.100.0.jsonl`.
    public var fileName: String {
        let number = String(header.sequence)
        let padded = String(repeating: "0", count: max(0, 4 - number.count)) + number
        let slug = ModelID.normalizedComponent(header.name) ?? "recording"
        return "\(padded)-\(slug).jsonl"
    }

    /// The file's bytes: deterministic (sorted keys, one JSON object per line, final newline).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(HeaderLine(recording: header))
        data.append(0x0A)
        for change in changes {
            data.append(try encoder.encode(change))
            data.append(0x0A)
        }
        return data
    }

    /// Reads a history file; every malformed line is an error naming the file and line.
    ///
    /// The whole file as one piece of a ``Reader``, which says how the lines are decoded and
    /// which problem is named. With `onEveryCore` false the chunks are decoded one after the
    /// other on the calling thread (for a read beside other work).
    public init(data: Data, file: String, onEveryCore: Bool = true) throws(HistoryError) {
        var reader = Reader(file: file, onEveryCore: onEveryCore)
        try reader.add(data)
        self = try reader.finish()
    }
}
