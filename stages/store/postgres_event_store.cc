#include "store/postgres_event_store.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <vector>

#include "store/pg_connection.h"
#include "store/store_rows.h"

namespace tidings::store {

namespace {

// pg_advisory_xact_lock key ("TDNG") held while the schema is created or upgraded.
constexpr int64_t kMigrationLock = 0x54444E47;

// The tables of sqlite_event_store.cc with PostgreSQL types. Integers 0/1 stay integers (not
// booleans) so that one SQL query reads both backends alike; codes, dates and ids compare
// bytewise (COLLATE "C") whatever the database's locale, which prefix filters rely on.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE tidings_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO tidings_meta (key, value) VALUES ('application', 'tidings'), ('schema_version', '0');
CREATE TABLE articles (
  id TEXT COLLATE "C" PRIMARY KEY NOT NULL,
  url TEXT NOT NULL DEFAULT '',
  canonical_url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  site_name TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  duplicate_of TEXT COLLATE "C" NOT NULL DEFAULT '',
  labels TEXT NOT NULL DEFAULT '{}',
  event_count BIGINT NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('stored', 'dead')),
  attempt BIGINT NOT NULL DEFAULT 0,
  stored_at_ms BIGINT NOT NULL
);
CREATE TABLE events (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  article_id TEXT COLLATE "C" NOT NULL,
  sentence_index BIGINT NOT NULL,
  source_code TEXT COLLATE "C", source_text TEXT, source_country TEXT COLLATE "C",
  target_code TEXT COLLATE "C", target_text TEXT, target_country TEXT COLLATE "C",
  code TEXT COLLATE "C" NOT NULL,
  root TEXT COLLATE "C" NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  date TEXT COLLATE "C" NOT NULL,
  sentence TEXT NOT NULL,
  pattern TEXT NOT NULL,
  verb TEXT NOT NULL,
  root_mention INTEGER NOT NULL,
  location_name TEXT, location_country TEXT COLLATE "C",
  latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, has_coordinates INTEGER,
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
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id TEXT COLLATE "C",
  stage TEXT NOT NULL,
  reason TEXT NOT NULL,
  attempt BIGINT NOT NULL,
  time_unix_ms BIGINT NOT NULL,
  original BYTEA NOT NULL,
  original_size BIGINT NOT NULL,
  UNIQUE (article_id, stage, attempt)
);
CREATE INDEX dead_letters_by_stage ON dead_letters(stage);
CREATE TABLE article_copies (
  original_id TEXT COLLATE "C" NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (original_id, article_id)
);
)sql";

// Events per INSERT statement: 26 parameters each, under PostgreSQL's 65,535.
constexpr size_t kEventsPerInsert = 1000;

// Connection wait when the caller set no statement timeout (the CLI).
constexpr int kDefaultConnectTimeoutMs = 10000;

// Creates or upgrades the schema inside one transaction; *from gets the version found.
Status MigrateLocked(PgConnection& c, int* from) {
  if (Status s = c.Exec("BEGIN"); !s.ok()) return s;
  auto fail = [&](Status s) {
    if (!c.broken()) c.Exec("ROLLBACK");
    return s;
  };
  PgParams lock;
  lock.Add(kMigrationLock);
  if (Status s = c.Exec("SELECT pg_advisory_xact_lock($1::bigint)", lock); !s.ok()) return fail(s);
  PgResult found;
  Status s = c.Exec(
      "SELECT to_regclass('tidings_meta') IS NOT NULL, "
      "to_regclass('articles') IS NOT NULL OR to_regclass('events') IS NOT NULL, "
      "current_setting('server_encoding'), current_database(), current_schema()",
      {}, &found);
  if (!s.ok()) return fail(s);
  const bool has_meta = found.Text(0, 0) == "t";
  if (found.Text(0, 2) != "UTF8") {
    return fail(Status::Config(fmt::format(
        "store {}: database {} has encoding {}; tidings stores UTF-8 text: create the database "
        "with ENCODING 'UTF8'",
        c.describe(), found.String(0, 3), found.String(0, 2))));
  }
  int version = 0;
  if (!has_meta) {
    if (found.Text(0, 1) == "t") {
      return fail(Status::Config(fmt::format(
          "store {}: schema {} of database {} has tables named articles or events that tidings did "
          "not create; use another database or schema (options=-csearch_path=...)",
          c.describe(), found.String(0, 4), found.String(0, 3))));
    }
  } else {
    PgResult meta;
    if (Status m = c.Exec("SELECT key, value FROM tidings_meta", {}, &meta); !m.ok()) return fail(m);
    std::map<std::string, std::string> kv;
    for (int r = 0; r < meta.rows(); ++r) kv[meta.String(r, 0)] = meta.String(r, 1);
    if (kv["application"] != "tidings") {
      return fail(Status::Config(fmt::format("store {}: tidings_meta belongs to another application",
                                             c.describe())));
    }
    version = std::atoi(kv["schema_version"].c_str());
  }
  if (from != nullptr) *from = version;
  if (version > EventStore::kSchemaVersion) {
    return fail(Status::Config(fmt::format(
        "store {} has schema version {}, newer than this build's {}: upgrade tidings", c.describe(),
        version, EventStore::kSchemaVersion)));
  }
  const std::pair<int, const char*> steps[] = {{1, kSchemaV1}, {2, rows::kSchemaV2}, {3, rows::kSchemaV3}};
  for (const auto& [to, sql] : steps) {
    if (version >= to) continue;
    if (Status m = c.ExecScript(sql); !m.ok()) return fail(m);
    version = to;
  }
  PgParams v;
  v.Add(static_cast<int64_t>(version));
  if (Status m = c.Exec("UPDATE tidings_meta SET value = $1 WHERE key = 'schema_version'", v); !m.ok()) {
    return fail(m);
  }
  return c.Exec("COMMIT");
}

// A reader needs the current schema.
Status CheckSchema(PgConnection& c) {
  PgResult r;
  if (Status s = c.Exec("SELECT to_regclass('tidings_meta') IS NOT NULL", {}, &r); !s.ok()) return s;
  int64_t version = -1;
  if (r.Text(0, 0) == "t") {
    Status s = c.Exec("SELECT value::int FROM tidings_meta WHERE key = 'schema_version'", {}, &r);
    if (!s.ok()) return s;
    if (r.rows() == 1) version = r.Int(0, 0);
  }
  if (version < 0) {
    return Status::NotFound(fmt::format(
        "store {} has no tidings tables: start the daemon with this store or run `tidings migrate "
        "--backend postgresql --url ...`",
        c.describe()));
  }
  if (version > EventStore::kSchemaVersion) {
    return Status::Config(fmt::format("store {} has schema version {}, newer than this build's {}: upgrade tidings",
                                      c.describe(), version, EventStore::kSchemaVersion));
  }
  if (version < EventStore::kSchemaVersion) {
    return Status::Config(fmt::format(
        "store {} has the old schema version {}: run `tidings migrate` (or start the daemon once) to "
        "upgrade it",
        c.describe(), version));
  }
  return Status::Ok();
}

// Row 0 of a single-row result, as rows::ReadEventColumns reads it.
struct SingleRow {
  const PgResult& r;
  bool IsNull(int col) const { return r.IsNull(0, col); }
  std::string Text(int col) const { return r.String(0, col); }
  int64_t Int(int col) const { return r.Int(0, col); }
  double Double(int col) const { return r.Double(0, col); }
};

class PostgresEventStore : public EventStore {
 public:
  PostgresEventStore(std::string url, OpenOptions options)
      : url_(std::move(url)), describe_(RedactPostgresUrl(url_)), options_(options) {}

  // Connects (and sets the session up) unless a live connection exists.
  Status Connection();

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
  std::string Describe() const override { return describe_; }

 private:
  // BEGIN ... COMMIT of a batch; items that cannot be stored get InvalidInput before any write.
  Status WriteBatchLocked(std::span<CodedBatchItem> items, std::vector<rows::WrittenArticle>* written);
  Status UpsertArticleLocked(const CodedBatchItem& item, int64_t now);
  // The INSERT ... ON CONFLICT of an article (status stored), its values added to *params.
  std::string UpsertArticleSql(const CodedBatchItem& item, int64_t now, PgParams* params);
  // Inserts the events and sets their seqs; with `article`, its upsert goes in the same
  // statement (one round trip).
  Status InsertEventsLocked(google::protobuf::RepeatedPtrField<v1::Event>* events, const CodedBatchItem* article,
                            int64_t now);
  Status CountCopyLocked(const v1::CleanArticle& article, bool* counted);
  void RollbackQuietly() {
    if (conn_ && !conn_->broken()) conn_->Exec("ROLLBACK");
  }
  Status ReadOnlyError() const {
    return Status::InvalidInput(fmt::format("store {} is open read-only", describe_));
  }

  const std::string url_;
  const std::string describe_;
  const OpenOptions options_;
  std::unique_ptr<PgConnection> conn_;
};

Status PostgresEventStore::Connection() {
  if (conn_ && !conn_->broken()) return Status::Ok();
  conn_.reset();
  const int timeout = options_.statement_timeout_ms > 0 ? options_.statement_timeout_ms : kDefaultConnectTimeoutMs;
  std::unique_ptr<PgConnection> c;
  if (Status s = PgConnection::Connect(url_, timeout, &c); !s.ok()) return s;
  c->set_timeout_ms(options_.statement_timeout_ms);
  if (options_.read_only) {
    if (Status s = c->Exec("SET default_transaction_read_only = on"); !s.ok()) return s;
    if (Status s = CheckSchema(*c); !s.ok()) return s;
  } else if (Status s = MigrateLocked(*c, nullptr); !s.ok()) {
    return s;
  }
  conn_ = std::move(c);
  return Status::Ok();
}

Status PostgresEventStore::StoreCodedArticles(std::span<CodedBatchItem> items) {
  for (auto& item : items) {
    item.status = Status::Ok();
    item.already_stored = false;
  }
  auto fail_all = [&](Status s) {
    for (auto& item : items) item.status = s;
    return s;
  };
  if (options_.read_only) return fail_all(ReadOnlyError());
  if (Status s = Connection(); !s.ok()) return fail_all(s);
  std::vector<rows::WrittenArticle> written(items.size());
  Status tx = WriteBatchLocked(items, &written);
  if (!tx.ok()) {
    RollbackQuietly();
    if (tx.code() != Status::Code::kInvalidInput) return fail_all(tx);
    if (items.size() == 1) {
      items[0].status = tx;
      return Status::Ok();
    }
    // One article broke the transaction (an event id already in the store): one transaction
    // per article, so that only that one is left out.
    Status first_failure;
    for (auto& item : items) {
      Status s = StoreCodedArticles(std::span<CodedBatchItem>(&item, 1));
      if (!s.ok() && first_failure.ok()) first_failure = s;
    }
    return first_failure;
  }
  rows::ApplyWritten(items, written);
  return Status::Ok();
}

Status PostgresEventStore::WriteBatchLocked(std::span<CodedBatchItem> items, std::vector<rows::WrittenArticle>* written) {
  if (Status s = conn_->Exec("BEGIN"); !s.ok()) return s;
  std::vector<std::string> ids;
  for (const auto& item : items) ids.push_back(item.coded->article().id());
  std::set<std::string> stored;  // committed before, or earlier in this batch
  {
    PgParams p;
    PgResult r;
    std::string sql = "SELECT id FROM articles WHERE status = 'stored' AND id = ANY(" + p.AddTextArray(ids) + "::text[])";
    if (Status s = conn_->Exec(sql, p, &r); !s.ok()) return s;
    for (int i = 0; i < r.rows(); ++i) stored.insert(r.String(i, 0));
  }
  const int64_t now = rows::NowMs();
  for (size_t i = 0; i < items.size(); ++i) {
    CodedBatchItem& item = items[i];
    const v1::CleanArticle& article = item.coded->article();
    if (article.id().empty()) {
      item.status = Status::InvalidInput("coded article has no article id");
      continue;
    }
    if (stored.count(article.id())) {
      item.already_stored = true;
      continue;
    }
    rows::WrittenArticle& w = (*written)[i];
    w.events = item.coded->events();
    if (Status s = rows::PrepareEvents(article, &w.events); !s.ok()) {
      item.status = s;
      continue;
    }
    stored.insert(article.id());
    if (article.duplicate_of().empty() || article.duplicate_of() == article.id()) {
      // The usual case in one round trip: the article and its events in one statement.
      if (Status s = InsertEventsLocked(&w.events, &item, now); !s.ok()) return s;
      continue;
    }
    // A near-duplicate: whether its original is stored decides what to write.
    if (Status s = UpsertArticleLocked(item, now); !s.ok()) return s;
    if (Status s = CountCopyLocked(article, &w.counted_as_copy); !s.ok()) return s;
    if (w.counted_as_copy) continue;
    if (Status s = InsertEventsLocked(&w.events, nullptr, now); !s.ok()) return s;
  }
  return conn_->Exec("COMMIT");
}

Status PostgresEventStore::UpsertArticleLocked(const CodedBatchItem& item, int64_t now) {
  PgParams p;
  return conn_->Exec(UpsertArticleSql(item, now, &p), p);
}

std::string PostgresEventStore::UpsertArticleSql(const CodedBatchItem& item, int64_t now, PgParams* params) {
  const v1::CleanArticle& a = item.coded->article();
  PgParams& p = *params;
  std::string values = fmt::format(
      "{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, 'stored', {}, {}, {}", p.Add(a.id()), p.Add(a.url()),
      p.Add(a.canonical_url()), p.Add(a.title()), p.Add(a.source()), p.Add(a.site_name()), p.Add(a.published()),
      p.Add(a.language()), p.Add(a.duplicate_of()), p.Add(rows::LabelsToJson(a)),
      p.Add(static_cast<int64_t>(item.coded->events_size())), p.Add(static_cast<int64_t>(item.attempt)),
      p.Add(now), p.Add(item.coded->not_coded()));
  const std::string sql =
      "INSERT INTO articles (id, url, canonical_url, title, source, site_name, published, language, "
      "duplicate_of, labels, event_count, status, attempt, stored_at_ms, not_coded) VALUES (" + values + ") "
      "ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, canonical_url = EXCLUDED.canonical_url, "
      "title = EXCLUDED.title, source = EXCLUDED.source, site_name = EXCLUDED.site_name, "
      "published = EXCLUDED.published, language = EXCLUDED.language, duplicate_of = EXCLUDED.duplicate_of, "
      "labels = EXCLUDED.labels, event_count = EXCLUDED.event_count, status = 'stored', "
      "attempt = EXCLUDED.attempt, stored_at_ms = EXCLUDED.stored_at_ms, not_coded = EXCLUDED.not_coded";
  return sql;
}

Status PostgresEventStore::InsertEventsLocked(google::protobuf::RepeatedPtrField<v1::Event>* events,
                                              const CodedBatchItem* article, int64_t now) {
  if (article != nullptr && events->empty()) return UpsertArticleLocked(*article, now);
  for (int start = 0; start < events->size(); start += static_cast<int>(kEventsPerInsert)) {
    const int end = std::min(events->size(), start + static_cast<int>(kEventsPerInsert));
    PgParams p;
    std::string sql;
    if (article != nullptr && start == 0) sql = "WITH article AS (" + UpsertArticleSql(*article, now, &p) + ") ";
    sql += fmt::format("INSERT INTO events ({}) VALUES ", rows::kInsertEventColumns);
    for (int i = start; i < end; ++i) {
      const v1::Event& e = events->Get(i);
      const bool src = e.has_source(), tgt = e.has_target(), loc = e.has_location();
      sql += fmt::format(
          "{}({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {})",
          i > start ? ", " : "", p.Add(e.id()), p.Add(e.article_id()), p.Add(static_cast<int64_t>(e.sentence_index())),
          src ? p.Add(e.source().code()) : p.AddNull(), src ? p.Add(e.source().text()) : p.AddNull(),
          src ? p.Add(e.source().country()) : p.AddNull(), tgt ? p.Add(e.target().code()) : p.AddNull(),
          tgt ? p.Add(e.target().text()) : p.AddNull(), tgt ? p.Add(e.target().country()) : p.AddNull(),
          p.Add(e.code()), p.Add(e.root()), p.Add(static_cast<int64_t>(e.quad_class())), p.Add(e.goldstein()),
          p.Add(e.date()), p.Add(e.sentence()), p.Add(e.pattern()), p.Add(e.verb()),
          p.Add(static_cast<int64_t>(e.root_mention() ? 1 : 0)), loc ? p.Add(e.location().name()) : p.AddNull(),
          loc ? p.Add(e.location().country()) : p.AddNull(), loc ? p.Add(e.location().latitude()) : p.AddNull(),
          loc ? p.Add(e.location().longitude()) : p.AddNull(),
          loc ? p.Add(static_cast<int64_t>(e.location().has_coordinates() ? 1 : 0)) : p.AddNull(),
          p.Add(rows::IssuesToJson(e)), p.Add(e.url()), p.Add(e.publisher()),
          loc ? p.Add(static_cast<int64_t>(e.location().kind())) : p.AddNull());
    }
    sql += " RETURNING id, seq";
    PgResult r;
    Status s = conn_->Exec(sql, p, &r);
    if (s.code() == Status::Code::kInvalidInput) {
      return Status::InvalidInput(fmt::format("article {} has a duplicate event id (already in the store): {}",
                                              events->Get(start).article_id(), s.message()));
    }
    if (!s.ok()) return s;
    std::map<std::string_view, uint64_t> seqs;
    for (int i = 0; i < r.rows(); ++i) seqs[r.Text(i, 0)] = static_cast<uint64_t>(r.Int(i, 1));
    for (int i = start; i < end; ++i) {
      auto it = seqs.find(events->Get(i).id());
      if (it == seqs.end()) {
        return Status::Internal(fmt::format("store {}: no seq came back for event {}", describe_, events->Get(i).id()));
      }
      events->Mutable(i)->set_seq(it->second);
    }
  }
  return Status::Ok();
}

// As in the SQLite store: inside the caller's transaction, counts `article` as a copy of its
// original when the original is stored (*counted), refreshing the original's events' counts.
Status PostgresEventStore::CountCopyLocked(const v1::CleanArticle& article, bool* counted) {
  *counted = false;
  PgParams original;
  original.Add(article.duplicate_of());
  PgResult r;
  Status s = conn_->Exec("SELECT count(*) FROM articles WHERE id = $1::text AND status = 'stored'", original, &r);
  if (!s.ok() || r.Int(0, 0) == 0) return s;
  PgParams copy;
  copy.Add(article.duplicate_of());
  copy.Add(article.id());
  copy.Add(article.source());
  s = conn_->Exec("INSERT INTO article_copies (original_id, article_id, source) VALUES ($1, $2, $3) "
                  "ON CONFLICT DO NOTHING",
                  copy);
  if (!s.ok()) return s;
  s = conn_->Exec(
      "UPDATE events SET "
      "num_articles = 1 + (SELECT count(*) FROM article_copies WHERE original_id = $1::text), "
      "num_sources = (SELECT count(DISTINCT src) FROM ("
      "  SELECT source AS src FROM articles WHERE id = $1::text "
      "  UNION SELECT source AS src FROM article_copies WHERE original_id = $1::text) AS sources) "
      "WHERE article_id = $1::text",
      original);
  if (!s.ok()) return s;
  PgParams id;
  id.Add(article.id());
  s = conn_->Exec("UPDATE articles SET event_count = 0 WHERE id = $1", id);
  if (s.ok()) *counted = true;
  return s;
}

Status PostgresEventStore::StoreDeadLetter(const v1::DeadLetter& letter, bool* already_stored) {
  if (already_stored != nullptr) *already_stored = false;
  if (options_.read_only) return ReadOnlyError();
  if (Status s = Connection(); !s.ok()) return s;
  const int64_t now = rows::NowMs();
  PgParams p;
  const std::string article_id = p.AddOrNull(letter.article_id());
  std::string values = fmt::format(
      "{}, {}, {}, {}, {}, {}, {}", article_id, p.Add(letter.stage()), p.Add(letter.reason()),
      p.Add(static_cast<int64_t>(letter.attempt())), p.Add(letter.time_unix_ms() != 0 ? letter.time_unix_ms() : now),
      p.AddBytes(std::string_view(letter.original()).substr(0, kMaxStoredOriginalBytes)),
      p.Add(static_cast<int64_t>(letter.original_size() != 0 ? letter.original_size() : letter.original().size())));
  // One statement, so one implicit transaction: the letter and the article's dead mark.
  std::string sql =
      "WITH letter AS (INSERT INTO dead_letters (article_id, stage, reason, attempt, time_unix_ms, original, "
      "original_size) VALUES (" + values + ") ON CONFLICT (article_id, stage, attempt) DO NOTHING RETURNING 1)";
  if (!letter.article_id().empty()) {
    const std::string attempt = p.Add(static_cast<int64_t>(letter.attempt()));
    const std::string time = p.Add(now);
    sql += ", dead AS (INSERT INTO articles (id, status, attempt, stored_at_ms) VALUES (" + article_id + ", 'dead', " + attempt +
           ", " + time + ") ON CONFLICT (id) DO UPDATE SET attempt = GREATEST(articles.attempt, EXCLUDED.attempt) "
           "WHERE articles.status = 'dead')";
  }
  sql += " SELECT count(*) FROM letter";
  PgResult r;
  Status s = conn_->Exec(sql, p, &r);
  if (s.code() == Status::Code::kInvalidInput) return Status::IoError(s.message());
  if (!s.ok()) return s;
  if (r.Int(0, 0) == 0 && already_stored != nullptr) *already_stored = true;
  return Status::Ok();
}

bool PostgresEventStore::IsCompleted(const std::string& article_id, std::string* status) {
  if (!Connection().ok()) return false;
  PgParams p;
  p.Add(article_id);
  PgResult r;
  if (!conn_->Exec("SELECT status FROM articles WHERE id = $1", p, &r).ok() || r.rows() == 0) return false;
  if (status != nullptr) *status = r.String(0, 0);
  return true;
}

Status PostgresEventStore::QueryEventRows(
    const EventQuery& q, const std::function<bool(const v1::Event&, const EventRowInfo&)>& each) {
  if (Status s = rows::CheckEventQuery(q); !s.ok()) return s;
  if (Status s = Connection(); !s.ok()) return s;
  PgParams p;
  std::string sql = fmt::format("SELECT {} FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE e.seq > {}",
                                rows::kSelectEventColumns, p.Add(static_cast<int64_t>(q.since_seq)));
  if (!q.since_date.empty()) sql += " AND e.date >= " + p.Add(q.since_date);
  if (!q.until_date.empty()) sql += " AND e.date <= " + p.Add(q.until_date);
  if (!q.code_prefix.empty()) {
    sql += " AND e.code >= " + p.Add(q.code_prefix);
    if (std::string end = rows::PrefixUpperBound(q.code_prefix); !end.empty()) sql += " AND e.code < " + p.Add(end);
  }
  if (!q.actor_prefix.empty()) {
    const std::string from = p.Add(q.actor_prefix);
    const std::string end = rows::PrefixUpperBound(q.actor_prefix);
    if (end.empty()) {
      sql += fmt::format(" AND (e.source_code >= {0} OR e.target_code >= {0})", from);
    } else {
      const std::string to = p.Add(end);
      sql += fmt::format(" AND ((e.source_code >= {0} AND e.source_code < {1}) OR (e.target_code >= {0} AND "
                         "e.target_code < {1}))",
                         from, to);
    }
  }
  if (!q.country.empty()) sql += fmt::format(" AND (e.source_country = {0} OR e.target_country = {0})", p.Add(q.country));
  if (!q.article_id.empty()) sql += " AND e.article_id = " + p.Add(q.article_id);
  if (q.stored_from_ms != 0) sql += " AND a.stored_at_ms >= " + p.Add(q.stored_from_ms);
  if (q.stored_before_ms != 0) sql += " AND a.stored_at_ms < " + p.Add(q.stored_before_ms);
  if (q.before_seq != 0) sql += " AND e.seq < " + p.Add(static_cast<int64_t>(q.before_seq));
  sql += " ORDER BY e.seq";
  if (q.limit > 0) sql += " LIMIT " + p.Add(static_cast<int64_t>(q.limit));

  v1::Event e;
  EventRowInfo info;
  Status bad_row;
  Status s = conn_->ExecRows(sql, p, [&](const PgResult& r) {
    rows::ReadEventColumns(SingleRow{r}, &e);
    if (!rows::IssuesFromJson(r.String(0, 24), &e)) {
      bad_row = Status::IoError(fmt::format("store {}: event {} has malformed issues", describe_, e.id()));
      return false;
    }
    info.stored_at_ms = r.IsNull(0, 29) ? 0 : r.Int(0, 29);
    return each(e, info);
  });
  return bad_row.ok() ? s : bad_row;
}

Status PostgresEventStore::QueryDeadLetters(const DeadLetterQuery& q,
                                            const std::function<bool(const v1::DeadLetter&)>& each) {
  if (Status s = Connection(); !s.ok()) return s;
  PgParams p;
  std::string sql =
      "SELECT article_id, stage, reason, attempt, time_unix_ms, original, original_size FROM dead_letters WHERE true";
  if (!q.article_id.empty()) sql += " AND article_id = " + p.Add(q.article_id);
  if (!q.stage.empty()) sql += " AND stage = " + p.Add(q.stage);
  sql += " ORDER BY id";
  if (q.limit > 0) sql += " LIMIT " + p.Add(static_cast<int64_t>(q.limit));
  v1::DeadLetter d;
  return conn_->ExecRows(sql, p, [&](const PgResult& r) {
    d.Clear();
    d.set_article_id(r.String(0, 0));
    d.set_stage(r.String(0, 1));
    d.set_reason(r.String(0, 2));
    d.set_attempt(static_cast<uint32_t>(r.Int(0, 3)));
    d.set_time_unix_ms(r.Int(0, 4));
    d.set_original(r.Bytes(0, 5));
    d.set_original_size(static_cast<uint64_t>(r.Int(0, 6)));
    return each(d);
  });
}

Status PostgresEventStore::QueryArticles(const ArticleQuery& q,
                                         const std::function<bool(const StoredArticle&)>& each) {
  if (Status s = Connection(); !s.ok()) return s;
  PgParams p;
  std::string sql =
      "SELECT id, url, title, source, published, language, duplicate_of, status, not_coded, event_count, "
      "attempt, stored_at_ms FROM articles WHERE true";
  if (!q.article_id.empty()) sql += " AND id = " + p.Add(q.article_id);
  sql += " ORDER BY stored_at_ms, id";
  StoredArticle a;
  uint64_t n = 0;
  return conn_->ExecRows(sql, p, [&](const PgResult& r) {
    a = StoredArticle{r.String(0, 0), r.String(0, 1), r.String(0, 2), r.String(0, 3), r.String(0, 4),
                      r.String(0, 5), r.String(0, 6), rows::DisplayStatus(r.String(0, 7), r.String(0, 8)),
                      r.String(0, 8), static_cast<uint64_t>(r.Int(0, 9)), static_cast<uint32_t>(r.Int(0, 10)),
                      r.Int(0, 11)};
    if (a.status.compare(0, q.status_prefix.size(), q.status_prefix) != 0) return true;
    return each(a) && !(q.limit > 0 && ++n >= q.limit);
  });
}

Status PostgresEventStore::Counts(StoreCounts* counts) {
  if (Status s = Connection(); !s.ok()) return s;
  PgResult r;
  Status s = conn_->Exec(
      "SELECT (SELECT count(*) FROM articles), "
      "(SELECT count(*) FROM articles WHERE status = 'stored'), "
      "(SELECT count(*) FROM articles WHERE status = 'dead'), "
      "(SELECT count(*) FROM articles WHERE status = 'stored' AND not_coded <> ''), "
      "(SELECT count(*) FROM events), "
      "(SELECT count(*) FROM dead_letters), "
      "coalesce(pg_sequence_last_value(pg_get_serial_sequence('events', 'seq')::regclass), 0)",
      {}, &r);
  if (!s.ok()) return s;
  counts->articles = static_cast<uint64_t>(r.Int(0, 0));
  counts->stored_articles = static_cast<uint64_t>(r.Int(0, 1));
  counts->dead_articles = static_cast<uint64_t>(r.Int(0, 2));
  counts->not_coded_articles = static_cast<uint64_t>(r.Int(0, 3));
  counts->events = static_cast<uint64_t>(r.Int(0, 4));
  counts->dead_letters = static_cast<uint64_t>(r.Int(0, 5));
  counts->max_seq = static_cast<uint64_t>(r.Int(0, 6));
  return Status::Ok();
}

Status PostgresEventStore::LastSeqStoredBefore(int64_t unix_ms, uint64_t* seq) {
  if (Status s = Connection(); !s.ok()) return s;
  PgParams p;
  p.Add(unix_ms);
  PgResult r;
  Status s = conn_->Exec(
      "SELECT coalesce(max(e.seq), 0) FROM events e JOIN articles a ON a.id = e.article_id "
      "WHERE a.stored_at_ms < $1",
      p, &r);
  if (!s.ok()) return s;
  *seq = static_cast<uint64_t>(r.Int(0, 0));
  return Status::Ok();
}

}  // namespace

Status OpenPostgresEventStore(const std::string& url, const OpenOptions& options,
                              std::unique_ptr<EventStore>* store) {
  auto pg = std::make_unique<PostgresEventStore>(url, options);
  Status s = pg->Connection();
  if (!s.ok() && !(options.connect_lazily && s.code() == Status::Code::kBusy)) return s;
  *store = std::move(pg);
  return Status::Ok();
}

Status MigratePostgresStore(const std::string& url, int* from, int* to) {
  std::unique_ptr<PgConnection> c;
  if (Status s = PgConnection::Connect(url, kDefaultConnectTimeoutMs, &c); !s.ok()) return s;
  c->set_timeout_ms(0);
  if (Status s = MigrateLocked(*c, from); !s.ok()) return s;
  if (to != nullptr) *to = EventStore::kSchemaVersion;
  return Status::Ok();
}

}  // namespace tidings::store
