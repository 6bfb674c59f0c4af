#include "daemon_client.h"

#include <fmt/format.h>
#include <signal.h>

#include <cerrno>

#include <fstream>
#include <nlohmann/json.hpp>

#include "tidings/runtime_paths.h"

namespace tidings::cli {

Status FindDaemon(const std::string& data_dir_flag, DaemonEndpoints* out) {
  auto dir = ResolveDataDir(data_dir_flag);
  auto path = RuntimeFilePath(dir);
  std::ifstream in(path);
  if (!in) {
    return Status::NotFound(fmt::format(
        "no running tidingsd found: {} does not exist (start tidingsd in {}, or pass "
        "--data-dir / set TIDINGS_DATA to its data directory)",
        path.string(), dir.parent_path().string()));
  }
  try {
    nlohmann::json j = nlohmann::json::parse(in);
    out->data_dir = dir.string();
    out->push = j.at("push").get<std::string>();
    out->ack = j.at("ack").get<std::string>();
    out->publish = j.at("publish").get<std::string>();
    out->http = j.at("http").get<std::string>();
    out->pid = j.value("pid", 0L);
    out->started_unix_ms = j.value("started_unix_ms", int64_t{0});
  } catch (const std::exception& e) {
    return Status::InvalidInput(fmt::format("{} is not a tidingsd runtime file: {}", path.string(),
                                            e.what()));
  }
  return Status::Ok();
}

DaemonAddress LocateDaemon(const std::string& data_dir_flag, const std::string& socket) {
  DaemonAddress a;
  DaemonEndpoints d;
  if (Status s = FindDaemon(data_dir_flag, &d); !s.ok()) {
    a.problem = s.message();
    return a;
  }
  a.endpoint = socket == "push" ? d.push : socket == "publish" ? d.publish : d.ack;
  a.instance = fmt::format("{}@{}", d.pid, d.started_unix_ms);
  if (d.pid > 0 && ::kill(static_cast<pid_t>(d.pid), 0) != 0 && errno == ESRCH) {
    a.problem = fmt::format("{}/daemon.json names pid {}, which is not running (tidingsd was killed; "
                            "restart it on this data directory)", d.data_dir, d.pid);
  }
  return a;
}

void AddDataDirOption(CLI::App* app, std::string* data_dir) {
  app->add_option("--data-dir", *data_dir,
                  "tidingsd data directory (default: $TIDINGS_DATA or ./tidings-data)");
}

}  // namespace tidings::cli
