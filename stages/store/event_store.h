// The store stage's storage interface: articles, their coded events and dead letters, kept in
// an SQLite file (sqlite_event_store.h) or a PostgreSQL database (postgres_event_store.h) with
// the same tables, columns and semantics. No sockets here: the store process publishes the
// events this interface numbers.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>

#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::store {

// Filters for QueryEvents; empty / zero fields do not filter. All filters combine with AND.
struct EventQuery {
  std::string since_date;    // YYYY-MM-DD, inclusive, on the event date
  std::string until_date;    // YYYY-MM-DD, inclusive
  std::string code_prefix;   // CAMEO code prefix: "05" (a root) or "057" (a full code)
  std::string actor_prefix;  // matches the source OR the target code: "TUR", "TURGOV"
  std::string country;       // matches the source OR the target country (ISO 3166-1 alpha-3)
  std::string article_id;    // events of one article
  uint64_t since_seq = 0;    // only events with seq > since_seq
  uint64_t before_seq = 0;   // only events with seq < before_seq; 0 does not filter
  // When the event's article was stored (unix ms; GDELT's DATEADDED): from (inclusive) and
  // before (exclusive); 0 does not filter.
  int64_t stored_from_ms = 0;
  int64_t stored_before_ms = 0;
  uint64_t limit = 0;        // 0: no limit
};

struct DeadLetterQuery {
  std::string article_id;
  std::string stage;         // "fetch", "clean", ...
  uint64_t limit = 0;        // 0: no limit
};

// One row of the articles table, as `tidings query --articles` lists it.
struct StoredArticle {
  std::string id, url, title, source, published, language, duplicate_of;
  // "stored", "dead", or "not coded: language fr" (stored, but not coded: see not_coded).
  std::string status;
  std::string not_coded;     // why the coder did not code it ("language fr"); empty: coded
  uint64_t event_count = 0;
  uint32_t attempt = 0;
  int64_t stored_at_ms = 0;
};

struct ArticleQuery {
  std::string status_prefix;  // "stored", "dead", "not coded" (a prefix of StoredArticle::status)
  std::string article_id;
  uint64_t limit = 0;         // 0: no limit
};

struct StoreCounts {
  uint64_t articles = 0;       // articles with a completion mark (stored or dead)
  uint64_t stored_articles = 0;
  uint64_t dead_articles = 0;
  uint64_t not_coded_articles = 0;  // stored, with a not-coded reason (a language not covered)
  uint64_t events = 0;
  uint64_t dead_letters = 0;
  uint64_t max_seq = 0;        // highest event seq ever assigned (0: none)
};

// Extra columns of an event row that the Event message does not carry.
struct EventRowInfo {
  int64_t stored_at_ms = 0;    // when its article was committed (GDELT's DATEADDED)
};

enum class Backend { kSqlite, kPostgresql };

// Where a store lives: an SQLite file or a PostgreSQL database.
struct StoreLocation {
  Backend backend = Backend::kSqlite;
  std::string path;  // SQLite: the file
  std::string url;   // PostgreSQL: "postgresql://user:pass@host:5432/db" or "host=... dbname=..."
  // For messages: the path, or the URL with any password replaced by "***".
  std::string Describe() const;
};

// "sqlite" / "postgresql" (also "postgres"); InvalidInput naming the choices otherwise.
Status ParseBackend(const std::string& name, Backend* backend);
const char* BackendName(Backend backend);
// The URL (or key=value conninfo) with its password replaced by "***", for logs and errors.
std::string RedactPostgresUrl(const std::string& url);
// True when a PostgreSQL URL carries a password (a file holding it must be private).
bool PostgresUrlHasPassword(const std::string& url);

// One article of a batch for StoreCodedArticles: in, the coded article and its delivery
// attempt; out, its outcome.
struct CodedBatchItem {
  v1::CodedArticle* coded = nullptr;
  uint32_t attempt = 1;
  Status status;                // its own outcome (InvalidInput: left out of the batch)
  bool already_stored = false;  // a replay of an article committed before: nothing written
};

// How a store is opened.
struct OpenOptions {
  bool read_only = false;
  // PostgreSQL writer (the store stage): a server that cannot be reached yet is not an error;
  // the store connects on first use and operations answer Busy until it can.
  bool connect_lazily = false;
  // PostgreSQL: longest wait for one statement or a connection before the connection is given
  // up as broken (Busy); 0 waits as long as it takes (the CLI's reads). The stage uses about
  // two seconds, under its heartbeat liveness, so the supervisor never sees it hang.
  int statement_timeout_ms = 0;
};

// Articles, events and dead letters. Implementations: SQLite (WAL) and PostgreSQL (libpq).
//
// Thread-compatible: one EventStore per thread; one writer (the store stage) per store, any
// number of read-only instances (the CLI) in other processes. Callbacks run inside the query
// and must not call back into the same EventStore.
//
// Failures: Busy means the backend is unreachable for now (a PostgreSQL server restarting)
// and nothing was written: retry later. InvalidInput means this input can never be stored.
// IoError is any other failure of the backend.
class EventStore {
 public:
  // Opens (creating and migrating the schema unless read_only) the store at `where`. Fails with
  // a clear Status when it is missing (read-only), not a tidings store, another application's
  // database, written by a newer tidings (Config), or cannot be reached (IoError; Busy for an
  // unreachable server). Leaves *store untouched on error.
  static Status Open(const StoreLocation& where, const OpenOptions& options,
                     std::unique_ptr<EventStore>* store);
  // The SQLite store at `path` (sqlite_event_store.h says what it sets up).
  static Status Open(const std::string& path, std::unique_ptr<EventStore>* store,
                     bool read_only = false);
  // Creates or upgrades the schema at `where` to kSchemaVersion; *from / *to (optional) get the
  // versions before and after. Idempotent. Config error for a newer schema.
  static Status Migrate(const StoreLocation& where, int* from = nullptr, int* to = nullptr);

  virtual ~EventStore() = default;
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  // Commits the articles of `items`, each with its events and its completion mark, in ONE
  // transaction. Per article: idempotent by article id (already stored: nothing changes,
  // already_stored is true, its events keep seq 0); an article that so far only has a dead
  // letter is upgraded to stored; each new event gets its seq (monotonic in commit order,
  // never reused; there is one writer, so commits are serialised) written into `coded` in
  // place; events without an id get "<article_id>:<sentence_index>:<n>", without article_id /
  // url / publisher get the article's. An article with an empty id, an event of another
  // article or a duplicate event id gets InvalidInput and is left out; the others still
  // commit. A near-duplicate (article.duplicate_of names an article already stored) is stored
  // as an article with no events: its events are removed from `coded` and the original's
  // events get num_articles / num_sources raised (GDELT's NumArticles / NumSources).
  // coded->not_coded (a language the coder does not cover) is kept as the article's status.
  // Each item's status is its outcome, and an item that is not ok was not stored (its events
  // left as they were). Returns ok, or the first failure of the backend (Busy or IoError):
  // when the one transaction failed, every item has that status.
  virtual Status StoreCodedArticles(std::span<CodedBatchItem> items) = 0;

  // One article: StoreCodedArticles with a batch of one.
  Status StoreCodedArticle(v1::CodedArticle* coded, uint32_t attempt, bool* already_stored);

  // Keeps a dead letter (stage, reason, article id, attempt, time, original bytes). An article
  // id with a dead letter counts as completed with status "dead" unless it is already stored.
  // Idempotent by (article id, stage, attempt): *already_stored (optional) says so.
  // At most kMaxStoredOriginalBytes of the original are kept (original_size keeps the full
  // size, or the original's length when the letter leaves it 0); time 0 means now.
  virtual Status StoreDeadLetter(const v1::DeadLetter& letter, bool* already_stored = nullptr) = 0;

  // True when the article has a completion mark; *status (optional) gets "stored" or "dead".
  // A read error counts as not completed.
  virtual bool IsCompleted(const std::string& article_id, std::string* status = nullptr) = 0;

  // Calls `each` per matching event (every field, seq included) in seq order until it returns
  // false. InvalidInput for a malformed date.
  Status QueryEvents(const EventQuery& query, const std::function<bool(const v1::Event&)>& each);
  // The same, with the row's extra columns.
  virtual Status QueryEventRows(
      const EventQuery& query,
      const std::function<bool(const v1::Event&, const EventRowInfo&)>& each) = 0;
  // Dead letters in the order they were stored.
  virtual Status QueryDeadLetters(const DeadLetterQuery& query,
                                  const std::function<bool(const v1::DeadLetter&)>& each) = 0;
  // Articles in the order they were stored.
  virtual Status QueryArticles(const ArticleQuery& query,
                               const std::function<bool(const StoredArticle&)>& each) = 0;
  virtual Status Counts(StoreCounts* counts) = 0;
  // The highest seq among events of articles stored before `unix_ms` (0: none). Seqs grow in
  // commit order, so the events stored at or after that time are exactly those with a larger
  // seq (what `tidings subscribe --since TIME` replays).
  virtual Status LastSeqStoredBefore(int64_t unix_ms, uint64_t* seq) = 0;

  // The file path or the redacted URL, for messages.
  virtual std::string Describe() const = 0;

  // Version 2 added articles.not_coded.
  static constexpr int kSchemaVersion = 3;
  // A 100 MB body that was refused must not become a 100 MB row.
  static constexpr size_t kMaxStoredOriginalBytes = 1 << 20;

 protected:
  EventStore() = default;
};

}  // namespace tidings::store
