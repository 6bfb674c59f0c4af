// tidingsd: the supervising daemon. With no arguments it runs on embedded defaults, with its
// data under ./tidings-data (or $TIDINGS_DATA), or reads tidings.toml from there if present.
#include <google/protobuf/stubs/common.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "daemon/daemon_app.h"
#include "tidings/allocator.h"
#include "tidings/config.h"
#include "tidings/logging.h"
#include "tidings/runtime_paths.h"

int main(int argc, char** argv) {
  tidings::TuneAllocatorForPages();
  std::string config_path, data_dir, log_level;
  bool print_config = false;
  CLI::App app{"tidingsd: the tidings daemon (news in, CAMEO events out)"};
  app.add_option("-c,--config", config_path, "TOML config file (default: <data dir>/tidings.toml if it exists)");
  app.add_option("--data-dir", data_dir, "data directory (default: $TIDINGS_DATA or ./tidings-data)");
  app.add_option("--log-level", log_level, "trace|debug|info|warn|error");
  app.add_flag("--check-config", print_config, "validate the configuration and exit");
  CLI11_PARSE(app, argc, argv);

  tidings::DaemonConfig config = tidings::DefaultDaemonConfig();
  if (config_path.empty()) {
    auto candidate = tidings::ConfigPath(tidings::ResolveDataDir(data_dir));
    if (std::filesystem::exists(candidate)) config_path = candidate.string();
  }
  if (!config_path.empty()) {
    tidings::Status s = tidings::LoadDaemonConfig(config_path, &config);
    if (!s.ok()) {
      std::cerr << "tidingsd: " << s.ToString() << "\n";
      return tidings::daemon::kDaemonConfig;
    }
  }
  if (!data_dir.empty()) config.data_dir = data_dir;
  if (!log_level.empty()) config.log_level = log_level;
  if (print_config) {
    std::cout << "configuration ok" << (config_path.empty() ? " (embedded defaults)" : "") << "\n";
    return 0;
  }
  tidings::InitLogging("tidingsd", config.log_level);

  std::error_code ec;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::string stage_dir = ec ? "." : self.parent_path().string();
  int rc = tidings::daemon::DaemonApp(std::move(config), stage_dir).Run();
  google::protobuf::ShutdownProtobufLibrary();
  return rc;
}
