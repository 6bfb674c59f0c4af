#include "store/event_store.h"

#include <fmt/format.h>
#include <libpq-fe.h>

#include "store/postgres_event_store.h"
#include "store/sqlite_event_store.h"

namespace tidings::store {

Status ParseBackend(const std::string& name, Backend* backend) {
  if (name == "sqlite") {
    *backend = Backend::kSqlite;
  } else if (name == "postgresql" || name == "postgres") {
    *backend = Backend::kPostgresql;
  } else {
    return Status::InvalidInput("unknown store backend '" + name + "': use sqlite or postgresql");
  }
  return Status::Ok();
}

const char* BackendName(Backend backend) {
  return backend == Backend::kSqlite ? "sqlite" : "postgresql";
}

namespace {

// The conninfo options of a URL or key=value string; null when libpq cannot parse it.
struct ConninfoOptions {
  explicit ConninfoOptions(const std::string& url) : options(PQconninfoParse(url.c_str(), nullptr)) {}
  ~ConninfoOptions() {
    if (options != nullptr) PQconninfoFree(options);
  }
  std::string Get(const char* key) const {
    for (PQconninfoOption* o = options; o != nullptr && o->keyword != nullptr; ++o) {
      if (std::string_view(o->keyword) == key) return o->val != nullptr ? o->val : "";
    }
    return "";
  }
  PQconninfoOption* options;
};

}  // namespace

bool PostgresUrlHasPassword(const std::string& url) {
  return !ConninfoOptions(url).Get("password").empty();
}

std::string RedactPostgresUrl(const std::string& url) {
  ConninfoOptions parsed(url);
  if (parsed.options == nullptr) return "(an unparsable PostgreSQL URL)";
  const std::string password = parsed.Get("password");
  if (password.empty()) return url;
  // The password appears verbatim (URL-encoded in a URI); replace every spelling of it.
  std::string out = url;
  auto replace_all = [&](const std::string& needle) {
    if (needle.empty()) return;
    for (size_t at = out.find(needle); at != std::string::npos; at = out.find(needle, at + 3)) {
      out.replace(at, needle.size(), "***");
    }
  };
  std::string encoded;
  for (unsigned char c : password) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      encoded += static_cast<char>(c);
    } else {
      encoded += fmt::format("%{:02X}", c);
    }
  }
  replace_all(password);
  replace_all(encoded);
  return out;
}

std::string StoreLocation::Describe() const {
  return backend == Backend::kSqlite ? path : RedactPostgresUrl(url);
}

Status EventStore::Open(const StoreLocation& where, const OpenOptions& options,
                        std::unique_ptr<EventStore>* store) {
  if (where.backend == Backend::kSqlite) return OpenSqliteEventStore(where.path, options.read_only, store);
  return OpenPostgresEventStore(where.url, options, store);
}

Status EventStore::Open(const std::string& path, std::unique_ptr<EventStore>* store, bool read_only) {
  return OpenSqliteEventStore(path, read_only, store);
}

Status EventStore::Migrate(const StoreLocation& where, int* from, int* to) {
  if (where.backend == Backend::kSqlite) return MigrateSqliteStore(where.path, from, to);
  return MigratePostgresStore(where.url, from, to);
}

Status EventStore::StoreCodedArticle(v1::CodedArticle* coded, uint32_t attempt, bool* already_stored) {
  CodedBatchItem item;
  item.coded = coded;
  item.attempt = attempt;
  Status s = StoreCodedArticles(std::span<CodedBatchItem>(&item, 1));
  if (already_stored != nullptr) *already_stored = item.already_stored;
  return s.ok() ? item.status : s;
}

Status EventStore::QueryEvents(const EventQuery& query, const std::function<bool(const v1::Event&)>& each) {
  return QueryEventRows(query, [&](const v1::Event& e, const EventRowInfo&) { return each(e); });
}

}  // namespace tidings::store
