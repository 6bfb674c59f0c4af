#include "fetch/seen_urls.h"

#include <fmt/format.h>
#include <sqlite3.h>

namespace tidings::fetch {

namespace {

constexpr const char* kSchema =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=NORMAL;"
    "CREATE TABLE IF NOT EXISTS seen_urls ("
    "  url TEXT PRIMARY KEY,"
    "  article_id TEXT NOT NULL,"
    "  fetched_unix_s INTEGER NOT NULL"
    ") WITHOUT ROWID;"
    "CREATE INDEX IF NOT EXISTS seen_urls_by_time ON seen_urls(fetched_unix_s);";

// Resets a statement when the scope ends, so no read snapshot stays open.
struct Use {
  explicit Use(sqlite3_stmt* s) : stmt(s) {}
  ~Use() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
  sqlite3_stmt* stmt;
};

void BindText(sqlite3_stmt* stmt, int index, const std::string& text) {
  sqlite3_bind_text64(stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

}  // namespace

SeenUrls::SeenUrls(std::filesystem::path path, sqlite3* db, int64_t ttl_s)
    : path_(std::move(path)), db_(db), ttl_s_(ttl_s) {}

SeenUrls::~SeenUrls() {
  sqlite3_finalize(lookup_);
  sqlite3_finalize(record_);
  sqlite3_close(db_);
}

Status SeenUrls::Error(const char* what) const {
  return Status::IoError(fmt::format("{}: {}: {}", path_.string(), what, sqlite3_errmsg(db_)));
}

Status SeenUrls::Open(const std::filesystem::path& path, int64_t ttl_s, std::unique_ptr<SeenUrls>* seen) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK) {
    Status s = Status::IoError(fmt::format("{}: cannot open: {}", path.string(),
                                           db != nullptr ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    return s;
  }
  std::unique_ptr<SeenUrls> opened(new SeenUrls(path, db, ttl_s));
  sqlite3_busy_timeout(db, 2000);
  if (sqlite3_exec(db, kSchema, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return opened->Error("cannot create the seen_urls table");
  }
  if (sqlite3_prepare_v2(db, "SELECT article_id, fetched_unix_s FROM seen_urls WHERE url = ?1", -1,
                         &opened->lookup_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db,
                         "INSERT INTO seen_urls(url, article_id, fetched_unix_s) VALUES (?1, ?2, ?3) "
                         "ON CONFLICT(url) DO UPDATE SET article_id = ?2, fetched_unix_s = ?3",
                         -1, &opened->record_, nullptr) != SQLITE_OK) {
    return opened->Error("cannot prepare statements");
  }
  *seen = std::move(opened);
  return Status::Ok();
}

bool SeenUrls::Lookup(const std::string& canonical_url, int64_t now_unix_s, SeenUrl* entry) {
  Use use(lookup_);
  BindText(lookup_, 1, canonical_url);
  if (sqlite3_step(lookup_) != SQLITE_ROW) return false;
  const int64_t fetched = sqlite3_column_int64(lookup_, 1);
  if (fetched < now_unix_s - ttl_s_) return false;
  if (entry != nullptr) {
    const auto* id = reinterpret_cast<const char*>(sqlite3_column_text(lookup_, 0));
    entry->article_id = id != nullptr ? id : "";
    entry->fetched_unix_s = fetched;
  }
  return true;
}

Status SeenUrls::Record(const std::string& canonical_url, const std::string& article_id,
                        int64_t now_unix_s) {
  Use use(record_);
  BindText(record_, 1, canonical_url);
  BindText(record_, 2, article_id);
  sqlite3_bind_int64(record_, 3, now_unix_s);
  if (sqlite3_step(record_) != SQLITE_DONE) return Error("cannot record a fetched URL");
  return Status::Ok();
}

Status SeenUrls::Expire(int64_t now_unix_s, int64_t* deleted) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, "DELETE FROM seen_urls WHERE fetched_unix_s < ?1", -1, &stmt, nullptr) !=
      SQLITE_OK) {
    return Error("cannot prepare the expiry");
  }
  sqlite3_bind_int64(stmt, 1, now_unix_s - ttl_s_);
  const int rc = sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (rc != SQLITE_DONE) return Error("cannot expire old entries");
  if (deleted != nullptr) *deleted = sqlite3_changes64(db_);
  return Status::Ok();
}

}  // namespace tidings::fetch
