// Which store a `tidings` command reads (query, export, subscribe --since, migrate): the one
// named on its command line, else the one the daemon of the data directory uses.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "store/event_store.h"
#include "tidings/status.h"

namespace tidings::cli {

struct StoreOptions {
  std::string backend;  // --backend sqlite|postgresql
  std::string url;      // --url (postgresql)
  std::string db;       // --db / --store: an SQLite file
};

// Adds --backend, --url and --db (alias --store) to a subcommand.
void AddStoreOptions(CLI::App* cmd, StoreOptions* options);

// In order: --db FILE (SQLite); --backend postgresql with --url or $TIDINGS_STORE_URL;
// --backend sqlite (<data dir>/events.sqlite); the store_backend / store_url / store keys of the
// running daemon's daemon.json; the [store] table of <data dir>/tidings.toml; the SQLite file
// <data dir>/events.sqlite. InvalidInput for an unknown backend or a postgresql one without URL.
Status ResolveStore(const StoreOptions& options, const std::string& data_dir, store::StoreLocation* where);

// ResolveStore, then opens the store read-only. The message says what to do when there is no
// store yet (start tidingsd, pass --data-dir or --backend/--url).
Status OpenStoreForReading(const StoreOptions& options, const std::string& data_dir,
                           std::unique_ptr<store::EventStore>* store);

}  // namespace tidings::cli
