/// The outcome of a fetch run: one result per source, the closing table, and the exit status.
public struct FetchReport: Sendable, Equatable {
    /// One result per source, in `catalog.toml` order.
    public var results: [FetchResult]
    /// Whether the run wrote nothing on purpose.
    public var dryRun: Bool

    /// A report of the given results.
    public init(results: [FetchResult], dryRun: Bool = false) {
        self.results = results
        self.dryRun = dryRun
    }

    /// Whether any source failed (the command then exits non-zero).
    public var hasFailures: Bool { results.contains(where: \.failed) }

    /// The closing table: source, HTTP status, bytes, models before → after, result, time;
    /// then the full reason of each failure. Plain text, aligned, no colour.
    public func table() -> String {
        let header = ["source", "status", "bytes", "models", "result", "time"]
        let rows = results.map { result -> [String] in
            let models = "\(result.modelsBefore.map(String.init) ?? "-") → \(result.modelsAfter.map(String.init) ?? "-")"
            var word = result.outcomeWord
            if case .failed(let error) = result.outcome { word += " (\(error.shortReason))" }
            if dryRun, result.outcome == .changed { word += " (dry run, not written)" }
            return [result.sourceID, result.status.map(String.init) ?? "-", String(result.bytes), models, word, Self.formatSeconds(result.duration)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        let rightAligned: Set<Int> = [1, 2, 5]
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - cells[column].count)
                return rightAligned.contains(column) ? padding + cells[column] : cells[column] + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)
        let changed = results.filter { $0.outcome == .changed }.count
        let unchanged = results.filter { $0.outcome == .unchanged }.count
        let failed = results.filter(\.failed).count
        lines.append("\(changed) changed, \(unchanged) unchanged, \(failed) failed\(dryRun ? " (dry run: nothing written)" : "")")
        for result in results {
            if case .failed(let error) = result.outcome { lines.append("error: \(error.description)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A duration as seconds with one decimal, such as `1.2s`.
    public static func formatSeconds(_ duration: Duration) -> String {
        let tenths = (duration.milliseconds + 50) / 100
        return "\(tenths / 10).\(tenths % 10)s"
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
