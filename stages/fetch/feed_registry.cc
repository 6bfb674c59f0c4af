#include "fetch/feed_registry.h"

#include <sqlite3.h>

#include <algorithm>
#include <set>

#include "fetch/feed_parser.h"

namespace tidings::fetch {
namespace {

constexpr const char* kSchema = R"(
CREATE TABLE IF NOT EXISTS feeds (
  url TEXT PRIMARY KEY,
  interval_s INTEGER NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL,
  added_at INTEGER NOT NULL,
  last_poll_at INTEGER NOT NULL DEFAULT 0,
  last_status TEXT NOT NULL DEFAULT '',
  last_http_status INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT '',
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  items_seen INTEGER NOT NULL DEFAULT 0,
  errors INTEGER NOT NULL DEFAULT 0,
  consecutive_errors INTEGER NOT NULL DEFAULT 0,
  next_poll_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS feeds_next_poll ON feeds(next_poll_at);
CREATE TABLE IF NOT EXISTS seen_items (
  feed_url TEXT NOT NULL,
  item_key TEXT NOT NULL,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  PRIMARY KEY (feed_url, item_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS seen_items_last_seen ON seen_items(last_seen);
)";

constexpr const char* kSelectFeed =
    "SELECT url, interval_s, source, language, origin, added_at, last_poll_at, last_status,"
    " last_http_status, last_error, etag, last_modified, items_seen, errors, consecutive_errors,"
    " next_poll_at FROM feeds";

constexpr int64_t kMaxBackoffS = 86400;

// A prepared statement, finalized when it goes out of scope.
class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql) {
    rc_ = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return rc_ == SQLITE_OK; }
  Statement& Bind(int i, const std::string& v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  int Step() { return sqlite3_step(stmt_); }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string Text(int col) const {
    const unsigned char* t = sqlite3_column_text(stmt_, col);
    return t == nullptr ? "" : std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(stmt_, col));
  }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_ERROR;
};

FeedRecord ReadRecord(const Statement& s) {
  FeedRecord r;
  r.url = s.Text(0);
  r.interval_s = static_cast<int>(s.Int(1));
  r.source = s.Text(2);
  r.language = s.Text(3);
  r.origin = s.Text(4) == "config" ? FeedOrigin::kConfig : FeedOrigin::kCli;
  r.added_at = s.Int(5);
  r.last_poll_at = s.Int(6);
  r.last_status = s.Text(7);
  r.last_http_status = static_cast<int>(s.Int(8));
  r.last_error = s.Text(9);
  r.etag = s.Text(10);
  r.last_modified = s.Text(11);
  r.items_seen = s.Int(12);
  r.errors = s.Int(13);
  r.consecutive_errors = static_cast<int>(s.Int(14));
  r.next_poll_at = s.Int(15);
  return r;
}

// BEGIN IMMEDIATE ... COMMIT, rolled back unless Commit() was called.
class Transaction {
 public:
  explicit Transaction(sqlite3* db) : db_(db) {
    began_ = sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
  }
  ~Transaction() {
    if (began_ && !done_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  bool began() const { return began_; }
  bool Commit() {
    done_ = sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    return done_;
  }

 private:
  sqlite3* db_;
  bool began_ = false;
  bool done_ = false;
};

const char* StatusName(PollOutcome::Kind kind) {
  switch (kind) {
    case PollOutcome::Kind::kOk: return "ok";
    case PollOutcome::Kind::kNotModified: return "not modified";
    case PollOutcome::Kind::kError: return "error";
  }
  return "";
}

}  // namespace

const char* FeedOriginName(FeedOrigin origin) { return origin == FeedOrigin::kConfig ? "config" : "cli"; }

std::string SeenKey(const FeedItem& item) { return item.guid.empty() ? item.url : item.guid; }

Status FeedRegistry::Open(const std::filesystem::path& path, std::unique_ptr<FeedRegistry>* registry) {
  std::error_code ec;
  if (path.has_parent_path()) {
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) {
      return Status::IoError("cannot create directory " + path.parent_path().string() +
                             " for the feed registry: " + ec.message());
    }
  }
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Status::IoError("cannot open the feed registry " + path.string() + ": " + message);
  }
  std::unique_ptr<FeedRegistry> r(new FeedRegistry(path, db));
  if (Status s = r->Init(); !s.ok()) return s;
  *registry = std::move(r);
  return Status::Ok();
}

FeedRegistry::~FeedRegistry() { sqlite3_close_v2(db_); }

Status FeedRegistry::Init() {
  sqlite3_busy_timeout(db_, 5000);  // the CLI and the fetch stage share the file
  if (Status s = Exec("PRAGMA journal_mode=WAL"); !s.ok()) return s;
  if (Status s = Exec("PRAGMA synchronous=NORMAL"); !s.ok()) return s;
  return Exec(kSchema);
}

Status FeedRegistry::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string message = err != nullptr ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    return Status::IoError("feed registry " + path_.string() + ": " + message);
  }
  return Status::Ok();
}

Status FeedRegistry::Error(const std::string& what) const {
  return Status::IoError("feed registry " + path_.string() + ": " + what + ": " + sqlite3_errmsg(db_));
}

Status FeedRegistry::Add(const FeedConfig& feed, FeedOrigin origin, int64_t now, bool* created) {
  FeedRecord existing;
  Status found = Find(feed.url, &existing);
  if (!found.ok() && found.code() != Status::Code::kNotFound) return found;
  Statement s(db_,
              "INSERT INTO feeds (url, interval_s, source, language, origin, added_at, next_poll_at)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON CONFLICT(url) DO UPDATE SET"
              " interval_s = excluded.interval_s, source = excluded.source, language = excluded.language");
  if (!s.ok()) return Error("cannot prepare an insert");
  s.Bind(1, feed.url).Bind(2, int64_t{feed.interval_s}).Bind(3, feed.source).Bind(4, feed.language);
  s.Bind(5, std::string(FeedOriginName(origin))).Bind(6, now);
  if (s.Step() != SQLITE_DONE) return Error("cannot add feed " + feed.url);
  if (created != nullptr) *created = !found.ok();
  return Status::Ok();
}

Status FeedRegistry::RemoveLocked(const std::string& url) {
  for (const char* sql : {"DELETE FROM seen_items WHERE feed_url = ?1", "DELETE FROM feeds WHERE url = ?1"}) {
    Statement s(db_, sql);
    if (!s.ok() || s.Bind(1, url).Step() != SQLITE_DONE) return Error("cannot remove feed " + url);
  }
  return Status::Ok();
}

Status FeedRegistry::Remove(const std::string& url, FeedRecord* removed) {
  Transaction tx(db_);
  if (!tx.began()) return Error("cannot begin a transaction");
  FeedRecord record;
  if (Status s = Find(url, &record); !s.ok()) return s;
  if (Status s = RemoveLocked(url); !s.ok()) return s;
  if (!tx.Commit()) return Error("cannot commit the removal of " + url);
  if (removed != nullptr) *removed = std::move(record);
  return Status::Ok();
}

Status FeedRegistry::Find(const std::string& url, FeedRecord* record) {
  Statement s(db_, std::string(kSelectFeed) + " WHERE url = ?1");
  if (!s.ok()) return Error("cannot prepare a lookup");
  s.Bind(1, url);
  const int rc = s.Step();
  if (rc == SQLITE_DONE) {
    return Status::NotFound("no feed " + url + " in " + path_.string() + " (`tidings feeds list` shows the registered ones)");
  }
  if (rc != SQLITE_ROW) return Error("cannot look up " + url);
  *record = ReadRecord(s);
  return Status::Ok();
}

Status FeedRegistry::List(std::vector<FeedRecord>* records) {
  Statement s(db_, std::string(kSelectFeed) + " ORDER BY url");
  if (!s.ok()) return Error("cannot prepare the listing");
  records->clear();
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) records->push_back(ReadRecord(s));
  return rc == SQLITE_DONE ? Status::Ok() : Error("cannot list feeds");
}

Status FeedRegistry::SyncConfig(const std::vector<FeedConfig>& feeds, int64_t now) {
  Transaction tx(db_);
  if (!tx.began()) return Error("cannot begin a transaction");
  std::set<std::string> wanted;
  for (const FeedConfig& f : feeds) {
    wanted.insert(f.url);
    Statement s(db_,
                "INSERT INTO feeds (url, interval_s, source, language, origin, added_at, next_poll_at)"
                " VALUES (?1, ?2, ?3, ?4, 'config', ?5, ?5) ON CONFLICT(url) DO UPDATE SET"
                " interval_s = excluded.interval_s, source = excluded.source,"
                " language = excluded.language, origin = 'config'");
    if (!s.ok()) return Error("cannot prepare an insert");
    s.Bind(1, f.url).Bind(2, int64_t{f.interval_s}).Bind(3, f.source).Bind(4, f.language).Bind(5, now);
    if (s.Step() != SQLITE_DONE) return Error("cannot add config feed " + f.url);
  }
  std::vector<std::string> stale;
  {
    Statement s(db_, "SELECT url FROM feeds WHERE origin = 'config'");
    if (!s.ok()) return Error("cannot prepare the config feed listing");
    while (s.Step() == SQLITE_ROW) {
      if (!wanted.count(s.Text(0))) stale.push_back(s.Text(0));
    }
  }
  for (const std::string& url : stale) {
    if (Status st = RemoveLocked(url); !st.ok()) return st;
  }
  return tx.Commit() ? Status::Ok() : Error("cannot commit the config sync");
}

Status FeedRegistry::DueFeeds(int64_t now, size_t limit, std::vector<FeedRecord>* records) {
  Statement s(db_, std::string(kSelectFeed) + " WHERE next_poll_at <= ?1 ORDER BY next_poll_at, url LIMIT ?2");
  if (!s.ok()) return Error("cannot prepare the due-feed query");
  s.Bind(1, now).Bind(2, static_cast<int64_t>(std::min<size_t>(limit, INT64_MAX)));
  records->clear();
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) records->push_back(ReadRecord(s));
  return rc == SQLITE_DONE ? Status::Ok() : Error("cannot list due feeds");
}

Status FeedRegistry::RecordPoll(const std::string& url, const PollOutcome& outcome, int64_t now) {
  Transaction tx(db_);
  if (!tx.began()) return Error("cannot begin a transaction");
  FeedRecord r;
  if (Status s = Find(url, &r); !s.ok()) return s;
  const bool failed = outcome.kind == PollOutcome::Kind::kError;
  r.consecutive_errors = failed ? r.consecutive_errors + 1 : 0;
  int64_t wait = r.interval_s;
  if (failed) {
    const int doublings = std::min(r.consecutive_errors - 1, 20);
    wait = std::min<int64_t>(static_cast<int64_t>(r.interval_s) << doublings, std::max<int64_t>(kMaxBackoffS, r.interval_s));
  }
  wait = std::max<int64_t>(wait, outcome.retry_after_s);
  Statement s(db_,
              "UPDATE feeds SET last_poll_at = ?2, last_status = ?3, last_http_status = ?4,"
              " last_error = CASE WHEN ?5 = '' THEN last_error ELSE ?5 END,"
              " etag = CASE WHEN ?6 = '' THEN etag ELSE ?6 END,"
              " last_modified = CASE WHEN ?7 = '' THEN last_modified ELSE ?7 END,"
              " errors = errors + ?8, consecutive_errors = ?9, next_poll_at = ?10 WHERE url = ?1");
  if (!s.ok()) return Error("cannot prepare the poll update");
  s.Bind(1, url).Bind(2, now).Bind(3, std::string(StatusName(outcome.kind))).Bind(4, int64_t{outcome.http_status});
  s.Bind(5, failed ? outcome.error : std::string()).Bind(6, failed ? std::string() : outcome.etag);
  s.Bind(7, failed ? std::string() : outcome.last_modified).Bind(8, int64_t{failed ? 1 : 0});
  s.Bind(9, int64_t{r.consecutive_errors}).Bind(10, now + wait);
  if (s.Step() != SQLITE_DONE) return Error("cannot record the poll of " + url);
  return tx.Commit() ? Status::Ok() : Error("cannot commit the poll of " + url);
}

Status FeedRegistry::FilterUnseen(const std::string& feed_url, const std::vector<std::string>& keys,
                                  std::vector<std::string>* unseen) {
  Statement s(db_, "SELECT 1 FROM seen_items WHERE feed_url = ?1 AND item_key = ?2");
  if (!s.ok()) return Error("cannot prepare the seen query");
  std::vector<std::string> out;
  for (const std::string& key : keys) {
    s.Bind(1, feed_url).Bind(2, key);
    const int rc = s.Step();
    if (rc == SQLITE_DONE) out.push_back(key);
    else if (rc != SQLITE_ROW) return Error("cannot query seen items of " + feed_url);
    s.Reset();
  }
  *unseen = std::move(out);
  return Status::Ok();
}

Status FeedRegistry::HasSeen(const std::string& feed_url, const std::string& key, bool* seen) {
  std::vector<std::string> unseen;
  if (Status s = FilterUnseen(feed_url, {key}, &unseen); !s.ok()) return s;
  *seen = unseen.empty();
  return Status::Ok();
}

Status FeedRegistry::MarkSeen(const std::string& feed_url, const std::vector<std::string>& keys, int64_t now,
                              int* newly_seen) {
  Transaction tx(db_);
  if (!tx.began()) return Error("cannot begin a transaction");
  Statement insert(db_, "INSERT OR IGNORE INTO seen_items (feed_url, item_key, first_seen, last_seen) VALUES (?1, ?2, ?3, ?3)");
  Statement refresh(db_, "UPDATE seen_items SET last_seen = ?3 WHERE feed_url = ?1 AND item_key = ?2");
  if (!insert.ok() || !refresh.ok()) return Error("cannot prepare the seen update");
  int added = 0;
  for (const std::string& key : keys) {
    insert.Bind(1, feed_url).Bind(2, key).Bind(3, now);
    if (insert.Step() != SQLITE_DONE) return Error("cannot mark an item of " + feed_url + " seen");
    insert.Reset();
    if (sqlite3_changes(db_) > 0) {
      ++added;
      continue;
    }
    refresh.Bind(1, feed_url).Bind(2, key).Bind(3, now);
    if (refresh.Step() != SQLITE_DONE) return Error("cannot refresh an item of " + feed_url);
    refresh.Reset();
  }
  Statement count(db_, "UPDATE feeds SET items_seen = items_seen + ?2 WHERE url = ?1");
  if (!count.ok() || count.Bind(1, feed_url).Bind(2, int64_t{added}).Step() != SQLITE_DONE) {
    return Error("cannot count the items of " + feed_url);
  }
  if (!tx.Commit()) return Error("cannot commit the seen items of " + feed_url);
  if (newly_seen != nullptr) *newly_seen = added;
  return Status::Ok();
}

Status FeedRegistry::PruneSeen(int64_t cutoff, int64_t* pruned) {
  Statement s(db_, "DELETE FROM seen_items WHERE last_seen < ?1");
  if (!s.ok() || s.Bind(1, cutoff).Step() != SQLITE_DONE) return Error("cannot prune seen items");
  if (pruned != nullptr) *pruned = sqlite3_changes(db_);
  return Status::Ok();
}

}  // namespace tidings::fetch
