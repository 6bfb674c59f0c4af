// tidings migrate: creates or upgrades the schema of the store (SQLite or PostgreSQL) before the
// daemon uses it, e.g. when a DBA prepares the database. The store stage migrates on start too;
// both are idempotent and refuse a schema newer than this build.
#include <iostream>
#include <memory>

#include "commands.h"
#include "daemon_client.h"
#include "store/event_store.h"
#include "store_options.h"

namespace tidings::cli {

namespace {

struct MigrateOptions {
  std::string data_dir;
  StoreOptions store;
};

int RunMigrate(const MigrateOptions& o) {
  store::StoreLocation where;
  if (Status s = ResolveStore(o.store, o.data_dir, &where); !s.ok()) {
    std::cerr << "tidings migrate: " << s.message() << "\n";
    return 2;
  }
  int from = 0, to = 0;
  Status s = store::EventStore::Migrate(where, &from, &to);
  if (!s.ok()) {
    std::cerr << "tidings migrate: " << s.ToString() << "\n";
    return s.code() == Status::Code::kConfig ? 2 : 1;
  }
  const std::string what = store::BackendName(where.backend) + std::string(" store ") + where.Describe();
  if (from == to) {
    std::cout << what << ": schema version " << to << ", up to date\n";
  } else if (from == 0) {
    std::cout << what << ": created, schema version " << to << "\n";
  } else {
    std::cout << what << ": upgraded from schema version " << from << " to " << to << "\n";
  }
  return 0;
}

}  // namespace

void RegisterMigrateCommand(CLI::App& app) {
  auto o = std::make_shared<MigrateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "migrate", "Create or upgrade the store's schema (SQLite file or PostgreSQL database); idempotent");
  AddDataDirOption(cmd, &o->data_dir);
  AddStoreOptions(cmd, &o->store);
  cmd->callback([o]() {
    int rc = RunMigrate(*o);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tidings::cli
