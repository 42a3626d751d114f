import Analysis
import ArgumentParser
import Foundation
import ModelCatalog
import Pipeline

/// `modelcat history record|show|log`: the append-only price history in `catalog/history/`.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Record and read price history (catalog/history/, append-only).",
        subcommands: [Record.self, Show.self, Log.self]
    )

    /// `modelcat history record`: appends what changed since the last recording.
    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare the current snapshots with the last recorded state and append the changes as a new file.")

        @OptionGroup var options: CatalogOptions

        @Option(name: .long, help: "The label of the prices recorded, such as a release (default: the sources' snapshot labels).")
        var label: String?

        @Option(name: .long, help: "The date the prices took effect, YYYY-MM-DD, when known (never guessed).")
        var date: String?

        @Flag(name: .customLong("dry-run"), help: "Print what would be recorded; write nothing.")
        var dryRun = false

        func run() throws {
            let message: String
            do {
                message = try Self.perform(HistoryRecorder(catalogFolder: options.catalogURL), label: label, date: date, dryRun: dryRun)
            } catch {
                try fail(with: error)
            }
            print(message)
        }

        static func perform(_ recorder: HistoryRecorder, label: String?, date: String?, dryRun: Bool) throws(DiagnosticsError) -> String {
            if dryRun {
                guard let pending = try recorder.pending(label: label, date: date) else { return "no changes since the last recording" }
                return "would write history/\(pending.fileName): \(pending.changes.count) changes"
            }
            guard let written = try recorder.record(label: label, date: date) else { return "no changes since the last recording" }
            let changes = written.recording.changes
            let added = changes.filter { $0.kind == .added }.count, removed = changes.filter { $0.kind == .removed }.count
            return "wrote \(written.path): \(changes.count) changes (\(added) added, \(changes.count - added - removed) changed, \(removed) removed)"
        }
    }

    /// `modelcat history show MODEL`: a model's recorded changes.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the recorded changes of one model's endpoints.")

        @Argument(help: "The model, author/slug.")
        var model: String

        @OptionGroup var options: CatalogOptions

        func run() throws {
            do {
                guard let id = ModelID(model.lowercased()) else { throw DiagnosticsError([.error("MODEL", "expected author/slug, found '\(model)'")]) }
                let history = try HistoryRecorder(catalogFolder: options.catalogURL).history()
                let events = history.events(for: id)
                if events.isEmpty { print("no recorded history for \(id)") }
                for event in events { print(HistoryCommand.line(event)) }
            } catch let error as DiagnosticsError {
                try fail(with: error)
            }
        }
    }

    /// `modelcat history log`: the catalog-wide change log, newest first.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the catalog-wide change log, newest recording first.")

        @OptionGroup var options: CatalogOptions

        @Flag(name: .customLong("prices-only"), help: "Leave out context and output-limit changes.")
        var pricesOnly = false

        @Option(name: .long, help: "At most this many lines.")
        var limit: Int = 200

        func run() throws {
            do {
                let history = try HistoryRecorder(catalogFolder: options.catalogURL).history()
                let log = history.changeLog(pricesOnly: pricesOnly)
                for event in log.prefix(max(0, limit)) { print(HistoryCommand.line(event)) }
                if log.count > limit { print("... and \(log.count - limit) more") }
            } catch {
                try fail(with: error)
            }
        }
    }

    static func line(_ event: PriceHistory.Event) -> String {
        let change = event.change
        let verb = event.isBaseline ? "first recorded" : change.kind.rawValue
        return "[\(event.recording.name)] \(change.model)  \(change.provider):\(change.providerModelID)  \(change.field)  \(verb): \(change.old ?? "—") → \(change.new ?? "—")"
    }
}
