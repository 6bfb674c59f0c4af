// The PostgreSQL backend of the event store (libpq): the tables and columns of the SQLite
// store, in the schema the connection's search_path names first (normally "public").
#pragma once

#include <memory>
#include <string>

#include "store/event_store.h"

namespace tidings::store {

// Opens the store in the database at `url`. A writer creates or upgrades the schema (under an
// advisory lock, so a concurrent `tidings migrate` waits); a reader requires the current
// version. The connection is replaced when it breaks (a restarted server): operations answer
// Busy until a new one is up, and with options.connect_lazily a server that cannot be reached
// at open is not an error either. Config error for a bad URL, failed authentication, a missing
// database, a database not in UTF8, another application's tables or a newer schema. Commits
// follow the server's synchronous_commit (keep it on: the daemon closes an article's journal
// entry once the store says it is committed).
Status OpenPostgresEventStore(const std::string& url, const OpenOptions& options,
                              std::unique_ptr<EventStore>* store);

// Creates or upgrades the schema in the database at `url`.
Status MigratePostgresStore(const std::string& url, int* from, int* to);

}  // namespace tidings::store
