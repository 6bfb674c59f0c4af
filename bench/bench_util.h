// Helpers every benchmark shares: per-thread CPU time (per-core figures that other processes
// on the machine do not skew) and the process's peak resident memory.
#pragma once

#include <sys/resource.h>
#include <time.h>

namespace tidings::bench {

// CPU seconds used by the calling thread.
inline double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

// Peak resident set size of the process, in KiB.
inline long PeakRssKiB() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

}  // namespace tidings::bench
