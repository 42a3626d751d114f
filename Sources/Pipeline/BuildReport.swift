import Foundation
import ModelCatalog
import Resolve

/// What a build did, for the summary `build` and `check` print: per source, every
/// entry accounted for; the models' endpoint counts; warnings.
public struct BuildReport: Sendable {
    /// The accounting of one source.
    public struct SourceLine: Sendable {
        public var id: String
        public var file: String
        /// Records in the snapshot.
        public var records: Int
        public var endpoints: Int
        public var aliases: Int
        /// Skipped records by reason (reader and merge together).
        public var skipped: [String: Int]
        /// Of `endpoints`, entries folded into an endpoint a higher-precedence source made.
        public var merged = 0

        /// Records accounted for: endpoints + aliases + skipped.
        public var accounted: Int { endpoints + aliases + skipped.values.reduce(0, +) }
    }

    /// One hand-written provider file: its id and how many `[models]` tables became or joined endpoints.
    public struct HandWrittenLine: Sendable {
        public var id: String
        public var entries: Int
    }

    public var sources: [SourceLine] = []
    /// The hand-written provider files read, by id.
    public var handWritten: [HandWrittenLine] = []
    /// Numeric facts on which two sources of an endpoint disagree (see `check --discrepancies`).
    public var discrepancyCount = 0
    public var warnings: [Diagnostic] = []
    public var modelCount = 0
    public var providerCount = 0
    public var endpointCount = 0
    public var providerScoped = 0
    /// How many models have 1, 2, 3-5 and 6+ endpoints.
    public var endpointHistogram: [(label: String, models: Int)] = []
    /// Files written (0 for `check`).
    public var filesWritten = 0
    /// Of `filesWritten`, files whose bytes were new; the others were kept from the previous site untouched.
    public var filesRewritten = 0
    /// True when the build found the site already built from the same inputs and left it alone.
    public var upToDate = false
    /// One stage of a build and what it took.
    public struct StageTime: Sendable {
        public var stage: String
        /// Elapsed time.
        public var wall: Duration
        /// CPU time of every thread of the process during the stage.
        public var cpu: Duration
        /// The process's peak resident memory at the end of the stage, in bytes.
        public var peakMemory: Int
        /// The memory held by live allocations at the end of the stage, in bytes, where known.
        public var liveMemory: Int? = nil
    }

    /// The stages in the order they ran (what `build --timings` prints).
    public var stageTimes: [StageTime] = []

    /// The stage times as lines of text: wall and CPU milliseconds, each stage's share of the
    /// wall time, and the peak memory so far.
    public var timingLines: [String] {
        let wall = stageTimes.reduce(Duration.zero) { $0 + $1.wall }, cpu = stageTimes.reduce(Duration.zero) { $0 + $1.cpu }
        func ms(_ time: Duration) -> Double { (Double(time.components.seconds) + Double(time.components.attoseconds) / 1e18) * 1000 }
        func line(_ name: String, _ wall: Duration, _ cpu: Duration) -> String {
            name.padding(toLength: 32, withPad: " ", startingAt: 0) + String(format: "%9.1f ms wall %9.1f ms cpu", ms(wall), ms(cpu))
        }
        var out = stageTimes.map { stage in
            line(stage.stage, stage.wall, stage.cpu)
                + String(format: "  %5.1f%%  peak %5d MB", wall > .zero ? ms(stage.wall) / ms(wall) * 100 : 0, stage.peakMemory / 1_048_576)
                + (stage.liveMemory.map { String(format: "  live %5d MB", $0 / 1_048_576) } ?? "")
        }
        out.append(line("total", wall, cpu))
        return out
    }

    /// The summary as lines of text.
    public var lines: [String] {
        var out: [String] = []
        for source in sources {
            out.append("source \(source.id) (\(source.file)): \(source.records) entries")
            out.append(pad(source.endpoints) + " ingested as endpoints" + (source.merged > 0 ? " (\(source.merged) joined an endpoint of a higher-precedence source)" : ""))
            out.append(pad(source.aliases) + " recorded as aliases of another model")
            for (reason, count) in source.skipped.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                out.append(pad(count) + " skipped: \(reason)")
            }
            let verdict = source.accounted == source.records ? "all accounted for" : "MISMATCH: \(source.records - source.accounted) unaccounted"
            out.append(pad(source.accounted) + " accounted for of \(source.records) (\(verdict))")
        }
        if !handWritten.isEmpty {
            let tables = handWritten.reduce(0) { $0 + $1.entries }
            out.append("hand-written: \(handWritten.count) provider files, \(tables) model tables")
        }
        out.append("catalog: \(modelCount) models, \(endpointCount) endpoints, \(providerCount) providers; \(providerScoped) endpoints under a provider-scoped id")
        out.append("endpoints per model: " + endpointHistogram.map { "\($0.label): \($0.models)" }.joined(separator: ", "))
        if discrepancyCount > 0 { out.append("\(discrepancyCount) discrepancies between sources (modelcat check --discrepancies lists them)") }
        if !warnings.isEmpty { out.append("\(warnings.count) warnings") }
        return out
    }

    private func pad(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, 8 - text.count)) + text
    }
}
