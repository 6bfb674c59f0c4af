// How a `tidings` command finds the running daemon: the runtime file (daemon.json) that
// tidingsd writes into its data directory, which every command resolves the same way.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

#include "tidings/status.h"

namespace tidings::cli {

struct DaemonEndpoints {
  std::string data_dir;
  std::string push;      // PULL: fire-and-forget articles
  std::string ack;       // ROUTER: acknowledged articles
  std::string publish;   // PUB: events
  std::string http;      // host:port of /healthz and /metrics
  long pid = 0;
  int64_t started_unix_ms = 0;  // with pid, names this daemon instance (a restart changes it)
};

// Where one of the daemon's sockets is right now, for clients that outlive a daemon restart.
struct DaemonAddress {
  std::string endpoint;  // empty: no daemon found at the moment
  std::string instance;  // names the daemon process (pid and start time); a change means a restart
  std::string problem;   // when there is no endpoint or it may be stale: why, for the user
};

// Reads <data_dir>/daemon.json. A clear error when the daemon has not been started there.
Status FindDaemon(const std::string& data_dir_flag, DaemonEndpoints* out);

// Reads the runtime file again and returns the endpoint of `socket` ("ack", "push" or
// "publish"). `problem` explains an absent file, or a file naming a process that is no longer
// running (a killed daemon leaves its file behind). Cheap enough to call several times a second.
DaemonAddress LocateDaemon(const std::string& data_dir_flag, const std::string& socket);

// Adds --data-dir to a subcommand.
void AddDataDirOption(CLI::App* app, std::string* data_dir);

}  // namespace tidings::cli
