#ifndef MODELCAT_CMEMORY_H
#define MODELCAT_CMEMORY_H

#include <stddef.h>

/// Bytes the C allocator holds for live allocations (all arenas plus mmapped blocks), or 0
/// where the C library does not report it. Used by `build --timings`.
size_t modelcat_live_heap_bytes(void);

/// Returns memory the C allocator holds but no longer uses to the system (glibc's
/// malloc_trim), so a later stage's peak does not sit on top of an earlier stage's freed
/// memory. Does nothing elsewhere.
void modelcat_trim_heap(void);

#endif
