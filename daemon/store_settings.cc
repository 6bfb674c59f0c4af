#include "daemon/store_settings.h"

#include "tidings/runtime_paths.h"

namespace tidings::daemon {

void AddStoreStageArgs(const DaemonConfig& config, const std::filesystem::path& data_dir, ChildSpec* spec) {
  spec->argv.push_back("--backend");
  spec->argv.push_back(config.store_backend);
  if (config.store_backend == "postgresql") {
    spec->env.emplace_back("TIDINGS_STORE_URL", config.store_url);
  } else {
    spec->argv.push_back("--db");
    spec->argv.push_back(StorePath(data_dir).string());
  }
}

void AddStoreToRuntime(const DaemonConfig& config, const std::filesystem::path& data_dir,
                       nlohmann::ordered_json* runtime) {
  (*runtime)["store_backend"] = config.store_backend;
  if (config.store_backend == "postgresql") {
    (*runtime)["store_url"] = config.store_url;
  } else {
    (*runtime)["store"] = StorePath(data_dir).string();
  }
}

bool RuntimeFileIsPrivate(const DaemonConfig& config) { return config.store_backend == "postgresql"; }

}  // namespace tidings::daemon
