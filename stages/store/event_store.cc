#include "store/event_store.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>
#include <system_error>
#include <vector>

#include "store/sqlite_statement.h"

namespace tidings::store {

namespace {

// PRAGMA application_id of a tidings store ("TDNG"): tells our files from other SQLite files.
constexpr int32_t kApplicationId = 0x54444E47;

// Schema version 1. Each event row holds every field of the Event proto so that it can be
// rebuilt exactly; an absent Actor / Location message is stored as NULL columns. The event id
// ("<article_id>:<sentence_index>:<n>") is unique, which makes (article, sentence, n) unique.
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

constexpr const char* kEventColumns =
    "seq, id, article_id, sentence_index, source_code, source_text, source_country, target_code, "
    "target_text, target_country, code, root, quad_class, goldstein, date, sentence, pattern, verb, "
    "root_mention, location_name, location_country, latitude, longitude, has_coordinates, issues, "
    "url, publisher, num_articles, num_sources";

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// The smallest string greater than every string starting with `prefix` ("" when none is):
// lets a prefix filter be a range that SQLite answers from an index, with no LIKE escaping.
std::string PrefixUpperBound(std::string prefix) {
  while (!prefix.empty()) {
    auto last = static_cast<unsigned char>(prefix.back());
    if (last < 0xFF) {
      prefix.back() = static_cast<char>(last + 1);
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix;
}

std::string IssuesToJson(const v1::Event& e) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& issue : e.issues()) a.push_back(issue);
  return a.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string LabelsToJson(const v1::CleanArticle& a) {
  nlohmann::json o = nlohmann::json::object();
  for (const auto& [k, v] : a.labels()) o[k] = v;
  return o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

struct EventStore::Db {
  sqlite3* conn = nullptr;
  SqliteStatement begin, commit, rollback;
  SqliteStatement article_status, upsert_article, insert_event;
  SqliteStatement insert_dead_letter, mark_dead;

  // close_v2 defers the actual close until the member statements are finalized just after.
  ~Db() { sqlite3_close_v2(conn); }
  std::string Error() const { return sqlite3_errmsg(conn); }
};

namespace {

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

}  // namespace

EventStore::EventStore(std::string path, std::unique_ptr<Db> db)
    : path_(std::move(path)), db_(std::move(db)) {}

EventStore::~EventStore() = default;

Status EventStore::Open(const std::string& path, std::unique_ptr<EventStore>* store, bool read_only) {
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
        return Status::IoError(
            fmt::format("cannot create the directory {} for the store: {}", parent.string(), ec.message()));
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
  int64_t app_id = 0, version = 0, tables = 0;
  if (Status s = PragmaInt(db->conn, path, "application_id", &app_id); !s.ok()) return s;
  if (Status s = PragmaInt(db->conn, path, "user_version", &version); !s.ok()) return s;
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
  const bool fresh = tables == 0 && version == 0 && app_id == 0;
  if (!fresh && app_id != kApplicationId) {
    return Status::InvalidInput(fmt::format(
        "{} is an SQLite database of another application, not a tidings store", path));
  }
  if (version > kSchemaVersion) {
    return Status::Config(fmt::format(
        "store {} has schema version {}, newer than this build's {}: upgrade tidings", path, version,
        kSchemaVersion));
  }
  if (read_only) {
    if (fresh) return Status::InvalidInput(fmt::format("{} is an empty database, not a tidings store", path));
    if (version < kSchemaVersion) {
      return Status::Config(fmt::format(
          "store {} has the old schema version {}: open it once with the daemon to migrate it", path,
          version));
    }
    if (Status s = Exec(db->conn, path, "PRAGMA query_only = 1"); !s.ok()) return s;
  } else {
    {
      SqliteStatement wal;
      int rc = wal.Prepare(db->conn, "PRAGMA journal_mode = WAL");
      if (rc == SQLITE_OK) rc = wal.Step();
      if (rc != SQLITE_ROW || wal.Text(0) != "wal") {
        return Status::IoError(fmt::format("cannot switch store {} to WAL mode: {}", path,
                                           sqlite3_errmsg(db->conn)));
      }
    }
    if (Status s = Exec(db->conn, path, "PRAGMA synchronous = NORMAL"); !s.ok()) return s;
    // Migrations, one per schema version, each in its own transaction.
    if (version < 1) {
      std::string sql = fmt::format("BEGIN IMMEDIATE; {} PRAGMA application_id = {}; PRAGMA user_version = 1; COMMIT;",
                                    kSchemaV1, kApplicationId);
      if (Status s = Exec(db->conn, path, sql.c_str()); !s.ok()) {
        Exec(db->conn, path, "ROLLBACK");
        return s;
      }
    }
    struct {
      SqliteStatement* stmt;
      const char* sql;
    } prepared[] = {
        {&db->begin, "BEGIN IMMEDIATE"},
        {&db->commit, "COMMIT"},
        {&db->rollback, "ROLLBACK"},
        {&db->article_status, "SELECT status FROM articles WHERE id = ?1"},
        {&db->upsert_article,
         "INSERT INTO articles (id, url, canonical_url, title, source, site_name, published, language, "
         "duplicate_of, labels, event_count, status, attempt, stored_at_ms) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'stored', ?12, ?13) "
         "ON CONFLICT (id) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url, "
         "title = excluded.title, source = excluded.source, site_name = excluded.site_name, "
         "published = excluded.published, language = excluded.language, "
         "duplicate_of = excluded.duplicate_of, labels = excluded.labels, "
         "event_count = excluded.event_count, status = 'stored', attempt = excluded.attempt, "
         "stored_at_ms = excluded.stored_at_ms"},
        {&db->insert_event,
         "INSERT INTO events (id, article_id, sentence_index, source_code, source_text, source_country, "
         "target_code, target_text, target_country, code, root, quad_class, goldstein, date, sentence, "
         "pattern, verb, root_mention, location_name, location_country, latitude, longitude, "
         "has_coordinates, issues, url, publisher) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
         "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)"},
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
  }
  store->reset(new EventStore(path, std::move(db)));
  return Status::Ok();
}

// Inside the caller's transaction: when the original is stored, records `article` as its copy
// and refreshes the original's events' num_articles / num_sources. *counted = false when the
// original is not (or not yet) in the store: the copy is then stored as an article of its own.
Status EventStore::CountCopyLocked(const v1::CleanArticle& article, bool* counted) {
  *counted = false;
  const std::string& original = article.duplicate_of();
  auto run = [&](const std::string& sql, const std::vector<std::string>& args, int64_t* out) -> Status {
    SqliteStatement st;
    if (st.Prepare(db_->conn, sql) != SQLITE_OK) {
      return Status::IoError(fmt::format("store {}: {}", path_, db_->Error()));
    }
    for (size_t i = 0; i < args.size(); ++i) st.Bind(static_cast<int>(i + 1), args[i]);
    int rc = st.Step();
    if (rc == SQLITE_ROW && out != nullptr) *out = st.Int(0);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
      return Status::IoError(fmt::format("store {}: {}", path_, db_->Error()));
    }
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

Status EventStore::StoreCodedArticle(v1::CodedArticle* coded, uint32_t attempt, bool* already_stored) {
  if (already_stored != nullptr) *already_stored = false;
  if (!db_->insert_event.prepared()) return Status::InvalidInput(fmt::format("store {} is open read-only", path_));
  const v1::CleanArticle& article = coded->article();
  if (article.id().empty()) return Status::InvalidInput("coded article has no article id");

  auto fail = [&](Status s) {
    SqliteStatement::ScopedUse use(db_->rollback);
    db_->rollback.Step();
    return s;
  };
  auto io_error = [&](const char* what) {
    return Status::IoError(fmt::format("store {}: {} for article {}: {}", path_, what, article.id(), db_->Error()));
  };

  {
    SqliteStatement::ScopedUse use(db_->begin);
    if (db_->begin.Step() != SQLITE_DONE) return io_error("cannot begin a transaction");
  }
  {
    SqliteStatement::ScopedUse use(db_->article_status);
    db_->article_status.Bind(1, article.id());
    int rc = db_->article_status.Step();
    if (rc == SQLITE_ROW && db_->article_status.Text(0) == "stored") {
      if (already_stored != nullptr) *already_stored = true;
      return fail(Status::Ok());  // nothing to write: end the transaction
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return fail(io_error("cannot read the article's status"));
  }

  const int64_t now = NowMs();
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
    s.Bind(10, LabelsToJson(article));
    s.Bind(11, static_cast<int64_t>(coded->events_size()));
    s.Bind(12, static_cast<int64_t>(attempt));
    s.Bind(13, now);
    if (s.Step() != SQLITE_DONE) return fail(io_error("cannot write the article"));
  }

  // A near-duplicate (syndicated copy) of an article already stored is not separate news: its
  // events are not stored again; the original's events count one more article (and source).
  if (!article.duplicate_of().empty() && article.duplicate_of() != article.id()) {
    bool counted = false;
    Status s = CountCopyLocked(article, &counted);
    if (!s.ok()) return fail(s);
    if (counted) {
      {
        SqliteStatement::ScopedUse use(db_->commit);
        if (db_->commit.Step() != SQLITE_DONE) return fail(io_error("cannot commit"));
      }
      coded->clear_events();
      return Status::Ok();
    }
  }

  // Work on a copy so that a failed transaction leaves the caller's events as they were.
  google::protobuf::RepeatedPtrField<v1::Event> events = coded->events();
  std::map<uint32_t, int> per_sentence;  // numbering of events that come without an id
  for (v1::Event& e : events) {
    if (e.article_id().empty()) e.set_article_id(article.id());
    if (e.article_id() != article.id()) {
      return fail(Status::InvalidInput(fmt::format("event {} belongs to article {}, not to article {}",
                                                   e.id(), e.article_id(), article.id())));
    }
    int n = per_sentence[e.sentence_index()]++;
    if (e.id().empty()) e.set_id(fmt::format("{}:{}:{}", article.id(), e.sentence_index(), n));
    if (e.url().empty()) e.set_url(article.url());
    if (e.publisher().empty()) e.set_publisher(article.source());
    e.set_num_articles(1);  // the column defaults; copies raise them later (CountCopyLocked)
    e.set_num_sources(1);

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
    }
    s.Bind(24, IssuesToJson(e));
    s.Bind(25, e.url());
    s.Bind(26, e.publisher());
    int rc = s.Step();
    if ((rc & 0xFF) == SQLITE_CONSTRAINT) {
      return fail(Status::InvalidInput(
          fmt::format("article {} has a duplicate event id {} (already in the store)", article.id(), e.id())));
    }
    if (rc != SQLITE_DONE) return fail(io_error("cannot write an event"));
    e.set_seq(static_cast<uint64_t>(sqlite3_last_insert_rowid(db_->conn)));
  }

  {
    SqliteStatement::ScopedUse use(db_->commit);
    if (db_->commit.Step() != SQLITE_DONE) return fail(io_error("cannot commit"));
  }
  *coded->mutable_events() = std::move(events);
  return Status::Ok();
}

Status EventStore::StoreDeadLetter(const v1::DeadLetter& letter, bool* already_stored) {
  if (already_stored != nullptr) *already_stored = false;
  if (!db_->insert_dead_letter.prepared()) {
    return Status::InvalidInput(fmt::format("store {} is open read-only", path_));
  }
  auto fail = [&](const char* what) {
    Status s = Status::IoError(fmt::format("store {}: {} (dead letter of article '{}'): {}", path_, what,
                                           letter.article_id(), db_->Error()));
    SqliteStatement::ScopedUse use(db_->rollback);
    db_->rollback.Step();
    return s;
  };
  {
    SqliteStatement::ScopedUse use(db_->begin);
    if (db_->begin.Step() != SQLITE_DONE) return fail("cannot begin a transaction");
  }
  const int64_t now = NowMs();
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
  SqliteStatement::ScopedUse use(db_->commit);
  if (db_->commit.Step() != SQLITE_DONE) return fail("cannot commit");
  return Status::Ok();
}

bool EventStore::IsCompleted(const std::string& article_id, std::string* status) {
  SqliteStatement s;
  if (s.Prepare(db_->conn, "SELECT status FROM articles WHERE id = ?1") != SQLITE_OK) return false;
  s.Bind(1, article_id);
  if (s.Step() != SQLITE_ROW) return false;
  if (status != nullptr) *status = s.Text(0);
  return true;
}

Status EventStore::QueryEvents(const EventQuery& q, const std::function<bool(const v1::Event&)>& each) {
  for (const std::string* d : {&q.since_date, &q.until_date}) {
    if (!d->empty() && !IsIsoDate(*d)) {
      return Status::InvalidInput(fmt::format("date '{}' is not in the form YYYY-MM-DD", *d));
    }
  }
  std::string sql = fmt::format("SELECT {} FROM events WHERE seq > ?1", kEventColumns);
  // Fixed parameter numbers; unused ones stay unbound.
  if (!q.since_date.empty()) sql += " AND date >= ?2";
  if (!q.until_date.empty()) sql += " AND date <= ?3";
  const std::string code_end = PrefixUpperBound(q.code_prefix);
  if (!q.code_prefix.empty()) sql += code_end.empty() ? " AND code >= ?4" : " AND code >= ?4 AND code < ?5";
  const std::string actor_end = PrefixUpperBound(q.actor_prefix);
  if (!q.actor_prefix.empty()) {
    sql += actor_end.empty()
               ? " AND (source_code >= ?6 OR target_code >= ?6)"
               : " AND ((source_code >= ?6 AND source_code < ?7) OR (target_code >= ?6 AND target_code < ?7))";
  }
  if (!q.country.empty()) sql += " AND (source_country = ?8 OR target_country = ?8)";
  if (!q.article_id.empty()) sql += " AND article_id = ?9";
  sql += " ORDER BY seq";
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

  v1::Event e;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    e.Clear();
    e.set_seq(static_cast<uint64_t>(s.Int(0)));
    e.set_id(s.Text(1));
    e.set_article_id(s.Text(2));
    e.set_sentence_index(static_cast<uint32_t>(s.Int(3)));
    if (!s.IsNull(4)) {
      e.mutable_source()->set_code(s.Text(4));
      e.mutable_source()->set_text(s.Text(5));
      e.mutable_source()->set_country(s.Text(6));
    }
    if (!s.IsNull(7)) {
      e.mutable_target()->set_code(s.Text(7));
      e.mutable_target()->set_text(s.Text(8));
      e.mutable_target()->set_country(s.Text(9));
    }
    e.set_code(s.Text(10));
    e.set_root(s.Text(11));
    e.set_quad_class(static_cast<int32_t>(s.Int(12)));
    e.set_goldstein(s.Double(13));
    e.set_date(s.Text(14));
    e.set_sentence(s.Text(15));
    e.set_pattern(s.Text(16));
    e.set_verb(s.Text(17));
    e.set_root_mention(s.Int(18) != 0);
    if (!s.IsNull(19)) {
      v1::Location* loc = e.mutable_location();
      loc->set_name(s.Text(19));
      loc->set_country(s.Text(20));
      loc->set_latitude(s.Double(21));
      loc->set_longitude(s.Double(22));
      loc->set_has_coordinates(s.Int(23) != 0);
    }
    auto issues = nlohmann::json::parse(s.Text(24), nullptr, /*allow_exceptions=*/false);
    if (!issues.is_array()) {
      return Status::IoError(fmt::format("store {}: event {} has malformed issues", path_, e.id()));
    }
    for (const auto& issue : issues) {
      if (issue.is_string()) e.add_issues(issue.get<std::string>());
    }
    e.set_url(s.Text(25));
    e.set_publisher(s.Text(26));
    e.set_num_articles(static_cast<uint32_t>(s.Int(27)));
    e.set_num_sources(static_cast<uint32_t>(s.Int(28)));
    if (!each(e)) return Status::Ok();
  }
  if (rc != SQLITE_DONE) return Status::IoError(fmt::format("store {}: query failed: {}", path_, db_->Error()));
  return Status::Ok();
}

Status EventStore::QueryDeadLetters(const DeadLetterQuery& q,
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

Status EventStore::Counts(StoreCounts* counts) {
  SqliteStatement s;
  const char* sql =
      "SELECT (SELECT count(*) FROM articles), "
      "(SELECT count(*) FROM articles WHERE status = 'stored'), "
      "(SELECT count(*) FROM articles WHERE status = 'dead'), "
      "(SELECT count(*) FROM events), "
      "(SELECT count(*) FROM dead_letters), "
      "(SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'events')";
  if (s.Prepare(db_->conn, sql) != SQLITE_OK || s.Step() != SQLITE_ROW) {
    return Status::IoError(fmt::format("store {}: cannot count: {}", path_, db_->Error()));
  }
  counts->articles = static_cast<uint64_t>(s.Int(0));
  counts->stored_articles = static_cast<uint64_t>(s.Int(1));
  counts->dead_articles = static_cast<uint64_t>(s.Int(2));
  counts->events = static_cast<uint64_t>(s.Int(3));
  counts->dead_letters = static_cast<uint64_t>(s.Int(4));
  counts->max_seq = static_cast<uint64_t>(s.Int(5));
  return Status::Ok();
}

Status EventStore::LastSeqStoredBefore(int64_t unix_ms, uint64_t* seq) {
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

}  // namespace tidings::store
