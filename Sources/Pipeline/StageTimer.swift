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
        laps.append(BuildReport.StageTime(stage: stage, wall: now - last, cpu: cpu - lastCPU))
        last = now
        lastCPU = cpu
    }

    /// User plus system CPU time of the whole process (every thread) so far.
    static func processCPUTime() -> Duration {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        func duration(_ time: timeval) -> Duration { .seconds(Int64(time.tv_sec)) + .microseconds(Int64(time.tv_usec)) }
        return duration(usage.ru_utime) + duration(usage.ru_stime)
    }
}
