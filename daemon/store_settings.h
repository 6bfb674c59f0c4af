// How the daemon hands its [store] settings (backend, url) to the store stage it starts and,
// through the runtime file daemon.json, to the `tidings` commands that read the store.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>

#include "daemon/process_supervisor.h"
#include "tidings/config.h"

namespace tidings::daemon {

// The store stage's arguments: "--backend sqlite --db <data dir>/events.sqlite", or "--backend
// postgresql" with the URL in the stage's environment (TIDINGS_STORE_URL), so that a password
// in it never shows on a command line (ps).
void AddStoreStageArgs(const DaemonConfig& config, const std::filesystem::path& data_dir, ChildSpec* spec);

// daemon.json's store keys: "store_backend", "store_url" (postgresql) and "store" (the SQLite
// file, also kept for older clients).
void AddStoreToRuntime(const DaemonConfig& config, const std::filesystem::path& data_dir,
                       nlohmann::ordered_json* runtime);

// True when daemon.json must be readable by its owner only (0600): a PostgreSQL URL may carry
// a password.
bool RuntimeFileIsPrivate(const DaemonConfig& config);

}  // namespace tidings::daemon
