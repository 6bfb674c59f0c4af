// tidingsd as a cluster worker ([cluster] join): joins the main daemon, runs and supervises
// its own [stages.X] replicas connected to the main daemon's hops (CURVE clients when the main
// hands out its server key), and reports them to the main once per heartbeat interval. When
// the main falls silent it joins again (re-reading the main's runtime file when `join` names
// one), and when the main's hops moved it restarts its replicas on the new ones. It keeps no
// journal: the main's journal replays whatever a lost worker held.
#pragma once

#include <filesystem>
#include <string>

#include "tidings/config.h"

namespace tidings::daemon {

// Runs until SIGTERM/SIGINT or until supervision gives up; returns the exit code. Call from
// the main thread, with the data directory already locked.
int RunWorker(const DaemonConfig& config, const std::filesystem::path& data_dir, const std::string& stage_dir);

}  // namespace tidings::daemon
