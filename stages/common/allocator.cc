#include "tidings/allocator.h"

#include <malloc.h>

namespace tidings {

void TuneAllocatorForPages() {
  // Setting either also turns off glibc's dynamic mmap threshold.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
}

}  // namespace tidings
