#if canImport(Glibc)
    import Glibc
    import Testing

    @testable import Notes

    @Suite("libcmark memory")
    struct MemoryTests {
        /// Resident memory of the process in bytes, from /proc/self/statm.
        static func residentBytes() -> Int {
            guard let file = fopen("/proc/self/statm", "r") else { return 0 }
            defer { fclose(file) }
            var size = 0, resident = 0
            guard withUnsafeMutablePointer(to: &size, { sizePointer in
                withUnsafeMutablePointer(to: &resident) { fscanfLongs(file, sizePointer, $0) }
            }) else { return 0 }
            return resident * Int(sysconf(Int32(_SC_PAGESIZE)))
        }

        private static func fscanfLongs(_ file: UnsafeMutablePointer<FILE>, _ a: UnsafeMutablePointer<Int>, _ b: UnsafeMutablePointer<Int>) -> Bool {
            var buffer = [CChar](repeating: 0, count: 128)
            guard fgets(&buffer, 128, file) != nil else { return false }
            let fields = String(cString: buffer).split(separator: " ").compactMap { Int($0) }
            guard fields.count >= 2 else { return false }
            a.pointee = fields[0]
            b.pointee = fields[1]
            return true
        }

        /// Renders a note thousands of times: memory must not grow with the count. A leak of the
        /// cmark tree or of the rendered `char *` (about 20 KB a render here) would add ~100 MB.
        @Test func renderingDoesNotLeak() {
            let markdown = (1...12).map { "## Part \($0)\n\nText *with* [a link](model:acme/m-\($0)) and <b>raw</b> [bad](javascript:x).\n\n```table\n| a | b |\n| 1 | 2 |\n```\n" }
                .joined(separator: "\n")
            for _ in 0..<200 { _ = render(markdown) }
            let before = Self.residentBytes()
            for _ in 0..<5_000 { _ = render(markdown) }
            let growth = Self.residentBytes() - before
            #expect(before > 0)
            #expect(growth < 64_000_000, "resident memory grew by \(growth) bytes over 5,000 renders")
        }
    }
#endif
