import ArgumentParser

/// The `modelcat` command: builds an LLM model directory and JSON catalog from a catalog folder.
@main
struct Modelcat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modelcat",
        abstract: "Build a static LLM model directory and JSON catalog from provider listings, prices and notes.",
        subcommands: [
            BuildCommand.self,
            CheckCommand.self,
            FetchCommand.self,
            ResolveCommand.self,
            IngestCommand.self,
            CostCommand.self,
            RouteCommand.self,
            HistoryCommand.self,
            DiffCommand.self,
            ExplainCommand.self,
            ServeCommand.self,
            SynthCommand.self,
        ]
    )
}
