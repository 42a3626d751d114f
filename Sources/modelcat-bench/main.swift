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
default:
    FileHandle.standardError.write(Data("unknown benchmark '\(name)'; available: notes\n".utf8))
    exit(2)
}
