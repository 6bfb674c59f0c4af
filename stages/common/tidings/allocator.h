// Allocator settings for processes that handle whole web pages (~200 KB, some over 1 MB) one
// after another.
#pragma once

namespace tidings {

// With glibc's malloc (builds without TIDINGS_TCMALLOC): glibc by default serves large blocks
// with fresh mmap()s and hands freed memory at the top of the heap back at once, so every page
// is parsed into memory the kernel must fault in and zero again: on a 2-core VM that was ~20%
// of the pipeline's CPU per article and, for the largest pages, 3-5x their parse time. This
// keeps blocks under 32 MiB on the heap and returns free memory above 128 MiB only. With
// tcmalloc (the default build) there is nothing to set: it keeps freed spans for reuse and
// returns them to the system gradually. Call once, first thing in main.
void TuneAllocatorForPages();

// Hands the memory the allocator holds free back to the system now (after a burst).
void GiveFreeMemoryBack();

}  // namespace tidings
