// The durable intake journal: every article the daemon acknowledges is first written here
// (SQLite, WAL, synchronous=FULL, so a committed append survives a crash or power loss).
// Payloads live in append-only segment files beside the database (payload_segments.h), as
// given or compressed (journal.codec, see payload_codec.h), and are handed back as given; a
// row holds where its payload is. Journals written before keep their payloads in their rows.
// Entries stay open until the store reports the article completed; open entries are
// re-injected after a timeout, a stage restart or a daemon start, with their attempt count
// raised, until they complete or are declared dead.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/payload_codec.h"
#include "daemon/payload_segments.h"
#include "tidings/status.h"
#include "tidings/wal_checkpointer.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tidings::daemon {

using WallClock = std::chrono::system_clock;

enum class AppendResult { kAccepted, kDuplicate };
enum class JournalState { kOpen = 0, kCompleted = 1, kDead = 2 };

// One open entry handed out for re-injection.
struct JournalEntry {
  std::string article_id;
  std::string bytes;                   // the serialized article as accepted
  uint32_t attempt = 1;                // 1 on first delivery, +1 per replay
  WallClock::time_point accepted;      // when Append committed it
  WallClock::time_point last_attempt;  // when it was last handed to the pipeline
};

struct JournalCounts {
  uint64_t open = 0;
  uint64_t completed = 0;  // including compacted entries still remembered for duplicates
  uint64_t dead = 0;
  uint64_t payload_bytes = 0;  // article payloads kept (open entries and not yet compacted ones),
                               // as stored: compressed or not (retention_bytes bounds these bytes)
};
// What CompactStep() may drop.
struct CompactionPolicy {
  std::chrono::milliseconds retention{std::chrono::hours(1)};  // completed payloads kept this long
  std::chrono::milliseconds forget_after{0};  // ids of completed entries forgotten after this; 0 = never
  uint64_t retention_bytes = 0;  // payloads kept in all; beyond, the oldest finished go first; 0 = no bound
  size_t max_rows = 256;         // entries touched by one step (keeps each transaction short)
};

struct CompactionStep {
  uint64_t payloads_dropped = 0;
  uint64_t bytes_dropped = 0;
  uint64_t ids_forgotten = 0;
  uint64_t payloads_moved = 0;    // out of mostly emptied segment files, so those can go
  uint64_t segments_removed = 0;  // segment files no entry needs any more
  bool more = false;  // the step stopped at max_rows: call again soon
};


// What Lookup() tells about one id.
struct JournalStatus {
  JournalState state = JournalState::kOpen;
  uint32_t attempt = 0;
  bool has_payload = false;  // false once compacted
  std::string reason;        // for dead entries
};

// Durability: appends commit with synchronous=FULL (the payload segment and then the WAL are
// fsync'd before Append returns: an acknowledged article survives power loss). State updates (completed, dead,
// attempts, compaction) commit with synchronous=NORMAL: they survive a crash of the process,
// and a power loss can only undo the latest ones, which makes an article be replayed once
// more (harmless: the store is idempotent by article id). This keeps completions ~100x
// cheaper than an fsync each. The next FULL commit makes earlier NORMAL ones durable too.
//
// Checkpoints (copying the WAL into the database file, with its fsync) run on a thread of the
// journal's own with a second connection, never inside a caller's Append or Mark*: the WAL's
// automatic checkpoint is off.
//
// Thread-safety: every method is safe to call from any thread; calls are serialized by an
// internal mutex (one SQLite connection). OpenEntries() runs its callback without holding
// the lock, so the callback may call IncrementAttempt() etc.
class Journal {
 public:
  // Opens (creating when missing, with its parent directory) the journal file at `path`, and
  // its payload directory beside it (`path` without its extension, plus ".payloads").
  // New payloads are stored with `codec`; entries stored with any codec are read back.
  static Status Open(const std::filesystem::path& path, std::unique_ptr<Journal>* journal,
                     PayloadCodec codec = PayloadCodec::kRaw);
  ~Journal();
  Journal(const Journal&) = delete;
  Journal& operator=(const Journal&) = delete;

  // Journals an article. Returns only after the entry is durable. `*result` is kDuplicate
  // (and nothing is written) when the id was ever journaled, open, completed, dead or
  // compacted. Empty ids are rejected.
  Status Append(std::string_view article_id, std::string_view bytes, AppendResult* result);

  struct BatchItem {
    std::string_view article_id;
    std::string_view bytes;
  };
  // Like Append for several articles in one transaction (one fsync for all): group commit
  // for a busy ingest. `results` gets one entry per item; a duplicate within the batch is
  // reported as kDuplicate. `completed`: ids to close in the same transaction (as
  // MarkCompletedBatch; a completion then costs no commit of its own). On error nothing of the
  // batch is journaled and none of `completed` is closed.
  Status AppendBatch(const std::vector<BatchItem>& items, std::vector<AppendResult>* results,
                     const std::vector<std::string>& completed = {});

  // The store has the article's events: closes the entry (also a dead one: the store is the
  // truth). Idempotent. NotFound for an id never journaled.
  Status MarkCompleted(std::string_view article_id);
  // MarkCompleted for several ids in one transaction. Ids never journaled are skipped.
  Status MarkCompletedBatch(const std::vector<std::string>& article_ids);
  // Gives up on the article (poison input, too many attempts) with a reason. No effect on a
  // completed entry. NotFound for an id never journaled.
  Status MarkDead(std::string_view article_id, std::string_view reason);
  // Records one more delivery attempt now; `*new_attempt` gets the new count.
  // NotFound for an id never journaled; InvalidInput when the entry is not open.
  Status IncrementAttempt(std::string_view article_id, uint32_t* new_attempt);

  // Calls `callback` for up to `limit` open entries whose last attempt is at least
  // `older_than` ago, oldest first. Use older_than = 0 at start-up to replay everything.
  // An entry whose payload cannot be read back (its segment file lost or damaged) is marked
  // dead with the reason instead, and skipped.
  Status OpenEntries(std::chrono::milliseconds older_than, size_t limit,
                     const std::function<void(const JournalEntry&)>& callback);

  // The open entry of one id with its payload (for re-injecting one article). NotFound when
  // never journaled or forgotten; InvalidInput when it is no longer open.
  Status ReadOpen(std::string_view article_id, JournalEntry* entry);

  // State of one id; NotFound when never journaled (or forgotten by Compact).
  Status Lookup(std::string_view article_id, JournalStatus* status);
  // The state of one id as last committed, read on a connection of its own: never waits for
  // an append being committed (whose articles it does not see yet). NotFound when never
  // journaled (or forgotten). Calls are serialized by a lock of their own.
  Status Peek(std::string_view article_id, JournalState* state);

  // Never waits for a write in progress: then the counts as of the previous call.
  JournalCounts Counts() const;

  // Whether a completed entry keeps its payload until compaction (the default) or drops it
  // in the completion's own transaction (journal.retention_s = 0). Dropped at once, the pages
  // it used are free for the next append: the file stops growing with the traffic and the
  // checkpoint copies into pages already in memory. Dead entries keep theirs either way.
  void KeepCompletedPayloads(bool keep);

  // Drops the payload of entries completed more than `retention` ago, keeping their ids so a
  // re-sent article is still a duplicate. Ids completed more than `forget_after` ago are
  // removed entirely (zero = remember forever). `*compacted` gets the number of payloads
  // dropped (may be null).
  Status Compact(std::chrono::milliseconds retention, std::chrono::milliseconds forget_after,
                 uint64_t* compacted);

  // One bounded step of compaction: drops payloads of finished (completed or dead) entries
  // older than policy.retention, then, while the payloads kept exceed policy.retention_bytes,
  // those of the oldest finished entries whatever their age (open entries keep theirs: they
  // may be replayed), then forgets ids older than policy.forget_after, then moves the payloads
  // left in a segment file that is less than half needed to the current one (a few long-kept
  // payloads must not pin whole files) and reclaims files. At most policy.max_rows entries per
  // call, each part its own short transaction.
  Status CompactStep(const CompactionPolicy& policy, CompactionStep* step);

  // Deletes the payload segment files no entry refers to any more, once the commits that
  // dropped their last payloads are durable (after a later append's commit). Cheap: one
  // indexed query; the journal writer calls it a few times a second. `*removed` may be null.
  Status ReclaimSegments(size_t* removed);

  const std::filesystem::path& path() const { return path_; }
  // Where payloads are kept: `path` without its extension, plus ".payloads".
  static std::filesystem::path PayloadDir(const std::filesystem::path& path);

 private:
  Journal(std::filesystem::path path, sqlite3* db, PayloadCodec codec);
  Status Init();
  Status RecountLocked();
  Status StateLocked(std::string_view article_id, int* state);
  Status FinishLocked(std::string_view article_id, JournalState state, std::string_view reason);
  Status CompleteLocked(std::string_view article_id);
  Status DropCompletedPayloadLocked(std::string_view article_id);
  Status SyncLocked(bool full);
  Status Exec(const char* sql);
  Status Prepare(const char* sql, sqlite3_stmt** stmt);
  Status Error(const std::string& what) const;
  void Encode(std::string_view bytes, EncodedPayload* out);
  Status InsertLocked(std::string_view id, const PayloadLocation& where, PayloadCodec codec, int64_t now_us,
                      AppendResult* result);
  // The payload of a row as given to Append: `stored` (a location when `segment` is set,
  // otherwise the bytes themselves) decoded with `codec`.
  Status ReadPayloadLocked(std::optional<int64_t> segment, std::string_view stored, int codec, std::string* out);
  // Live payload bytes per segment file, from the rows.
  Status SegmentUseLocked(std::map<int64_t, uint64_t>* live);
  Status ReclaimLocked(size_t* removed);
  Status RelocateLocked(const CompactionPolicy& policy, CompactionStep* step);
  void StartCheckpointer();
  Status DropPayloadsLocked(const CompactionPolicy& policy, CompactionStep* step);
  Status ForgetLocked(const CompactionPolicy& policy, CompactionStep* step);

  const std::filesystem::path path_;
  sqlite3* db_;
  mutable std::mutex mu_;
  JournalCounts counts_;
  mutable std::mutex snapshot_mu_;
  mutable JournalCounts counts_snapshot_;  // guarded by snapshot_mu_
  bool sync_full_ = false;  // current PRAGMA synchronous: FULL (appends) or NORMAL (updates)
  sqlite3_stmt* insert_ = nullptr;
  sqlite3_stmt* state_of_ = nullptr;    // Lookup(): state, attempt, payload kept, reason
  sqlite3_stmt* state_only_ = nullptr;  // the effective state alone (no overflow read)
  sqlite3_stmt* finish_ = nullptr;      // upsert into `finished`
  sqlite3_stmt* payload_size_ = nullptr;  // length of a row's payload (no overflow read)
  sqlite3_stmt* drop_payload_ = nullptr;  // a completed row without its payload
  sqlite3_stmt* payload_gone_ = nullptr;  // `finished` told the payload is gone
  sqlite3_stmt* segment_used_ = nullptr;  // does any row keep a payload in this segment file
  bool keep_completed_payloads_ = true;
  std::mutex compress_mu_;
  PayloadEncoder encoder_;  // guarded by compress_mu_
  // Peek()'s read-only connection, opened on first use.
  std::mutex reader_mu_;
  sqlite3* reader_db_ = nullptr;          // guarded by reader_mu_
  sqlite3_stmt* reader_state_ = nullptr;  // guarded by reader_mu_
  std::unique_ptr<WalCheckpointer> checkpointer_;  // null: SQLite's automatic checkpoint
  std::unique_ptr<PayloadSegments> segments_;
  uint64_t full_commits_ = 0;  // appends' commits so far (each makes all before it durable)
  // Segment files found unreferenced, with full_commits_ then: removed after a later one.
  std::map<int64_t, uint64_t> unreferenced_;  // guarded by mu_
};

}  // namespace tidings::daemon
