import ModelCatalog

/// The terminal report: a summary line, anomalies, then one block per kind of change,
/// with ANSI colour when asked (the command asks when standard output is a terminal).
public struct TextReport: Sendable {
    /// Whether to colour the output with ANSI escapes.
    public var colour: Bool
    /// The most rows a section shows before "and N more"; nil shows everything.
    public var maxRows: Int?

    /// A report with or without colour.
    public init(colour: Bool, maxRows: Int? = nil) {
        self.colour = colour
        self.maxRows = maxRows
    }

    /// Renders a diff as lines of text ending in a newline.
    public func render(_ diff: CatalogDiff) -> String {
        var out = paint("modelcat diff: \(diff.baseLabel) → \(diff.headLabel)", "1") + "\n"
        out += ReportText.summaryLine(diff) + "\n"
        if !diff.anomalies.isEmpty {
            out += "\n" + paint("ANOMALIES (\(diff.anomalies.count))", "1;33") + "\n"
            let sorted = diff.anomalies.sorted(by: Anomaly.impactOrder)
            let shown = maxRows.map { Array(sorted.prefix($0)) } ?? sorted
            for anomaly in shown {
                out += "  " + paint("!", "1;33") + " [\(anomaly.kind.rawValue)] \(anomaly.model.map { "\($0) " } ?? "")\(anomaly.message)\n"
            }
            if shown.count < diff.anomalies.count { out += "  … and \(diff.anomalies.count - shown.count) more\n" }
        }
        for kind in ChangeKind.allCases {
            let changes = diff.changes(of: kind)
            guard !changes.isEmpty else { continue }
            out += "\n" + paint("\(kind.title.uppercased()) (\(changes.count))", "1") + "\n"
            let shown = maxRows.map { Array(changes.prefix($0)) } ?? changes
            for change in shown { out += "  " + line(change) + "\n" }
            if shown.count < changes.count { out += "  … and \(changes.count - shown.count) more\n" }
        }
        return out
    }

    func line(_ change: CatalogChange) -> String {
        let model = change.model?.description ?? ""
        let location = ReportText.location(change)
        let subject = [model, location == "—" ? "" : location].filter { !$0.isEmpty }.joined(separator: "  ")
        switch (change.kind, change.field) {
        case (.added, _):
            return paint("+ ", "32") + subject + (change.field == "model" ? " (new model)" : "")
        case (.removed, _):
            return paint("- ", "31") + subject + (change.field == "model" ? " (model gone)" : "")
        default:
            let old = ReportText.value(change.old, of: change), new = ReportText.value(change.new, of: change)
            var move = ReportText.movement(change)
            if let delta = change.delta, !move.isEmpty { move = paint(move, delta > 0 ? "31" : "32") }
            let flag = change.anomalies.isEmpty ? "" : " " + paint("!", "1;33")
            return "~ \(subject)  \(change.field): \(old) → \(new)" + (move.isEmpty ? "" : "  \(move)") + flag
        }
    }

    func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
