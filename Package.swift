// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "modelcat",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "modelcat", targets: ["modelcat"]),
        .executable(name: "modelcat-bench", targets: ["modelcat-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // C libraries
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "CCurl",
            linkerSettings: [.linkedLibrary("curl")]
        ),
        // The C allocator's live-memory figure for `build --timings` (glibc's mallinfo2).
        .target(name: "CMemory"),

        // Pipeline stages
        .target(name: "ModelCatalog"),
        .target(name: "Ingest", dependencies: ["ModelCatalog", "TOMLKit"]),
        .target(name: "Resolve", dependencies: ["ModelCatalog", "Ingest"]),
        .target(name: "Notes", dependencies: ["ModelCatalog", "Ingest", "CCmark"]),
        .target(name: "Analysis", dependencies: ["ModelCatalog"]),
        // Small POSIX file helpers shared by the writers of Fetch and Site (folder swap, write loop).
        .target(name: "FileSystem"),
        .target(name: "Fetch", dependencies: ["ModelCatalog", "Ingest", "CCurl", "FileSystem"]),
        .target(
            name: "Site",
            dependencies: ["ModelCatalog", "Ingest", "Analysis", "Notes", "FileSystem", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "Diff", dependencies: ["ModelCatalog", "Analysis"]),
        .target(name: "Pipeline", dependencies: ["ModelCatalog", "Ingest", "Resolve", "Notes", "Analysis", "Site", "FileSystem", "CMemory"]),
        .executableTarget(
            name: "modelcat",
            dependencies: [
                "Pipeline", "Fetch", "Diff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        // Benchmarks: `swift run -c release modelcat-bench <name>`
        .executableTarget(
            name: "modelcat-bench",
            dependencies: ["Notes", "Diff", "ModelCatalog", "Pipeline", "Site", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // Fuzzing: `make fuzz` (libFuzzer; built only with -sanitize=fuzzer -DFUZZING, see
        // docs/reliability.md). A plain build makes a replay tool running the same code on files.
        .executableTarget(name: "FuzzReaders", dependencies: ["Ingest", "Notes"]),

        // Tests, one target per module plus end-to-end tests of the command line
        .testTarget(name: "ModelCatalogTests", dependencies: ["ModelCatalog"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ResolveTests", dependencies: ["Resolve"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NotesTests", dependencies: ["Notes"]),
        .testTarget(name: "FileSystemTests", dependencies: ["FileSystem"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Pipeline"]),
        .testTarget(
            name: "FetchTests",
            dependencies: ["Fetch", .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .testTarget(name: "SiteTests", dependencies: ["Site"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline"]),
        .testTarget(name: "DiffTests", dependencies: ["Diff", "Pipeline", "Site", "Ingest"]),
        .testTarget(name: "modelcatTests", dependencies: ["modelcat"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ReliabilityTests",
            dependencies: ["Pipeline", "Ingest", "Notes", "Site"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
