import ArgumentParser
import FlyingFox
import Foundation
import ModelCatalog
import Pipeline

/// `modelcat serve`: builds the site, serves it on 127.0.0.1 and rebuilds when the catalog
/// or the templates change. A stable contract: `--catalog`, `--output`, `--port`.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on 127.0.0.1 and rebuild when catalog/ or templates/ change."
    )

    @OptionGroup var options: CatalogOptions

    @Option(name: .long, help: "The folder to build the site into and serve.")
    var output: String = "site"

    @Option(name: .long, help: "The port to listen on (127.0.0.1 only).")
    var port: UInt16 = 8080

    @Option(name: .long, help: "Seconds between checks for changed files.")
    var interval: Double = 1

    func run() async throws {
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let pipeline = BuildPipeline(catalogFolder: options.catalogURL, templatesFolder: options.templatesURL)
        let watcher = SourceWatcher(folders: [options.catalogURL.standardizedFileURL, options.templatesURL.standardizedFileURL])
        let initial = watcher.fingerprint()
        guard Self.rebuild(pipeline, output: outputURL) else { throw ExitCode.failure }

        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
        let server = HTTPServer(address: address, logger: .disabled, handler: SiteFileHandler(root: outputURL))
        let interval = self.interval
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                try await server.waitUntilListening()
                Self.say("serving \(outputURL.path) at http://127.0.0.1:\(port)/ (Ctrl-C to stop)")
                var fingerprint = initial
                while !Task.isCancelled {
                    try await Task.sleep(nanoseconds: UInt64(max(0.1, interval) * 1_000_000_000))
                    let now = watcher.fingerprint()
                    guard now != fingerprint else { continue }
                    fingerprint = now
                    Self.say("change detected; rebuilding")
                    _ = Self.rebuild(pipeline, output: outputURL)
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Prints a line unbuffered, so a log or a test sees it at once.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Builds once, printing the outcome; a failed rebuild keeps the previous site served.
    static func rebuild(_ pipeline: BuildPipeline, output: URL) -> Bool {
        let start = Date()
        do {
            let report = try pipeline.build(output: output)
            Self.say("built \(report.modelCount) models, \(report.filesWritten) files in \(String(format: "%.1f", Date().timeIntervalSince(start)))s")
            return true
        } catch {
            for diagnostic in error.diagnostics { FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8)) }
            FileHandle.standardError.write(Data("build failed; still serving the previous site\n".utf8))
            return false
        }
    }
}
