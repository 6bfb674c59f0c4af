#include "tidings/allocator.h"

#if TIDINGS_TCMALLOC
#include <gperftools/malloc_extension.h>
#else
#include <malloc.h>
#endif

namespace tidings {

void TuneAllocatorForPages() {
#if !TIDINGS_TCMALLOC
  // Setting either also turns off glibc's dynamic mmap threshold.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
#endif
}

void GiveFreeMemoryBack() {
#if TIDINGS_TCMALLOC
  MallocExtension::instance()->ReleaseFreeMemory();
#else
  malloc_trim(0);
#endif
}

}  // namespace tidings
