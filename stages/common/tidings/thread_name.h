// Names for the threads of our processes, as `top -H`, `ps -L` and perf show them ("hub",
// "journal", "checkpoint", ...): an operator can tell which part of the daemon uses the CPU.
#pragma once

#include <pthread.h>

#include <string>

namespace tidings {

// Names the calling thread; Linux keeps the first 15 bytes. Thread-safe.
inline void NameThisThread(const std::string& name) {
  pthread_setname_np(pthread_self(), name.substr(0, 15).c_str());
}

}  // namespace tidings
