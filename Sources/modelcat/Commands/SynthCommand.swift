import ArgumentParser
import Foundation
import Pipeline

/// `modelcat synth`: writes a synthetic catalog folder of any size, for benchmarks.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a synthetic catalog folder (real input format, deterministic) with N models, for benchmarks."
    )

    @Option(name: .long, help: "How many models.")
    var models: Int = 1000

    @Option(name: .long, help: "The catalog folder to write (created).")
    var out: String

    @Option(name: .long, help: "The seed: the same seed and size give the same files.")
    var seed: UInt64 = 42

    @Option(name: .long, help: "The catalog whose aliases.toml is copied (the identity rules).")
    var catalog: String = "catalog"

    func run() throws {
        guard models > 0 else { throw ValidationError("--models must be at least 1") }
        let aliases = FileManager.default.contents(atPath: URL(fileURLWithPath: catalog).appendingPathComponent("aliases.toml").path)
        do {
            try SyntheticCatalog(models: models, seed: seed, aliases: aliases).write(to: URL(fileURLWithPath: out))
            print("wrote a synthetic catalog of \(models) models to \(out)/")
        } catch {
            try fail(with: error)
        }
    }
}
