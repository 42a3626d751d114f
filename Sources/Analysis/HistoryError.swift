/// A problem with price history files or a lookup in them, naming what was wrong.
public enum HistoryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A line of a history file is not what the format expects.
    case malformedLine(file: String, line: Int, message: String)
    /// Two recordings share a sequence number, or a file name does not match its header.
    case badSequence(file: String, message: String)
    /// `--at` named a label no recording has.
    case unknownLabel(String, known: [String])
    /// `--at` named a date but no recording on or before it carries a date.
    case noRecordingAtDate(String, known: [String])
    /// `--at` text is neither a known label nor a `YYYY-MM-DD` date.
    case badPoint(String)

    public var description: String {
        switch self {
        case .malformedLine(let file, let line, let message): "\(file): line \(line): \(message)"
        case .badSequence(let file, let message): "\(file): \(message)"
        case .unknownLabel(let label, let known):
            "no recording is labelled '\(label)'; recordings: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
        case .noRecordingAtDate(let date, let known):
            "no dated recording on or before \(date) (recordings are labelled, not dated: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
        case .badPoint(let text): "expected a recording label or a date YYYY-MM-DD, found '\(text)'"
        }
    }
}
