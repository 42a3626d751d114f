import Foundation
import Notes

// The benchmark suite: `swift run -c release modelcat-bench <name> [--count N]`.
// Each benchmark builds its inputs first, then times only the work it names.

let arguments = Array(CommandLine.arguments.dropFirst())
let name = arguments.first ?? "notes"
let count = arguments.firstIndex(of: "--count").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil } ?? 10_000

switch name {
case "notes":
    await NotesBenchmark(count: count).run()
case "diff":
    var benchmark = DiffBenchmark()
    if let models = arguments.firstIndex(of: "--models").flatMap({ arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }) { benchmark.models = models }
    if let runs = arguments.firstIndex(of: "--runs").flatMap({ arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }) { benchmark.runs = runs }
    do { try benchmark.run() } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(1)
    }
case "json":
    var benchmark = ExportBenchmark()
    if let index = arguments.firstIndex(of: "--catalog"), arguments.indices.contains(index + 1) { benchmark.catalog = String(arguments[index + 1]) }
    if let runs = arguments.firstIndex(of: "--runs").flatMap({ arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }) { benchmark.runs = runs }
    do { try benchmark.run() } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(1)
    }
case "pages":
    var benchmark = PagesBenchmark()
    if let index = arguments.firstIndex(of: "--catalog"), arguments.indices.contains(index + 1) { benchmark.catalog = String(arguments[index + 1]) }
    if let index = arguments.firstIndex(of: "--templates"), arguments.indices.contains(index + 1) { benchmark.templates = String(arguments[index + 1]) }
    if let runs = arguments.firstIndex(of: "--runs").flatMap({ arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }) { benchmark.runs = runs }
    do { try benchmark.run() } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(1)
    }
case "tokens":
    var benchmark = TokensBenchmark()
    if let runs = arguments.firstIndex(of: "--runs").flatMap({ arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }) { benchmark.runs = runs }
    try benchmark.run()
default:
    FileHandle.standardError.write(Data("unknown benchmark '\(name)'; available: notes, diff, json, pages, tokens\n".utf8))
    exit(2)
}
