#include "store_options.h"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tidings/config.h"
#include "tidings/runtime_paths.h"

namespace tidings::cli {

namespace fs = std::filesystem;

void AddStoreOptions(CLI::App* cmd, StoreOptions* o) {
  cmd->add_option("--backend", o->backend,
                  "store backend: sqlite or postgresql (default: the daemon's, from daemon.json)");
  cmd->add_option("--url", o->url,
                  "PostgreSQL URL of the store, e.g. postgresql://user@host:5432/db (default "
                  "$TIDINGS_STORE_URL)");
  cmd->add_option("--db,--store", o->db, "the SQLite store file (overrides --data-dir)");
}

namespace {

// From the running daemon's runtime file; false when there is none (or it names no backend).
bool FromRuntimeFile(const fs::path& dir, store::StoreLocation* where) {
  std::ifstream in(RuntimeFilePath(dir));
  if (!in) return false;
  auto j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return false;
  const std::string backend = j.value("store_backend", j.contains("store") ? "sqlite" : "");
  if (backend == "postgresql" && j.value("store_url", "") != "") {
    where->backend = store::Backend::kPostgresql;
    where->url = j["store_url"].get<std::string>();
    return true;
  }
  if (backend == "sqlite") {
    where->backend = store::Backend::kSqlite;
    where->path = j.value("store", StorePath(dir).string());
    return true;
  }
  return false;
}

// From the [store] table of the data directory's tidings.toml (the daemon is not running).
bool FromConfigFile(const fs::path& dir, store::StoreLocation* where) {
  std::error_code ec;
  if (!fs::exists(ConfigPath(dir), ec)) return false;
  DaemonConfig config = DefaultDaemonConfig();
  if (!LoadDaemonConfig(ConfigPath(dir).string(), &config).ok()) return false;
  if (config.store_backend != "postgresql") return false;
  where->backend = store::Backend::kPostgresql;
  where->url = config.store_url;
  return true;
}

}  // namespace

Status ResolveStore(const StoreOptions& o, const std::string& data_dir_flag, store::StoreLocation* where) {
  const fs::path dir = ResolveDataDir(data_dir_flag);
  if (!o.db.empty()) {
    where->backend = store::Backend::kSqlite;
    where->path = o.db;
    return Status::Ok();
  }
  if (!o.backend.empty()) {
    if (Status s = store::ParseBackend(o.backend, &where->backend); !s.ok()) return s;
    if (where->backend == store::Backend::kSqlite) {
      where->path = StorePath(dir).string();
      return Status::Ok();
    }
    where->url = o.url;
    if (where->url.empty()) {
      if (const char* env = std::getenv("TIDINGS_STORE_URL")) where->url = env;
    }
    if (where->url.empty()) {
      return Status::InvalidInput("--backend postgresql needs --url (or $TIDINGS_STORE_URL)");
    }
    return Status::Ok();
  }
  if (!o.url.empty()) {
    where->backend = store::Backend::kPostgresql;
    where->url = o.url;
    return Status::Ok();
  }
  if (FromRuntimeFile(dir, where) || FromConfigFile(dir, where)) return Status::Ok();
  where->backend = store::Backend::kSqlite;
  where->path = StorePath(dir).string();
  return Status::Ok();
}

Status OpenStoreForReading(const StoreOptions& o, const std::string& data_dir,
                           std::unique_ptr<store::EventStore>* store) {
  store::StoreLocation where;
  if (Status s = ResolveStore(o, data_dir, &where); !s.ok()) return s;
  store::OpenOptions read;
  read.read_only = true;
  Status s = store::EventStore::Open(where, read, store);
  if (s.code() == Status::Code::kNotFound && where.backend == store::Backend::kSqlite) {
    return Status::NotFound(fmt::format("no store at {}: start tidingsd, or pass --data-dir, --db or "
                                        "--backend/--url",
                                        where.path));
  }
  return s;
}

}  // namespace tidings::cli
