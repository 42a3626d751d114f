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

    /// The site's files (paths relative to `output`) with their metadata.
    static func outputs(of output: URL, paths: [String]) -> [String: String] {
        var result: [String: String] = [:]
        result.reserveCapacity(paths.count)
        for path in paths { result[path] = metadata(output.path + "/" + path) }
        return result
    }

    /// The stamp beside `output`, when it says the site was built from exactly `inputs`
    /// and each of its files is unchanged since.
    static func current(output: URL, inputs: String) -> BuildStamp? {
        guard let data = try? Data(contentsOf: location(of: output)),
            let stamp = try? JSONDecoder().decode(BuildStamp.self, from: data), stamp.inputs == inputs, !stamp.outputs.isEmpty
        else { return nil }
        for (path, known) in stamp.outputs where metadata(output.path + "/" + path) != known { return nil }
        return stamp
    }

    /// Writes the stamp for the site's files (best effort: without a stamp the next build simply runs in full).
    static func save(output: URL, inputs: String, paths: [String]) {
        let stamp = BuildStamp(inputs: inputs, outputs: outputs(of: output, paths: paths))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(stamp) else { return }
        try? data.write(to: location(of: output), options: .atomic)
    }

    /// Removes the stamp (before a write, so a killed build never leaves a stale one).
    static func remove(output: URL) {
        try? FileManager.default.removeItem(at: location(of: output))
    }

    /// Regular files under a folder, relative paths in sorted order (readdir, no per-file Foundation objects).
    private static func regularFiles(under folder: URL) -> [String] {
        var paths: [String] = []
        func walk(_ absolute: String, _ relative: String) {
            guard let directory = opendir(absolute) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(absolute + "/" + name, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: walk(absolute + "/" + name, path)
                case S_IFREG: paths.append(path)
                default: break
                }
            }
        }
        walk(folder.standardizedFileURL.path, "")
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
