// How a `tidings` command finds the running daemon: the runtime file (daemon.json) that
// tidingsd writes into its data directory, which every command resolves the same way.
#pragma once

#include <CLI/CLI.hpp>
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
};

// Reads <data_dir>/daemon.json. A clear error when the daemon has not been started there.
Status FindDaemon(const std::string& data_dir_flag, DaemonEndpoints* out);

// Adds --data-dir to a subcommand.
void AddDataDirOption(CLI::App* app, std::string* data_dir);

}  // namespace tidings::cli
