import ArgumentParser

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site and JSON catalog from a catalog folder.")
    func run() async throws {}
}
