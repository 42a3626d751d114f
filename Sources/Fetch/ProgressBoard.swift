/// The live progress shown on a terminal: one line per source, updated by events.
/// A pure value; the command decides how to draw it.
public struct ProgressBoard: Sendable, Equatable {
    /// The sources, in display order.
    public private(set) var sources: [String]
    private var states: [String: String]

    /// A board with every source waiting.
    public init(sources: [String]) {
        self.sources = sources
        self.states = Dictionary(sources.map { ($0, "waiting") }, uniquingKeysWith: { first, _ in first })
    }

    /// Updates the line of the event's source.
    public mutating func apply(_ event: FetchEvent) {
        if !sources.contains(event.source) { sources.append(event.source) }
        switch event {
        case .started(_, let attempt): states[event.source] = attempt == 1 ? "connecting" : "attempt \(attempt)"
        case .startedPage(_, let page, let attempt): states[event.source] = attempt == 1 ? "page \(page)" : "page \(page), attempt \(attempt)"
        case .received(_, let bytes): states[event.source] = "\(bytes) bytes"
        case .retrying(_, let attempt, let delay, let reason):
            states[event.source] = "attempt \(attempt): \(reason); retrying in \(FetchReport.formatSeconds(delay))"
        case .finished(let result): states[event.source] = result.summary
        }
    }

    /// One line per source: the id padded to the longest, then its state.
    public var lines: [String] {
        let width = sources.map(\.count).max() ?? 0
        return sources.map { $0 + String(repeating: " ", count: width - $0.count) + "  " + (states[$0] ?? "") }
    }
}
