import Foundation
import Ingest
import ModelCatalog
import Notes

/// One fuzz input through one reader, chosen by the `FUZZ_TARGET` environment variable:
/// a listing format (`litellm`, `gateway`, `gateway-endpoints`, `openai`, `anthropic`,
/// `gemini`, `models.dev`), `note` (front matter + Markdown), `toml` (hand-written TOML and
/// `catalog.toml`). Errors are expected; only a crash, a hang or a sanitizer report is a finding.
enum FuzzBody {
    /// The target named by `FUZZ_TARGET` (default `litellm`).
    static let target = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "litellm"

    /// Feeds `data` to the chosen reader and drops the result.
    static func run(_ data: Data) {
        switch target {
        case "note", "frontmatter":
            _ = try? Note(file: "notes/acme/fuzz-model.md", contents: data)
            _ = try? Note(file: "notes/providers/acme.md", contents: data)
        case "toml":
            _ = try? TOMLDocument(data, file: "fuzz.toml")
            _ = try? CatalogConfig(data, file: "catalog.toml")
        case "models.dev":
            let snapshot = Snapshot(sourceID: "fuzz", files: [
                .init(path: "providers/acme/provider.toml", data: Data("name = \"Acme\"\n".utf8)),
                .init(path: "providers/acme/models/fuzz.toml", data: data),
            ])
            _ = try? ModelsDevReader().read(snapshot)
        default:
            guard let reader = ListingFormat(rawValue: target)?.reader else {
                FileHandle.standardError.write(Data("unknown FUZZ_TARGET '\(target)'\n".utf8))
                exit(2)
            }
            _ = try? reader.read(Snapshot(sourceID: "fuzz", path: "sources/fuzz.json", data: data))
        }
    }
}

#if FUZZING
    /// libFuzzer's entry point (built with `-sanitize=fuzzer -DFUZZING`).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        guard let bytes else { FuzzBody.run(Data()); return 0 }
        FuzzBody.run(Data(bytes: bytes, count: count))
        return 0
    }

    /// The program's `main`: SwiftPM links an executable target's `main` to `<Target>_main`,
    /// so this hands over to libFuzzer's driver (`LLVMFuzzerRunDriver`, looked up at run time
    /// so that it is called with the C calling convention).
    @_cdecl("FuzzReaders_main")
    public func fuzzReadersMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
        typealias RunDriver = @convention(c) (UnsafeMutablePointer<CInt>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>, Callback) -> CInt
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") else {
            FileHandle.standardError.write(Data("LLVMFuzzerRunDriver not found: build with -sanitize=fuzzer\n".utf8))
            return 2
        }
        var count = argc
        var arguments = argv
        return unsafeBitCast(symbol, to: RunDriver.self)(&count, &arguments, { fuzzTestOneInput($0, $1) })
    }
#else
    /// Without the fuzzer: runs the same code on the files named as arguments (replays a
    /// crash input, or a corpus folder's files), so the target also builds in a plain build.
    @main
    struct FuzzReplay {
        static func main() {
            var paths: [String] = []
            for argument in CommandLine.arguments.dropFirst() {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue {
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
                    paths += names.sorted().map { argument + "/" + $0 }
                } else {
                    paths.append(argument)
                }
            }
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                FuzzBody.run(data)
            }
            print("ran \(paths.count) inputs through \(FuzzBody.target)")
        }
    }
#endif
