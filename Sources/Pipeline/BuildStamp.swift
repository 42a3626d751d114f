import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the last build of an output folder was made from, so a rebuild with unchanged
/// inputs can leave the site alone without reading, rendering or comparing anything.
///
/// The inputs are every file under the catalog and templates folders (path, size and
/// modification time), the build options and the `modelcat` executable itself; the output
/// is every file of the site (path, size, modification time), so a site edited or deleted
/// by hand is rebuilt. The stamp lives beside the output folder (`.<name>.modelcat-stamp`),
/// never inside it, so it is not published.
struct BuildStamp: Codable, Equatable {
    /// A digest of the inputs.
    var inputs: String
    /// The site's files when it was written: path → "size mtime".
    var outputs: [String: String]

    /// The stamp file of an output folder.
    static func location(of output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).modelcat-stamp")
    }

    /// A digest of the input folders' file metadata, the options and the executable.
    static func inputs(folders: [URL], options: String) -> String {
        var hasher = FNV1a()
        hasher.add(options)
        if let executable = Bundle.main.executableURL?.path { hasher.add(executable + " " + metadata(executable)) }
        for folder in folders {
            hasher.add("folder " + folder.standardizedFileURL.path)
            for path in regularFiles(under: folder) { hasher.add(path + " " + metadata(folder.path + "/" + path)) }
        }
        return String(hasher.value, radix: 16)
    }

    /// The site's files with their metadata.
    static func outputs(of output: URL) -> [String: String] {
        var result: [String: String] = [:]
        for path in regularFiles(under: output) { result[path] = metadata(output.path + "/" + path) }
        return result
    }

    /// Whether the stamp beside `output` says the site was built from exactly `inputs` and is unchanged since.
    static func isCurrent(output: URL, inputs: String) -> Bool {
        guard let data = try? Data(contentsOf: location(of: output)),
            let stamp = try? JSONDecoder().decode(BuildStamp.self, from: data), stamp.inputs == inputs
        else { return false }
        var seen = 0
        for path in regularFiles(under: output) {
            guard stamp.outputs[path] == metadata(output.path + "/" + path) else { return false }
            seen += 1
        }
        return seen == stamp.outputs.count && seen > 0
    }

    /// Writes the stamp (best effort: without a stamp the next build simply runs in full).
    static func save(output: URL, inputs: String) {
        let stamp = BuildStamp(inputs: inputs, outputs: outputs(of: output))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(stamp) else { return }
        try? data.write(to: location(of: output), options: .atomic)
    }

    /// Removes the stamp (before a write, so a killed build never leaves a stale one).
    static func remove(output: URL) {
        try? FileManager.default.removeItem(at: location(of: output))
    }

    private static func regularFiles(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular { paths.append(path) }
        }
        return paths.sorted()
    }

    private static func metadata(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing" }
        #if canImport(Darwin)
            let modified = info.st_mtimespec
        #else
            let modified = info.st_mtim
        #endif
        return "\(info.st_size) \(modified.tv_sec).\(modified.tv_nsec)"
    }
}

/// The 64-bit FNV-1a hash: stable across runs and platforms (unlike `Hasher`).
private struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        value ^= 0x0a
        value = value &* 0x0000_0100_0000_01b3
    }
}
