#include "store/sqlite_event_store.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <filesystem>
#include <string_view>
#include <system_error>
#include <vector>

#include "store/sqlite_statement.h"
#include "store/store_rows.h"
#include "tidings/wal_checkpointer.h"

namespace tidings::store {

namespace {

// PRAGMA application_id of a tidings store ("TDNG"): tells our files from other SQLite files.
constexpr int32_t kApplicationId = 0x54444E47;

// Schema version 1. Each event row holds every field of the Event proto so that it can be
// rebuilt exactly; an absent Actor / Location message is stored as NULL columns. The event id
// ("<article_id>:<sentence_index>:<n>") is unique, which makes (article, sentence, n) unique.
// postgres_event_store.cc creates the same tables and columns.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE articles (
  id TEXT PRIMARY KEY NOT NULL,
  url TEXT NOT NULL DEFAULT '',
  canonical_url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  site_name TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  duplicate_of TEXT NOT NULL DEFAULT '',
  labels TEXT NOT NULL DEFAULT '{}',
  event_count INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('stored', 'dead')),
  attempt INTEGER NOT NULL DEFAULT 0,
  stored_at_ms INTEGER NOT NULL
);
CREATE TABLE events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  article_id TEXT NOT NULL,
  sentence_index INTEGER NOT NULL,
  source_code TEXT, source_text TEXT, source_country TEXT,
  target_code TEXT, target_text TEXT, target_country TEXT,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  date TEXT NOT NULL,
  sentence TEXT NOT NULL,
  pattern TEXT NOT NULL,
  verb TEXT NOT NULL,
  root_mention INTEGER NOT NULL,
  location_name TEXT, location_country TEXT,
  latitude REAL, longitude REAL, has_coordinates INTEGER,
  issues TEXT NOT NULL DEFAULT '[]',
  url TEXT NOT NULL,
  publisher TEXT NOT NULL,
  num_articles INTEGER NOT NULL DEFAULT 1,
  num_sources INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX events_by_article ON events(article_id, sentence_index);
CREATE INDEX events_by_date ON events(date);
CREATE INDEX events_by_code ON events(code);
CREATE INDEX events_by_source ON events(source_code);
CREATE INDEX events_by_target ON events(target_code);
CREATE INDEX events_by_source_country ON events(source_country);
CREATE INDEX events_by_target_country ON events(target_country);
CREATE TABLE dead_letters (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT,
  stage TEXT NOT NULL,
  reason TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  time_unix_ms INTEGER NOT NULL,
  original BLOB NOT NULL,
  original_size INTEGER NOT NULL,
  UNIQUE (article_id, stage, attempt)
);
CREATE INDEX dead_letters_by_stage ON dead_letters(stage);
CREATE TABLE article_copies (
  original_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (original_id, article_id)
);
)sql";

constexpr const char* kArticleColumns =
    "id, url, title, source, published, language, duplicate_of, status, not_coded, event_count, "
    "attempt, stored_at_ms";

struct Db {
  // The writer's checkpoints (null for a reader, or when it could not start): a commit never
  // copies the WAL into the file and waits for its fsync, which held one article in ~2 s
  // back 40 ms at 230 articles/s.
  std::unique_ptr<WalCheckpointer> checkpointer;
  sqlite3* conn = nullptr;
  SqliteStatement begin, commit, rollback, savepoint, release, rollback_to;
  SqliteStatement article_status, upsert_article, insert_event;
  SqliteStatement insert_dead_letter, mark_dead;

  // close_v2 defers the actual close until the member statements are finalized just after.
  ~Db() { sqlite3_close_v2(conn); }
  std::string Error() const { return sqlite3_errmsg(conn); }
};

// Runs SQL without results; returns the SQLite message on failure.
Status Exec(sqlite3* db, const std::string& path, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err != nullptr ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    return Status::IoError(fmt::format("store {}: {}", path, msg));
  }
  return Status::Ok();
}

Status PragmaInt(sqlite3* db, const std::string& path, const char* pragma, int64_t* value) {
  SqliteStatement s;
  int rc = s.Prepare(db, fmt::format("PRAGMA {}", pragma));
  if (rc == SQLITE_OK) rc = s.Step();
  if ((rc & 0xFF) == SQLITE_NOTADB || (rc & 0xFF) == SQLITE_CORRUPT) {
    return Status::InvalidInput(
        fmt::format("{} is not a tidings store: {}", path, sqlite3_errstr(rc)));
  }
  if (rc != SQLITE_ROW) {
    return Status::IoError(fmt::format("cannot read store {}: {}", path, sqlite3_errmsg(db)));
  }
  *value = s.Int(0);
  return Status::Ok();
}

// Opens the file and reads its identity: *version 0 and *fresh for a new, empty database.
Status OpenFile(const std::string& path, bool read_only, std::unique_ptr<Db>* out, int64_t* version,
                bool* fresh) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (read_only && !fs::exists(path, ec)) {
    return Status::NotFound(fmt::format("no store at {}", path));
  }
  if (fs::is_directory(path, ec)) {
    return Status::InvalidInput(fmt::format("{} is a directory, not a tidings store file", path));
  }
  if (!read_only) {
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::exists(parent, ec)) {
      fs::create_directories(parent, ec);
      if (ec) {
        return Status::IoError(fmt::format("cannot create the directory {} for the store: {}",
                                           parent.string(), ec.message()));
      }
    }
  }
  auto db = std::make_unique<Db>();
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (int rc = sqlite3_open_v2(path.c_str(), &db->conn, flags, nullptr); rc != SQLITE_OK) {
    std::string why = db->conn != nullptr ? sqlite3_errmsg(db->conn) : sqlite3_errstr(rc);
    return Status::IoError(fmt::format("cannot open store {}: {}", path, why));
  }
  sqlite3_extended_result_codes(db->conn, 1);
  sqlite3_busy_timeout(db->conn, 5000);  // a reader may briefly wait for a checkpoint

  // The first read tells an SQLite file from anything else (SQLITE_NOTADB).
  int64_t app_id = 0, tables = 0;
  if (Status s = PragmaInt(db->conn, path, "application_id", &app_id); !s.ok()) return s;
  if (Status s = PragmaInt(db->conn, path, "user_version", version); !s.ok()) return s;
  {
    SqliteStatement count;
    int rc = count.Prepare(db->conn, "SELECT count(*) FROM sqlite_schema");
    if (rc == SQLITE_OK) rc = count.Step();
    if (rc != SQLITE_ROW) {
      return Status::InvalidInput(
          fmt::format("{} is not a tidings store: {}", path, sqlite3_errmsg(db->conn)));
    }
    tables = count.Int(0);
  }
  *fresh = tables == 0 && *version == 0 && app_id == 0;
  if (!*fresh && app_id != kApplicationId) {
    return Status::InvalidInput(fmt::format(
        "{} is an SQLite database of another application, not a tidings store", path));
  }
  if (*version > EventStore::kSchemaVersion) {
    return Status::Config(fmt::format(
        "store {} has schema version {}, newer than this build's {}: upgrade tidings", path,
        *version, EventStore::kSchemaVersion));
  }
  *out = std::move(db);
  return Status::Ok();
}

// Brings the schema from `version` to kSchemaVersion, one transaction per step.
Status MigrateLocked(sqlite3* db, const std::string& path, int64_t version) {
  const std::pair<int, std::string> steps[] = {
      {1, fmt::format("{} PRAGMA application_id = {};", kSchemaV1, kApplicationId)},
      {2, rows::kSchemaV2},
      {3, rows::kSchemaV3},
  };
  for (const auto& [to, sql] : steps) {
    if (version >= to) continue;
    std::string tx = fmt::format("BEGIN IMMEDIATE; {} PRAGMA user_version = {}; COMMIT;", sql, to);
    if (Status s = Exec(db, path, tx.c_str()); !s.ok()) {
      Exec(db, path, "ROLLBACK");
      return s;
    }
  }
  return Status::Ok();
}

Status SetUpWriter(Db* db, const std::string& path) {
  {
    SqliteStatement wal;
    int rc = wal.Prepare(db->conn, "PRAGMA journal_mode = WAL");
    if (rc == SQLITE_OK) rc = wal.Step();
    if (rc != SQLITE_ROW || wal.Text(0) != "wal") {
      return Status::IoError(
          fmt::format("cannot switch store {} to WAL mode: {}", path, sqlite3_errmsg(db->conn)));
    }
  }
  return Exec(db->conn, path.c_str(), "PRAGMA synchronous = NORMAL");
}

// Without a checkpointer (its connection could not open) SQLite's automatic checkpoint stays.
void StartCheckpointer(Db* db, const std::string& path) {
  if (!WalCheckpointer::Start(path, WalCheckpointerOptions{}, &db->checkpointer).ok()) return;
  if (WalCheckpointer::ConfigureWriter(db->conn) != SQLITE_OK) db->checkpointer.reset();
}

Status PrepareWriterStatements(Db* db, const std::string& path) {
  const std::string insert_event = fmt::format(
      "INSERT INTO events ({}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
      "?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)",
      rows::kInsertEventColumns);
  struct {
    SqliteStatement* stmt;
    const char* sql;
  } prepared[] = {
      {&db->begin, "BEGIN IMMEDIATE"},
      {&db->commit, "COMMIT"},
      {&db->rollback, "ROLLBACK"},
      {&db->savepoint, "SAVEPOINT article"},
      {&db->release, "RELEASE article"},
      {&db->rollback_to, "ROLLBACK TO article"},
      {&db->article_status, "SELECT status FROM articles WHERE id = ?1"},
      {&db->upsert_article,
       "INSERT INTO articles (id, url, canonical_url, title, source, site_name, published, language, "
       "duplicate_of, labels, event_count, status, attempt, stored_at_ms, not_coded) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'stored', ?12, ?13, ?14) "
       "ON CONFLICT (id) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url, "
       "title = excluded.title, source = excluded.source, site_name = excluded.site_name, "
       "published = excluded.published, language = excluded.language, "
       "duplicate_of = excluded.duplicate_of, labels = excluded.labels, "
       "event_count = excluded.event_count, status = 'stored', attempt = excluded.attempt, "
       "stored_at_ms = excluded.stored_at_ms, not_coded = excluded.not_coded"},
      {&db->insert_event, insert_event.c_str()},
      {&db->insert_dead_letter,
       "INSERT INTO dead_letters (article_id, stage, reason, attempt, time_unix_ms, original, "
       "original_size) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
       "ON CONFLICT (article_id, stage, attempt) DO NOTHING"},
      {&db->mark_dead,
       "INSERT INTO articles (id, status, attempt, stored_at_ms) VALUES (?1, 'dead', ?2, ?3) "
       "ON CONFLICT (id) DO UPDATE SET attempt = max(attempt, excluded.attempt) "
       "WHERE status = 'dead'"},
  };
  for (auto& p : prepared) {
    if (p.stmt->Prepare(db->conn, p.sql) != SQLITE_OK) {
      return Status::Internal(fmt::format("store {}: cannot prepare statement: {}", path, db->Error()));
    }
  }
  return Status::Ok();
}

class SqliteEventStore : public EventStore {
 public:
  SqliteEventStore(std::string path, std::unique_ptr<Db> db) : path_(std::move(path)), db_(std::move(db)) {}

  Status StoreCodedArticles(std::span<CodedBatchItem> items) override;
  Status StoreDeadLetter(const v1::DeadLetter& letter, bool* already_stored) override;
  bool IsCompleted(const std::string& article_id, std::string* status) override;
  Status QueryEventRows(const EventQuery& query,
                        const std::function<bool(const v1::Event&, const EventRowInfo&)>& each) override;
  Status QueryDeadLetters(const DeadLetterQuery& query,
                          const std::function<bool(const v1::DeadLetter&)>& each) override;
  Status QueryArticles(const ArticleQuery& query,
                       const std::function<bool(const StoredArticle&)>& each) override;
  Status Counts(StoreCounts* counts) override;
  Status LastSeqStoredBefore(int64_t unix_ms, uint64_t* seq) override;
  std::string Describe() const override { return path_; }

 private:
  Status StoreOneLocked(CodedBatchItem& item, int64_t now, rows::WrittenArticle* written);
  Status InsertEventLocked(const v1::Event& e);
  Status CountCopyLocked(const v1::CleanArticle& article, bool* counted);
  bool Step(SqliteStatement& s) {
    SqliteStatement::ScopedUse use(s);
    return s.Step() == SQLITE_DONE;
  }
  Status IoError(const std::string& what) const {
    return Status::IoError(fmt::format("store {}: {}: {}", path_, what, db_->Error()));
  }

  std::string path_;
  std::unique_ptr<Db> db_;
};

Status SqliteEventStore::StoreCodedArticles(std::span<CodedBatchItem> items) {
  for (auto& item : items) {
    item.status = Status::Ok();
    item.already_stored = false;
  }
  auto set_all = [&](Status s) {
    for (auto& item : items) item.status = s;
    return s;
  };
  auto fail_all = [&](Status s) {
    Step(db_->rollback);
    return set_all(s);
  };
  if (!db_->insert_event.prepared()) {
    return set_all(Status::InvalidInput(fmt::format("store {} is open read-only", path_)));
  }
  if (!Step(db_->begin)) return set_all(IoError("cannot begin a transaction"));
  const int64_t now = rows::NowMs();
  std::vector<rows::WrittenArticle> written(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    if (!Step(db_->savepoint)) return fail_all(IoError("cannot begin a savepoint"));
    Status s = StoreOneLocked(items[i], now, &written[i]);
    if (s.code() == Status::Code::kInvalidInput) {
      items[i].status = s;  // only this article is left out
      if (!Step(db_->rollback_to)) return fail_all(IoError("cannot roll back a savepoint"));
    } else if (!s.ok()) {
      return fail_all(s);
    }
    if (!Step(db_->release)) return fail_all(IoError("cannot release a savepoint"));
  }
  if (!Step(db_->commit)) return fail_all(IoError("cannot commit"));
  rows::ApplyWritten(items, written);
  return Status::Ok();
}

Status SqliteEventStore::StoreOneLocked(CodedBatchItem& item, int64_t now, rows::WrittenArticle* written) {
  const v1::CleanArticle& article = item.coded->article();
  if (article.id().empty()) return Status::InvalidInput("coded article has no article id");
  {
    SqliteStatement::ScopedUse use(db_->article_status);
    db_->article_status.Bind(1, article.id());
    int rc = db_->article_status.Step();
    if (rc == SQLITE_ROW && db_->article_status.Text(0) == "stored") {
      item.already_stored = true;
      return Status::Ok();
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return IoError("cannot read the status of article " + article.id());
  }
  // Work on a copy so that a failed transaction leaves the caller's events as they were.
  written->events = item.coded->events();
  if (Status s = rows::PrepareEvents(article, &written->events); !s.ok()) return s;
  {
    auto& s = db_->upsert_article;
    SqliteStatement::ScopedUse use(s);
    s.Bind(1, article.id());
    s.Bind(2, article.url());
    s.Bind(3, article.canonical_url());
    s.Bind(4, article.title());
    s.Bind(5, article.source());
    s.Bind(6, article.site_name());
    s.Bind(7, article.published());
    s.Bind(8, article.language());
    s.Bind(9, article.duplicate_of());
    s.Bind(10, rows::LabelsToJson(article));
    s.Bind(11, static_cast<int64_t>(item.coded->events_size()));
    s.Bind(12, static_cast<int64_t>(item.attempt));
    s.Bind(13, now);
    s.Bind(14, item.coded->not_coded());
    if (s.Step() != SQLITE_DONE) return IoError("cannot write article " + article.id());
  }
  // A near-duplicate (syndicated copy) of an article already stored is not separate news: its
  // events are not stored again; the original's events count one more article (and source).
  if (!article.duplicate_of().empty() && article.duplicate_of() != article.id()) {
    Status s = CountCopyLocked(article, &written->counted_as_copy);
    if (!s.ok() || written->counted_as_copy) return s;
  }
  for (v1::Event& e : written->events) {
    if (Status s = InsertEventLocked(e); !s.ok()) return s;
    e.set_seq(static_cast<uint64_t>(sqlite3_last_insert_rowid(db_->conn)));
  }
  return Status::Ok();
}

Status SqliteEventStore::InsertEventLocked(const v1::Event& e) {
  auto& s = db_->insert_event;
  SqliteStatement::ScopedUse use(s);
  s.Bind(1, e.id());
  s.Bind(2, e.article_id());
  s.Bind(3, static_cast<int64_t>(e.sentence_index()));
  if (e.has_source()) {
    s.Bind(4, e.source().code());
    s.Bind(5, e.source().text());
    s.Bind(6, e.source().country());
  }
  if (e.has_target()) {
    s.Bind(7, e.target().code());
    s.Bind(8, e.target().text());
    s.Bind(9, e.target().country());
  }
  s.Bind(10, e.code());
  s.Bind(11, e.root());
  s.Bind(12, static_cast<int64_t>(e.quad_class()));
  s.Bind(13, e.goldstein());
  s.Bind(14, e.date());
  s.Bind(15, e.sentence());
  s.Bind(16, e.pattern());
  s.Bind(17, e.verb());
  s.Bind(18, static_cast<int64_t>(e.root_mention() ? 1 : 0));
  if (e.has_location()) {
    s.Bind(19, e.location().name());
    s.Bind(20, e.location().country());
    s.Bind(21, e.location().latitude());
    s.Bind(22, e.location().longitude());
    s.Bind(23, static_cast<int64_t>(e.location().has_coordinates() ? 1 : 0));
    s.Bind(27, static_cast<int64_t>(e.location().kind()));
  }
  s.Bind(24, rows::IssuesToJson(e));
  s.Bind(25, e.url());
  s.Bind(26, e.publisher());
  int rc = s.Step();
  if ((rc & 0xFF) == SQLITE_CONSTRAINT) {
    return Status::InvalidInput(fmt::format("article {} has a duplicate event id {} (already in the store)",
                                            e.article_id(), e.id()));
  }
  if (rc != SQLITE_DONE) return IoError("cannot write an event of article " + e.article_id());
  return Status::Ok();
}

// Inside the caller's transaction: when the original is stored, records `article` as its copy
// and refreshes the original's events' num_articles / num_sources. *counted = false when the
// original is not (or not yet) in the store: the copy is then stored as an article of its own.
Status SqliteEventStore::CountCopyLocked(const v1::CleanArticle& article, bool* counted) {
  *counted = false;
  const std::string& original = article.duplicate_of();
  auto run = [&](const std::string& sql, const std::vector<std::string>& args, int64_t* out) -> Status {
    SqliteStatement st;
    if (st.Prepare(db_->conn, sql) != SQLITE_OK) return IoError("cannot count a copy");
    for (size_t i = 0; i < args.size(); ++i) st.Bind(static_cast<int>(i + 1), args[i]);
    int rc = st.Step();
    if (rc == SQLITE_ROW && out != nullptr) *out = st.Int(0);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return IoError("cannot count a copy");
    return Status::Ok();
  };
  int64_t stored = 0;
  Status s = run("SELECT count(*) FROM articles WHERE id = ?1 AND status = 'stored'", {original}, &stored);
  if (!s.ok() || stored == 0) return s;
  s = run("INSERT INTO article_copies (original_id, article_id, source) VALUES (?1, ?2, ?3) "
          "ON CONFLICT DO NOTHING",
          {original, article.id(), article.source()}, nullptr);
  if (!s.ok()) return s;
  s = run("UPDATE events SET "
          "num_articles = 1 + (SELECT count(*) FROM article_copies WHERE original_id = ?1), "
          "num_sources = (SELECT count(DISTINCT src) FROM ("
          "  SELECT source AS src FROM articles WHERE id = ?1 "
          "  UNION SELECT source AS src FROM article_copies WHERE original_id = ?1)) "
          "WHERE article_id = ?1",
          {original}, nullptr);
  if (!s.ok()) return s;
  s = run("UPDATE articles SET event_count = 0 WHERE id = ?1", {article.id()}, nullptr);
  if (!s.ok()) return s;
  *counted = true;
  return Status::Ok();
}

Status SqliteEventStore::StoreDeadLetter(const v1::DeadLetter& letter, bool* already_stored) {
  if (already_stored != nullptr) *already_stored = false;
  if (!db_->insert_dead_letter.prepared()) {
    return Status::InvalidInput(fmt::format("store {} is open read-only", path_));
  }
  auto fail = [&](const char* what) {
    Status s = Status::IoError(fmt::format("store {}: {} (dead letter of article '{}'): {}", path_, what,
                                           letter.article_id(), db_->Error()));
    Step(db_->rollback);
    return s;
  };
  if (!Step(db_->begin)) return fail("cannot begin a transaction");
  const int64_t now = rows::NowMs();
  {
    auto& s = db_->insert_dead_letter;
    SqliteStatement::ScopedUse use(s);
    s.BindOrNull(1, letter.article_id());  // NULL: unknown ids never collide with each other
    s.Bind(2, letter.stage());
    s.Bind(3, letter.reason());
    s.Bind(4, static_cast<int64_t>(letter.attempt()));
    s.Bind(5, letter.time_unix_ms() != 0 ? letter.time_unix_ms() : now);
    s.BindBlob(6, std::string_view(letter.original()).substr(0, kMaxStoredOriginalBytes));
    s.Bind(7, static_cast<int64_t>(letter.original_size() != 0 ? letter.original_size()
                                                                : letter.original().size()));
    if (s.Step() != SQLITE_DONE) return fail("cannot write the dead letter");
    if (sqlite3_changes(db_->conn) == 0 && already_stored != nullptr) *already_stored = true;
  }
  if (!letter.article_id().empty()) {
    auto& s = db_->mark_dead;
    SqliteStatement::ScopedUse use(s);
    s.Bind(1, letter.article_id());
    s.Bind(2, static_cast<int64_t>(letter.attempt()));
    s.Bind(3, now);
    if (s.Step() != SQLITE_DONE) return fail("cannot mark the article dead");
  }
  if (!Step(db_->commit)) return fail("cannot commit");
  return Status::Ok();
}

bool SqliteEventStore::IsCompleted(const std::string& article_id, std::string* status) {
  SqliteStatement s;
  if (s.Prepare(db_->conn, "SELECT status FROM articles WHERE id = ?1") != SQLITE_OK) return false;
  s.Bind(1, article_id);
  if (s.Step() != SQLITE_ROW) return false;
  if (status != nullptr) *status = s.Text(0);
  return true;
}

Status SqliteEventStore::QueryEventRows(
    const EventQuery& q, const std::function<bool(const v1::Event&, const EventRowInfo&)>& each) {
  if (Status s = rows::CheckEventQuery(q); !s.ok()) return s;
  std::string sql = fmt::format(
      "SELECT {} FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE e.seq > ?1", rows::kSelectEventColumns);
  // Fixed parameter numbers; unused ones stay unbound.
  if (!q.since_date.empty()) sql += " AND e.date >= ?2";
  if (!q.until_date.empty()) sql += " AND e.date <= ?3";
  const std::string code_end = rows::PrefixUpperBound(q.code_prefix);
  if (!q.code_prefix.empty()) sql += code_end.empty() ? " AND e.code >= ?4" : " AND e.code >= ?4 AND e.code < ?5";
  const std::string actor_end = rows::PrefixUpperBound(q.actor_prefix);
  if (!q.actor_prefix.empty()) {
    sql += actor_end.empty()
               ? " AND (e.source_code >= ?6 OR e.target_code >= ?6)"
               : " AND ((e.source_code >= ?6 AND e.source_code < ?7) OR (e.target_code >= ?6 AND e.target_code < ?7))";
  }
  if (!q.country.empty()) sql += " AND (e.source_country = ?8 OR e.target_country = ?8)";
  if (!q.article_id.empty()) sql += " AND e.article_id = ?9";
  if (q.stored_from_ms != 0) sql += " AND a.stored_at_ms >= ?11";
  if (q.stored_before_ms != 0) sql += " AND a.stored_at_ms < ?12";
  if (q.before_seq != 0) sql += " AND e.seq < ?13";
  sql += " ORDER BY e.seq";
  if (q.limit > 0) sql += " LIMIT ?10";

  SqliteStatement s;
  if (s.Prepare(db_->conn, sql) != SQLITE_OK) {
    return Status::Internal(fmt::format("store {}: cannot prepare query: {}", path_, db_->Error()));
  }
  s.Bind(1, static_cast<int64_t>(q.since_seq));
  if (!q.since_date.empty()) s.Bind(2, q.since_date);
  if (!q.until_date.empty()) s.Bind(3, q.until_date);
  if (!q.code_prefix.empty()) {
    s.Bind(4, q.code_prefix);
    if (!code_end.empty()) s.Bind(5, code_end);
  }
  if (!q.actor_prefix.empty()) {
    s.Bind(6, q.actor_prefix);
    if (!actor_end.empty()) s.Bind(7, actor_end);
  }
  if (!q.country.empty()) s.Bind(8, q.country);
  if (!q.article_id.empty()) s.Bind(9, q.article_id);
  if (q.limit > 0) s.Bind(10, static_cast<int64_t>(q.limit));
  if (q.stored_from_ms != 0) s.Bind(11, q.stored_from_ms);
  if (q.stored_before_ms != 0) s.Bind(12, q.stored_before_ms);
  if (q.before_seq != 0) s.Bind(13, static_cast<int64_t>(q.before_seq));

  v1::Event e;
  EventRowInfo info;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    rows::ReadEventColumns(s, &e);
    if (!rows::IssuesFromJson(s.Text(24), &e)) {
      return Status::IoError(fmt::format("store {}: event {} has malformed issues", path_, e.id()));
    }
    info.stored_at_ms = s.Int(29);
    if (!each(e, info)) return Status::Ok();
  }
  if (rc != SQLITE_DONE) return Status::IoError(fmt::format("store {}: query failed: {}", path_, db_->Error()));
  return Status::Ok();
}

Status SqliteEventStore::QueryDeadLetters(const DeadLetterQuery& q,
                                          const std::function<bool(const v1::DeadLetter&)>& each) {
  std::string sql =
      "SELECT article_id, stage, reason, attempt, time_unix_ms, original, original_size "
      "FROM dead_letters WHERE 1";
  if (!q.article_id.empty()) sql += " AND article_id = ?1";
  if (!q.stage.empty()) sql += " AND stage = ?2";
  sql += " ORDER BY id";
  if (q.limit > 0) sql += " LIMIT ?3";
  SqliteStatement s;
  if (s.Prepare(db_->conn, sql) != SQLITE_OK) {
    return Status::Internal(fmt::format("store {}: cannot prepare query: {}", path_, db_->Error()));
  }
  if (!q.article_id.empty()) s.Bind(1, q.article_id);
  if (!q.stage.empty()) s.Bind(2, q.stage);
  if (q.limit > 0) s.Bind(3, static_cast<int64_t>(q.limit));
  v1::DeadLetter d;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    d.Clear();
    d.set_article_id(s.Text(0));
    d.set_stage(s.Text(1));
    d.set_reason(s.Text(2));
    d.set_attempt(static_cast<uint32_t>(s.Int(3)));
    d.set_time_unix_ms(s.Int(4));
    d.set_original(s.Blob(5));
    d.set_original_size(static_cast<uint64_t>(s.Int(6)));
    if (!each(d)) return Status::Ok();
  }
  if (rc != SQLITE_DONE) return Status::IoError(fmt::format("store {}: query failed: {}", path_, db_->Error()));
  return Status::Ok();
}

Status SqliteEventStore::QueryArticles(const ArticleQuery& q,
                                       const std::function<bool(const StoredArticle&)>& each) {
  std::string sql = fmt::format("SELECT {} FROM articles WHERE 1", kArticleColumns);
  if (!q.article_id.empty()) sql += " AND id = ?1";
  sql += " ORDER BY stored_at_ms, rowid";
  SqliteStatement s;
  if (s.Prepare(db_->conn, sql) != SQLITE_OK) {
    return Status::Internal(fmt::format("store {}: cannot prepare query: {}", path_, db_->Error()));
  }
  if (!q.article_id.empty()) s.Bind(1, q.article_id);
  StoredArticle a;
  uint64_t n = 0;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    a = StoredArticle{s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5), s.Text(6),
                      rows::DisplayStatus(s.Text(7), s.Text(8)), s.Text(8),
                      static_cast<uint64_t>(s.Int(9)), static_cast<uint32_t>(s.Int(10)), s.Int(11)};
    if (a.status.compare(0, q.status_prefix.size(), q.status_prefix) != 0) continue;
    if (!each(a) || (q.limit > 0 && ++n >= q.limit)) return Status::Ok();
  }
  if (rc != SQLITE_DONE) return Status::IoError(fmt::format("store {}: query failed: {}", path_, db_->Error()));
  return Status::Ok();
}

Status SqliteEventStore::Counts(StoreCounts* counts) {
  SqliteStatement s;
  const char* sql =
      "SELECT (SELECT count(*) FROM articles), "
      "(SELECT count(*) FROM articles WHERE status = 'stored'), "
      "(SELECT count(*) FROM articles WHERE status = 'dead'), "
      "(SELECT count(*) FROM articles WHERE status = 'stored' AND not_coded <> ''), "
      "(SELECT count(*) FROM events), "
      "(SELECT count(*) FROM dead_letters), "
      "(SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'events')";
  if (s.Prepare(db_->conn, sql) != SQLITE_OK || s.Step() != SQLITE_ROW) {
    return Status::IoError(fmt::format("store {}: cannot count: {}", path_, db_->Error()));
  }
  counts->articles = static_cast<uint64_t>(s.Int(0));
  counts->stored_articles = static_cast<uint64_t>(s.Int(1));
  counts->dead_articles = static_cast<uint64_t>(s.Int(2));
  counts->not_coded_articles = static_cast<uint64_t>(s.Int(3));
  counts->events = static_cast<uint64_t>(s.Int(4));
  counts->dead_letters = static_cast<uint64_t>(s.Int(5));
  counts->max_seq = static_cast<uint64_t>(s.Int(6));
  return Status::Ok();
}

Status SqliteEventStore::LastSeqStoredBefore(int64_t unix_ms, uint64_t* seq) {
  SqliteStatement s;
  const char* sql =
      "SELECT coalesce(max(e.seq), 0) FROM events e JOIN articles a ON a.id = e.article_id "
      "WHERE a.stored_at_ms < ?1";
  if (s.Prepare(db_->conn, sql) != SQLITE_OK) {
    return Status::Internal(fmt::format("store {}: cannot prepare query: {}", path_, db_->Error()));
  }
  s.Bind(1, unix_ms);
  if (s.Step() != SQLITE_ROW) {
    return Status::IoError(fmt::format("store {}: query failed: {}", path_, db_->Error()));
  }
  *seq = static_cast<uint64_t>(s.Int(0));
  return Status::Ok();
}

}  // namespace

Status OpenSqliteEventStore(const std::string& path, bool read_only, std::unique_ptr<EventStore>* store) {
  std::unique_ptr<Db> db;
  int64_t version = 0;
  bool fresh = false;
  if (Status s = OpenFile(path, read_only, &db, &version, &fresh); !s.ok()) return s;
  if (read_only) {
    if (fresh) return Status::InvalidInput(fmt::format("{} is an empty database, not a tidings store", path));
    if (version < EventStore::kSchemaVersion) {
      return Status::Config(fmt::format(
          "store {} has the old schema version {}: run `tidings migrate --db {}` (or start the "
          "daemon once) to upgrade it",
          path, version, path));
    }
    if (Status s = Exec(db->conn, path, "PRAGMA query_only = 1"); !s.ok()) return s;
  } else {
    if (Status s = SetUpWriter(db.get(), path); !s.ok()) return s;
    if (Status s = MigrateLocked(db->conn, path, version); !s.ok()) return s;
    if (Status s = PrepareWriterStatements(db.get(), path); !s.ok()) return s;
    StartCheckpointer(db.get(), path);
  }
  store->reset(new SqliteEventStore(path, std::move(db)));
  return Status::Ok();
}

Status MigrateSqliteStore(const std::string& path, int* from, int* to) {
  std::unique_ptr<Db> db;
  int64_t version = 0;
  bool fresh = false;
  if (Status s = OpenFile(path, /*read_only=*/false, &db, &version, &fresh); !s.ok()) return s;
  if (from != nullptr) *from = static_cast<int>(version);
  if (Status s = SetUpWriter(db.get(), path); !s.ok()) return s;
  if (Status s = MigrateLocked(db->conn, path, version); !s.ok()) return s;
  if (to != nullptr) *to = EventStore::kSchemaVersion;
  return Status::Ok();
}

}  // namespace tidings::store
