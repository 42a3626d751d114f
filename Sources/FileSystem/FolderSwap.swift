#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Swapping two folders in one step, for writers that replace a folder whole (the site's
/// output folder, a paged snapshot's folder of pages) so readers never see it half-written.
public enum FolderSwap {
    /// Swaps two paths in one step (Linux `renameat2` with `RENAME_EXCHANGE`, looked up at
    /// run time so older C libraries still load); false when the system cannot, and the
    /// caller falls back to two renames.
    public static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
            typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let renameExchange: UInt32 = 2
            return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
            return false
        #endif
    }
}
