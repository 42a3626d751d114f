import Foundation
import Notes

/// Renders `count` realistic notes (front matter, headings, lists, links between models,
/// code and table blocks; about 1.7 KB each) and reports notes per second, on one core and
/// across all cores.
struct NotesBenchmark {
    /// How many notes to render per round.
    let count: Int

    /// Builds the notes, then times three rounds each way and prints the best.
    func run() async {
        let inputs = (0..<count).map { index in (file: "notes/maker-\(index % 40)/model-\(index).md", data: Data(Self.note(index).utf8)) }
        let bytes = inputs.reduce(0) { $0 + $1.data.count }
        print("notes: \(count) notes, \(bytes / count) bytes on average")

        var best = Duration.seconds(1_000_000)
        var bestCPU = Double.infinity
        var failures = 0
        for _ in 0..<3 {
            let clock = ContinuousClock()
            let start = clock.now
            let startCPU = Self.processCPUSeconds()
            for input in inputs {
                do { _ = try Note(file: input.file, contents: input.data) } catch { failures += 1 }
            }
            best = min(best, clock.now - start)
            bestCPU = min(bestCPU, Self.processCPUSeconds() - startCPU)
        }
        report("sequential", best)
        // CPU time is steadier than wall time on a machine shared with other work.
        print("notes sequential: \(String(format: "%.0f", Double(count) / bestCPU)) notes per CPU-second (\(String(format: "%.1f", bestCPU * 1e6 / Double(count))) µs CPU per note)")

        let cores = ProcessInfo.processInfo.activeProcessorCount
        best = .seconds(1_000_000)
        for _ in 0..<3 {
            let clock = ContinuousClock()
            let start = clock.now
            let chunk = (inputs.count + cores - 1) / cores
            let failed = await withTaskGroup(of: Int.self) { group in
                for offset in stride(from: 0, to: inputs.count, by: chunk) {
                    let slice = inputs[offset..<min(offset + chunk, inputs.count)]
                    group.addTask {
                        var failed = 0
                        for input in slice {
                            do { _ = try Note(file: input.file, contents: input.data) } catch { failed += 1 }
                        }
                        return failed
                    }
                }
                return await group.reduce(0, +)
            }
            failures += failed
            best = min(best, clock.now - start)
        }
        report("parallel, \(cores) cores", best)
        if failures > 0 { print("notes: \(failures) notes failed to parse") }
    }

    /// CPU time used by the process so far, in seconds.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private func report(_ label: String, _ duration: Duration) {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let rate = Double(count) / seconds
        print("notes \(label): \(String(format: "%.0f", rate)) notes/second (\(String(format: "%.1f", seconds * 1000)) ms for \(count), best of 3)")
    }

    /// A note with the shape of a real one, varied by `index`.
    static func note(_ index: Int) -> String {
        let maker = "maker-\(index % 40)"
        let other = "maker-\((index + 7) % 40)/model-\(index + 1)"
        return """
            +++
            name = "Model \(index)"
            tags = ["coding", "long-context", "tier-\(index % 5)"]
            release_date = 2025-\(String(format: "%02d", index % 12 + 1))-15
            knowledge_cutoff = "2025-0\(index % 9 + 1)"
            open_weights = \(index % 3 == 0)
            successor = "\(other)"
            \(index % 10 == 0 ? "deprecation_date = 2026-06-01\nretirement_date = 2026-09-01" : "")

            [[links]]
            title = "Model card"
            url = "https://\(maker).example/models/\(index)"

            [[links]]
            title = "Announcement"
            url = "https://\(maker).example/blog/model-\(index)"
            +++
            Model \(index) is the *mid-sized* model of [\(maker)](provider:\(maker)), released in "spring" with a
            200,000-token context window and tool use. It is priced between the \
            [small](/models/\(maker)/model-\(index + 2)/) and [large](model:\(maker)/model-\(index + 3)) variants &amp;
            is served by several providers at different prices -- compare them below.

            ## Strengths

            - Strong at code review, refactoring and writing tests in **Swift**, *Rust* and `TypeScript`.
            - Follows long system prompts; keeps JSON output valid with structured outputs.
            - Good at summarising documents up to ~150k tokens.

            ## Caveats

            1. Reasoning traces are billed as output tokens.
            2. Vision input is in preview at some providers; see [the docs](https://docs.\(maker).example/vision).
            3. Rate limits differ by provider: check [the comparison](/compare/context/#\(index)).

            > Prices change often. The table on this page is rebuilt from the providers' listings on every build.

            ## Providers

            ```table
            | Provider | Context | Notes |
            |---|---|---|
            | Provider A | 200k | batch discount 50% |
            | Provider B | 128k | EU region |
            ```

            ### Example request

            ```json
            {"model": "\(maker)/model-\(index)", "messages": [{"role": "user", "content": "Hello"}]}
            ```

            ## History

            Replaced by [its successor](/models/\(other)/) for most uses; see the [announcement](https://\(maker).example/blog/model-\(index)).
            """
    }
}
