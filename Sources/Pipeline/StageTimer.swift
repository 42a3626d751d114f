import CMemory

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Wall and CPU time of a build's stages, lap by lap: each lap is the time since the previous one.
struct StageTimer {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var lastCPU: Duration
    /// The stages timed so far, in order.
    private(set) var laps: [BuildReport.StageTime] = []

    init() {
        last = clock.now
        lastCPU = Self.processCPUTime()
    }

    /// Ends the current stage under `stage` and starts the next.
    mutating func lap(_ stage: String) {
        let now = clock.now, cpu = Self.processCPUTime()
        laps.append(BuildReport.StageTime(stage: stage, wall: now - last, cpu: cpu - lastCPU, peakMemory: Self.peakMemory(), liveMemory: Self.liveMemory()))
        last = now
        lastCPU = cpu
    }

    /// The process's resource usage so far.
    private static func usage() -> rusage {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage
    }

    /// The largest resident memory of the process so far, in bytes.
    static func peakMemory() -> Int {
        #if os(Linux)
            Int(usage().ru_maxrss) * 1024
        #else
            Int(usage().ru_maxrss)
        #endif
    }

    /// The bytes the process's allocator holds for live allocations right now (every arena
    /// plus mapped blocks), or `nil` where the C library does not tell. Unlike the peak, it
    /// shows what a stage leaves alive for the next ones.
    static func liveMemory() -> Int? {
        let bytes = modelcat_live_heap_bytes()
        return bytes > 0 ? Int(bytes) : nil
    }

    /// User plus system CPU time of the whole process (every thread) so far.
    static func processCPUTime() -> Duration {
        let usage = usage()
        func duration(_ time: timeval) -> Duration { .seconds(Int64(time.tv_sec)) + .microseconds(Int64(time.tv_usec)) }
        return duration(usage.ru_utime) + duration(usage.ru_stime)
    }
}
