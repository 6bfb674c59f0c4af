// tidingsd as a whole: opens the journal, binds every socket, starts and supervises the stage
// processes, serves /healthz and /metrics, writes the runtime file the CLI reads, and shuts
// down gracefully (stop intake, drain in-flight articles within a deadline, stop children).
#pragma once

#include <string>

#include "tidings/config.h"

namespace tidings::daemon {

// Exit codes of tidingsd.
constexpr int kDaemonOk = 0;
constexpr int kDaemonGaveUp = 1;     // restart intensity exceeded or a stage's config is wrong
constexpr int kDaemonConfig = 78;    // our own configuration is wrong; do not restart us

class DaemonApp {
 public:
  // `stage_dir`: where tidings-<stage> executables are looked for when the config names none.
  DaemonApp(DaemonConfig config, std::string stage_dir);
  // Runs until SIGTERM/SIGINT or until supervision gives up. Returns the exit code.
  // Call once, from the main thread.
  int Run();

 private:
  DaemonConfig config_;
  std::string stage_dir_;
};

}  // namespace tidings::daemon
