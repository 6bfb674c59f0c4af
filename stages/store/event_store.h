// The store stage's logic: articles, their coded events and dead letters in one SQLite file.
// No sockets here: the store process publishes the events this class numbers.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
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
  uint64_t limit = 0;        // 0: no limit
};

struct DeadLetterQuery {
  std::string article_id;
  std::string stage;         // "fetch", "clean", ...
  uint64_t limit = 0;        // 0: no limit
};

struct StoreCounts {
  uint64_t articles = 0;       // articles with a completion mark (stored or dead)
  uint64_t stored_articles = 0;
  uint64_t dead_articles = 0;
  uint64_t events = 0;
  uint64_t dead_letters = 0;
  uint64_t max_seq = 0;        // highest event seq ever assigned (0: none)
};

// One SQLite file (WAL mode) holding articles, events and dead letters.
//
// Thread-compatible: one EventStore per thread; one writer process per file (the store stage),
// any number of read-only instances (the CLI) in other processes. Callbacks run inside the
// query and must not call back into the same EventStore.
class EventStore {
 public:
  // Opens the store at `path`, creating it (and its parent directories) unless read_only.
  // Sets WAL mode and synchronous=NORMAL (a commit survives a process crash; the journal of
  // acknowledged articles guards against power loss) and migrates the schema by user_version.
  // Fails with a clear Status when the file is missing (read_only), cannot be opened, is not an
  // SQLite file, is another application's database, or was written by a newer tidings.
  static Status Open(const std::string& path, std::unique_ptr<EventStore>* store,
                     bool read_only = false);
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  // Commits the article, its events and the article's completion mark in ONE transaction.
  // Idempotent by article id: when the article is already stored nothing changes and
  // *already_stored is true (a replay is a no-op; the events keep seq 0). An article that so
  // far only has a dead letter is upgraded to stored. Each new event gets its seq (its rowid,
  // monotonic, never reused) written into `coded` in place; events without an id get
  // "<article_id>:<sentence_index>:<n>", without article_id / url / publisher get the article's.
  // Fails (storing nothing, seqs left 0) on an empty article id, an event of another article,
  // a duplicate event id or a write error.
  // A near-duplicate (article.duplicate_of names an article already stored) is stored as an
  // article with no events of its own: its events are removed from `coded`, and the
  // original's events get num_articles / num_sources raised (GDELT's NumArticles/NumSources).
  Status StoreCodedArticle(v1::CodedArticle* coded, uint32_t attempt, bool* already_stored);

  // Keeps a dead letter (stage, reason, article id, attempt, time, original bytes). An article
  // id with a dead letter counts as completed with status "dead" unless it is already stored.
  // Idempotent by (article id, stage, attempt): *already_stored (optional) says so.
  // At most kMaxStoredOriginalBytes of the original are kept (original_size keeps the full
  // size, or the original's length when the letter leaves it 0); time 0 means now.
  Status StoreDeadLetter(const v1::DeadLetter& letter, bool* already_stored = nullptr);

  // True when the article has a completion mark; *status (optional) gets "stored" or "dead".
  // A read error counts as not completed.
  bool IsCompleted(const std::string& article_id, std::string* status = nullptr);

  // Calls `each` per matching event (every field, seq included) in seq order until it returns
  // false. InvalidInput for a malformed date.
  Status QueryEvents(const EventQuery& query, const std::function<bool(const v1::Event&)>& each);
  // Dead letters in the order they were stored.
  Status QueryDeadLetters(const DeadLetterQuery& query,
                          const std::function<bool(const v1::DeadLetter&)>& each);
  Status Counts(StoreCounts* counts);
  // The highest seq among events of articles stored before `unix_ms` (0: none). Seqs grow in
  // commit order, so the events stored at or after that time are exactly those with a larger
  // seq (what `tidings subscribe --since TIME` replays).
  Status LastSeqStoredBefore(int64_t unix_ms, uint64_t* seq);

  const std::string& path() const { return path_; }

  static constexpr int kSchemaVersion = 1;
  // A 100 MB body that was refused must not become a 100 MB row.
  static constexpr size_t kMaxStoredOriginalBytes = 1 << 20;

 private:
  struct Db;  // the SQLite connection and prepared statements, kept out of this header
  EventStore(std::string path, std::unique_ptr<Db> db);
  Status CountCopyLocked(const v1::CleanArticle& article, bool* counted);
  std::string path_;
  std::unique_ptr<Db> db_;
};

}  // namespace tidings::store
