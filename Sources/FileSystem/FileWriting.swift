#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Writing bytes to an open file descriptor with plain `write(2)` calls, for the writers
/// that stage files themselves (no `fsync`: the folder swap is what makes them visible).
public enum FileWriting {
    /// Writes every byte of `bytes` to `fd`, retrying after interrupts and short writes;
    /// 0 when done, else the `errno` that stopped it.
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let count = systemWrite(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += count
        }
        return 0
    }
}
