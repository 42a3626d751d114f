import ArgumentParser
import Fetch
import Foundation
import Ingest
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// `modelcat fetch`: refreshes the snapshots in `catalog/sources/` from the providers'
/// live endpoints. Parses the options and hands over to the Fetch module.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Refresh the source snapshots in the catalog from the providers' live endpoints.",
        discussion: """
            API keys are read from the environment variables named by auth_env in catalog.toml, \
            and never written anywhere. A snapshot is replaced only when the new body parses and \
            does not shrink the listing by more than --max-shrink percent. A paged source (pages or \
            paging in catalog.toml) is a folder of page files, replaced whole when every page is good. \
            Exits 1 if any source failed.
            """
    )

    @Option(name: .long, help: "The catalog folder holding catalog.toml.")
    var catalog: String = "catalog"

    @Option(name: .customLong("source"), help: "Fetch only this source (repeatable); default: every source with a url.")
    var sources: [String] = []

    @Option(name: .long, help: "Fetch the one selected source from this URL instead (a mirror or a local server); a paged source's further pages come from the same origin.")
    var from: String?

    @Flag(name: .long, help: "Download and check, but write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Take a listing even when it lost more models than --max-shrink allows.")
    var acceptShrink = false

    @Option(name: .long, help: "The largest drop in model count accepted without --accept-shrink, in percent.")
    var maxShrink: Int = 30

    @Option(name: .long, help: "How many sources to download at the same time.")
    var jobs: Int = 4

    @Option(name: .long, help: "Seconds allowed for one transfer.")
    var timeout: Int = 120

    @Option(name: .long, help: "Attempts per source, the first included (retries on connection errors, 429 and 5xx).")
    var attempts: Int = 3

    func validate() throws {
        guard (0...100).contains(maxShrink) else { throw ValidationError("--max-shrink must be between 0 and 100") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout >= 1 else { throw ValidationError("--timeout must be at least 1 second") }
        guard attempts >= 1 else { throw ValidationError("--attempts must be at least 1") }
    }

    func run() async throws {
        let folder = URL(fileURLWithPath: catalog)
        let tomlURL = folder.appendingPathComponent("catalog.toml")
        guard let data = try? Data(contentsOf: tomlURL) else {
            throw ValidationError("cannot read \(tomlURL.path); pass the catalog folder with --catalog")
        }
        let config: CatalogConfig
        do {
            config = try CatalogConfig(data, file: tomlURL.path)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }

        var notes: [String] = []
        let plan: FetchPlan
        do {
            plan = try FetchPlan(config: config, catalog: folder, sourceIDs: sources, from: from, environment: ProcessInfo.processInfo.environment) { source in
                if let reader = source.format.reader {
                    return .reader(reader, sourceID: source.id, path: source.snapshot)
                }
                notes.append("\(source.id): no \(source.format.rawValue) reader yet; checking that the body is valid JSON and counting data[] items or top-level keys")
                return .jsonDocument
            }
        } catch {
            throw ValidationError(error.description)
        }
        let output = ProgressOutput(sources: plan.jobs.map(\.sourceID), live: isatty(STDERR_FILENO) == 1)
        for note in notes { output.note(note) }

        let fetcher = Fetcher(
            settings: FetchSettings(totalTimeout: .seconds(timeout), maxConcurrent: jobs),
            retry: RetryPolicy(maxAttempts: attempts),
            shrink: ShrinkRule(maxShrinkPercent: maxShrink)
        )
        let report = await fetcher.run(plan.jobs, dryRun: dryRun, acceptShrink: acceptShrink) { output.show($0) }
        print(report.table(), terminator: "")
        if report.hasFailures { throw ExitCode(1) }
    }
}

/// Writes progress to standard error: a live block of one line per source on a terminal,
/// plain lines otherwise. Called from the transfer thread, so it locks.
private final class ProgressOutput: Sendable {
    private struct State {
        var board: ProgressBoard
        var drawn = 0
    }

    private let live: Bool
    private let state: Mutex<State>

    init(sources: [String], live: Bool) {
        self.live = live
        self.state = Mutex(State(board: ProgressBoard(sources: sources)))
    }

    func note(_ text: String) {
        FileHandle.standardError.write(Data("note: \(text)\n".utf8))
    }

    func show(_ event: FetchEvent) {
        state.withLock { state in
            guard live else {
                if case .received = event { return }
                FileHandle.standardError.write(Data((event.plainLine + "\n").utf8))
                return
            }
            state.board.apply(event)
            var text = state.drawn > 0 ? "\u{1B}[\(state.drawn)F" : ""
            for line in state.board.lines { text += "\u{1B}[2K" + line + "\n" }
            state.drawn = state.board.lines.count
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

}
