// The SQLite backend of the event store: one file in WAL mode.
#pragma once

#include <memory>
#include <string>

#include "store/event_store.h"

namespace tidings::store {

// Opens the SQLite store at `path`, creating it (and its parent directories) unless read_only.
// Sets WAL mode and synchronous=NORMAL (a commit survives a process crash; the journal of
// acknowledged articles guards against power loss) and migrates the schema by user_version.
// Fails with a clear Status when the file is missing (read_only), cannot be opened, is not an
// SQLite file, is another application's database, or was written by a newer tidings. Leaves
// *store untouched on error.
Status OpenSqliteEventStore(const std::string& path, bool read_only, std::unique_ptr<EventStore>* store);

// Creates or upgrades the schema of the SQLite store at `path` (creating the file).
Status MigrateSqliteStore(const std::string& path, int* from, int* to);

}  // namespace tidings::store
