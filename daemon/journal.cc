#include "daemon/journal.h"
#include "daemon/journal_internal.h"

#include <sqlite3.h>

#include <system_error>

namespace tidings::daemon {

using namespace journal_internal;

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS journal (
  article_id   TEXT PRIMARY KEY,
  state        INTEGER NOT NULL,          -- 0 open, 1 completed, 2 dead
  payload      BLOB,                      -- NULL once compacted
  attempt      INTEGER NOT NULL,
  accepted_us  INTEGER NOT NULL,          -- wall clock, microseconds since the epoch
  attempted_us INTEGER NOT NULL,          -- last hand-over to the pipeline
  finished_us  INTEGER,                   -- completed or dead
  reason       TEXT,                      -- why it is dead
  codec        INTEGER NOT NULL DEFAULT 0,-- PayloadCodec: as given (0), zstd (1), LZ4 (2)
  segment      INTEGER,                   -- set: `payload` is a PayloadLocation in this segment file
  stored_bytes INTEGER                    -- the payload's size as stored (in its segment file)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS journal_open ON journal(state, attempted_us);
CREATE INDEX IF NOT EXISTS journal_finished ON journal(state, finished_us);
-- How entries finished, apart from the journal rows: an article's row (with its payload,
-- often 100+ KB) is written once, and finishing it writes only this small row. SQLite rewrites
-- a whole row on UPDATE, payload included; this keeps completion cheap. A journal row's own
-- state is brought up to date when compaction drops its payload.
CREATE TABLE IF NOT EXISTS finished (
  article_id   TEXT PRIMARY KEY,
  state        INTEGER NOT NULL,          -- 1 completed, 2 dead
  finished_us  INTEGER NOT NULL,
  reason       TEXT,
  payload_kept INTEGER NOT NULL DEFAULT 1 -- the journal row still holds its payload
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS finished_payloads ON finished(finished_us) WHERE payload_kept = 1;
CREATE INDEX IF NOT EXISTS finished_by_time ON finished(state, finished_us);
-- Journals written before the finished table: their finished rows, once.
INSERT OR IGNORE INTO finished(article_id, state, finished_us, reason, payload_kept)
  SELECT article_id, state, COALESCE(finished_us, 0), reason, payload IS NOT NULL FROM journal
  WHERE state != 0;
)sql";

// Page size of a new journal (an existing one keeps its own). Journals before payload segments
// kept each payload as a chain of overflow pages: with 16 KiB pages a 40 KB compressed page
// cost 12 syscalls instead of 44. Rows now hold 20-byte locations; the size stays for those.
constexpr int kPageBytes = 16384;
// The effective state of a journal row: its `finished` row's when there is one.
constexpr const char* kStateOf =
    "SELECT COALESCE(f.state, j.state) FROM journal j LEFT JOIN finished f ON f.article_id = j.article_id"
    " WHERE j.article_id = ?1";

}  // namespace

Journal::Journal(std::filesystem::path path, sqlite3* db, PayloadCodec codec)
    : path_(std::move(path)), db_(db), encoder_(codec) {}

Journal::~Journal() {
  checkpointer_.reset();
  sqlite3_finalize(reader_state_);
  sqlite3_close_v2(reader_db_);
  sqlite3_finalize(insert_);
  sqlite3_finalize(state_of_);
  sqlite3_finalize(state_only_);
  sqlite3_finalize(finish_);
  sqlite3_finalize(payload_size_);
  sqlite3_finalize(drop_payload_);
  sqlite3_finalize(payload_gone_);
  sqlite3_finalize(segment_used_);
  sqlite3_close_v2(db_);
}

Status Journal::Error(const std::string& what) const {
  return Status::IoError("journal " + path_.string() + ": " + what + ": " + sqlite3_errmsg(db_));
}

Status Journal::Exec(const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message != nullptr ? message : "unknown error";
    sqlite3_free(message);
    return Status::IoError("journal " + path_.string() + ": " + text);
  }
  return Status::Ok();
}

Status Journal::Prepare(const char* sql, sqlite3_stmt** stmt) {
  if (sqlite3_prepare_v2(db_, sql, -1, stmt, nullptr) != SQLITE_OK) {
    return Error(std::string("cannot prepare '") + sql + "'");
  }
  return Status::Ok();
}

Status Journal::Open(const std::filesystem::path& path, std::unique_ptr<Journal>* journal, PayloadCodec codec) {
  std::error_code ec;
  if (path.has_parent_path()) {
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) {
      return Status::IoError("cannot create directory " + path.parent_path().string() +
                             " for the journal: " + ec.message());
    }
  }
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                                     SQLITE_OPEN_FULLMUTEX,
                                 nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Status::IoError("cannot open journal " + path.string() + ": " + message);
  }
  std::unique_ptr<Journal> j(new Journal(path, db, codec));
  if (Status s = j->Init(); !s.ok()) return s;
  if (Status s = PayloadSegments::Open(PayloadDir(path), &j->segments_); !s.ok()) return s;
  j->StartCheckpointer();
  *journal = std::move(j);
  return Status::Ok();
}

std::filesystem::path Journal::PayloadDir(const std::filesystem::path& path) {
  std::filesystem::path dir = path;
  dir.replace_extension(".payloads");
  return dir;
}

void Journal::StartCheckpointer() {
  if (Status s = WalCheckpointer::Start(path_, WalCheckpointerOptions{}, &checkpointer_); !s.ok()) {
    // Without it the WAL grows until the next start; appends still work. Fall back to
    // SQLite's own checkpoints on the main connection.
    Exec("PRAGMA wal_autocheckpoint=1000");
  }
}

Status Journal::Init() {
  sqlite3_busy_timeout(db_, 5000);
  // Before WAL mode and the schema: it only applies to a journal not yet created.
  if (Status s = Exec(("PRAGMA page_size=" + std::to_string(kPageBytes)).c_str()); !s.ok()) return s;
  // WAL + synchronous=FULL: a commit returns only once the WAL is fsync'd.
  StmtGuard mode;
  if (Status s = Prepare("PRAGMA journal_mode=WAL", &mode.stmt); !s.ok()) return s;
  if (sqlite3_step(mode.stmt) != SQLITE_ROW) return Error("cannot set WAL mode");
  const std::string got = reinterpret_cast<const char*>(sqlite3_column_text(mode.stmt, 0));
  if (got != "wal") {
    return Status::IoError("journal " + path_.string() +
                           ": the file system does not support WAL mode (got '" + got + "')");
  }
  if (Status s = Exec("PRAGMA synchronous=FULL"); !s.ok()) return s;
  sync_full_ = true;
  // Checkpoints run on the checkpointer thread. 8 MiB of page cache: the b-tree pages an
  // append and a completion touch stay in memory instead of being read back from the WAL for
  // each article.
  if (WalCheckpointer::ConfigureWriter(db_) != SQLITE_OK) return Error("cannot turn the automatic checkpoint off");
  if (Status s = Exec("PRAGMA cache_size=-8192"); !s.ok()) return s;
  if (Status s = Exec(kSchema); !s.ok()) return s;
  // Journals written before payloads were compressed, and before payload segments.
  for (const char* column : {"codec INTEGER NOT NULL DEFAULT 0", "segment INTEGER", "stored_bytes INTEGER"}) {
    const std::string name(column, std::string_view(column).find(' '));
    sqlite3_stmt* probe = nullptr;
    const bool has = sqlite3_prepare_v2(db_, ("SELECT " + name + " FROM journal LIMIT 0").c_str(), -1, &probe,
                                        nullptr) == SQLITE_OK;
    sqlite3_finalize(probe);
    if (!has) {
      if (Status s = Exec(("ALTER TABLE journal ADD COLUMN " + std::string(column)).c_str()); !s.ok()) return s;
    }
  }
  if (Status s = Exec("CREATE INDEX IF NOT EXISTS journal_segments ON journal(segment, stored_bytes) WHERE segment IS NOT NULL");
      !s.ok()) {
    return s;
  }
  if (Status s = Prepare("INSERT INTO journal(article_id, state, payload, attempt, accepted_us,"
                         " attempted_us, codec, segment, stored_bytes) VALUES(?1, 0, ?2, 1, ?3, ?3, ?4, ?5, ?6)"
                         " ON CONFLICT(article_id) DO NOTHING",
                         &insert_);
      !s.ok()) {
    return s;
  }
  if (Status s = Prepare("SELECT COALESCE(f.state, j.state), j.attempt, j.payload IS NOT NULL,"
                         " COALESCE(f.reason, j.reason) FROM journal j LEFT JOIN finished f"
                         " ON f.article_id = j.article_id WHERE j.article_id = ?1",
                         &state_of_);
      !s.ok()) {
    return s;
  }
  return RecountLocked();
}

Status Journal::RecountLocked() {
  StmtGuard count;
  if (Status s = Prepare("SELECT COALESCE(f.state, j.state) AS s, COUNT(*) FROM journal j LEFT JOIN finished f"
                         " ON f.article_id = j.article_id GROUP BY s",
                         &count.stmt);
      !s.ok()) {
    return s;
  }
  counts_ = {};
  {
    StmtGuard bytes;
    if (Status s = Prepare("SELECT COALESCE(SUM(" TIDINGS_STORED_BYTES "), 0) FROM journal", &bytes.stmt); !s.ok()) return s;
    if (sqlite3_step(bytes.stmt) != SQLITE_ROW) return Error("cannot sum payload sizes");
    counts_.payload_bytes = static_cast<uint64_t>(sqlite3_column_int64(bytes.stmt, 0));
  }
  int rc;
  while ((rc = sqlite3_step(count.stmt)) == SQLITE_ROW) {
    const int state = sqlite3_column_int(count.stmt, 0);
    const uint64_t n = static_cast<uint64_t>(sqlite3_column_int64(count.stmt, 1));
    if (state == 0) counts_.open = n;
    else if (state == 1) counts_.completed = n;
    else counts_.dead = n;
  }
  return rc == SQLITE_DONE ? Status::Ok() : Error("cannot count entries");
}

Status Journal::SyncLocked(bool full) {
  if (full == sync_full_) return Status::Ok();
  if (Status s = Exec(full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL"); !s.ok()) {
    return s;
  }
  sync_full_ = full;
  return Status::Ok();
}

void Journal::Encode(std::string_view bytes, EncodedPayload* out) {
  std::lock_guard lock(compress_mu_);
  encoder_.Encode(bytes, out);
}

Status Journal::InsertLocked(std::string_view id, const PayloadLocation& where, PayloadCodec codec, int64_t now_us,
                             AppendResult* result) {
  if (id.empty()) return Status::InvalidInput("article id is empty; the journal needs an id");
  const std::string location = where.Encode();
  ResetGuard reset{insert_};
  BindText(insert_, 1, id);
  sqlite3_bind_blob(insert_, 2, location.data(), static_cast<int>(location.size()), SQLITE_STATIC);
  sqlite3_bind_int64(insert_, 3, now_us);
  sqlite3_bind_int(insert_, 4, static_cast<int>(codec));
  sqlite3_bind_int64(insert_, 5, where.segment);
  sqlite3_bind_int64(insert_, 6, where.length);
  if (sqlite3_step(insert_) != SQLITE_DONE) return Error("cannot append article " + std::string(id));
  *result = sqlite3_changes(db_) == 1 ? AppendResult::kAccepted : AppendResult::kDuplicate;
  if (*result == AppendResult::kAccepted) counts_.payload_bytes += where.length;
  return Status::Ok();
}

Status Journal::Append(std::string_view article_id, std::string_view bytes,
                       AppendResult* result) {
  std::vector<AppendResult> results;
  if (Status s = AppendBatch({BatchItem{article_id, bytes}}, &results); !s.ok()) return s;
  *result = results.front();
  return Status::Ok();
}

Status Journal::AppendBatch(const std::vector<BatchItem>& items, std::vector<AppendResult>* results,
                            const std::vector<std::string>& completed) {
  for (const BatchItem& item : items) {
    if (item.article_id.empty()) {
      return Status::InvalidInput("article id is empty; the journal needs an id");
    }
  }
  // Compressed before the lock is taken: readers (Lookup, Counts) do not wait for it.
  std::vector<EncodedPayload> payloads(items.size());
  for (size_t i = 0; i < items.size(); ++i) Encode(items[i].bytes, &payloads[i]);
  std::lock_guard lock(mu_);
  results->assign(items.size(), AppendResult::kDuplicate);
  // The payloads first, durable before the rows that point at them. A duplicate's bytes are
  // written too, unreferenced: reclaimed with their segment file.
  std::vector<PayloadLocation> where(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    if (Status s = segments_->Append(payloads[i].stored, &where[i]); !s.ok()) return s;
  }
  if (!items.empty()) {
    if (Status s = segments_->Sync(); !s.ok()) return s;
  }
  if (Status s = SyncLocked(true); !s.ok()) return s;
  if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  const int64_t now = NowMicros();
  uint64_t accepted = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    Status s = InsertLocked(items[i].article_id, where[i], payloads[i].codec, now, &(*results)[i]);
    if (!s.ok()) {
      Exec("ROLLBACK");
      return s;
    }
    if ((*results)[i] == AppendResult::kAccepted) ++accepted;
  }
  counts_.open += accepted;  // before the completions, which may close some of these
  for (const auto& id : completed) {
    Status s = CompleteLocked(id);
    if (!s.ok() && s.code() != Status::Code::kNotFound) {
      Exec("ROLLBACK");
      RecountLocked();
      return s;
    }
  }
  if (Status s = Exec("COMMIT"); !s.ok()) {
    Exec("ROLLBACK");
    RecountLocked();
    return s;
  }
  ++full_commits_;
  return Status::Ok();
}

Status Journal::Lookup(std::string_view article_id, JournalStatus* status) {
  std::lock_guard lock(mu_);
  ResetGuard reset{state_of_};  // read-only: no write follows while it is pending
  BindText(state_of_, 1, article_id);
  const int rc = sqlite3_step(state_of_);
  if (rc == SQLITE_DONE) {
    return Status::NotFound("article " + std::string(article_id) + " is not in the journal");
  }
  if (rc != SQLITE_ROW) return Error("cannot look up article " + std::string(article_id));
  status->state = static_cast<JournalState>(sqlite3_column_int(state_of_, 0));
  status->attempt = static_cast<uint32_t>(sqlite3_column_int64(state_of_, 1));
  status->has_payload = sqlite3_column_int(state_of_, 2) != 0;
  const unsigned char* reason = sqlite3_column_text(state_of_, 3);
  status->reason = reason != nullptr ? reinterpret_cast<const char*>(reason) : "";
  return Status::Ok();
}

Status Journal::Peek(std::string_view article_id, JournalState* state) {
  std::lock_guard lock(reader_mu_);
  if (reader_db_ == nullptr) {
    if (sqlite3_open_v2(path_.c_str(), &reader_db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(reader_db_, kStateOf, -1, &reader_state_, nullptr) != SQLITE_OK) {
      std::string message = reader_db_ != nullptr ? sqlite3_errmsg(reader_db_) : "out of memory";
      sqlite3_close_v2(reader_db_);
      reader_db_ = nullptr;
      return Status::IoError("journal " + path_.string() + ": cannot open a reading connection: " + message);
    }
    sqlite3_busy_timeout(reader_db_, 100);
  }
  ResetGuard reset{reader_state_};  // a pending read would keep the WAL from starting over
  BindText(reader_state_, 1, article_id);
  const int rc = sqlite3_step(reader_state_);
  if (rc == SQLITE_DONE) return Status::NotFound("article " + std::string(article_id) + " is not in the journal");
  if (rc != SQLITE_ROW) {
    return Status::IoError("journal " + path_.string() + ": cannot look up article " + std::string(article_id) + ": " +
                           sqlite3_errmsg(reader_db_));
  }
  *state = static_cast<JournalState>(sqlite3_column_int(reader_state_, 0));
  return Status::Ok();
}

Status Journal::StateLocked(std::string_view article_id, int* state) {
  // Only columns before the payload: the row's overflow pages are not read.
  if (state_only_ == nullptr) {
    if (Status s = Prepare(kStateOf, &state_only_); !s.ok()) return s;
  }
  // Reset before returning: a pending read statement would defer the commit of a following
  // write on this connection.
  ResetGuard reset{state_only_};
  BindText(state_only_, 1, article_id);
  const int rc = sqlite3_step(state_only_);
  if (rc == SQLITE_DONE) {
    return Status::NotFound("article " + std::string(article_id) + " is not in the journal");
  }
  if (rc != SQLITE_ROW) return Error("cannot look up article " + std::string(article_id));
  *state = sqlite3_column_int(state_only_, 0);
  return Status::Ok();
}

// Closes an entry as completed (reason NULL) or dead (with the reason). Caller holds mu_.
void Journal::KeepCompletedPayloads(bool keep) {
  std::lock_guard lock(mu_);
  keep_completed_payloads_ = keep;
}

// As a compaction step would later (DropPayloadsLocked), for one row, in the caller's
// transaction or its own.
Status Journal::DropCompletedPayloadLocked(std::string_view article_id) {
  if (payload_size_ == nullptr) {
    if (Status s = Prepare("SELECT " TIDINGS_STORED_BYTES " FROM journal WHERE article_id = ?1", &payload_size_); !s.ok()) {
      return s;
    }
    if (Status s = Prepare("UPDATE journal SET payload = NULL, segment = NULL, stored_bytes = NULL, state = 1,"
                           " finished_us = ?2, reason = NULL WHERE article_id = ?1",
                           &drop_payload_);
        !s.ok()) {
      return s;
    }
    if (Status s = Prepare("UPDATE finished SET payload_kept = 0 WHERE article_id = ?1", &payload_gone_); !s.ok()) {
      return s;
    }
  }
  uint64_t size = 0;
  {
    ResetGuard reset{payload_size_};
    BindText(payload_size_, 1, article_id);
    const int rc = sqlite3_step(payload_size_);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error("cannot read the payload size of " + std::string(article_id));
    if (rc == SQLITE_ROW) size = static_cast<uint64_t>(sqlite3_column_int64(payload_size_, 0));
  }
  if (size == 0) return Status::Ok();
  ResetGuard reset{drop_payload_};
  BindText(drop_payload_, 1, article_id);
  sqlite3_bind_int64(drop_payload_, 2, NowMicros());
  if (sqlite3_step(drop_payload_) != SQLITE_DONE) return Error("cannot drop the payload of " + std::string(article_id));
  ResetGuard reset_gone{payload_gone_};
  BindText(payload_gone_, 1, article_id);
  if (sqlite3_step(payload_gone_) != SQLITE_DONE) return Error("cannot drop the payload of " + std::string(article_id));
  counts_.payload_bytes -= std::min(counts_.payload_bytes, size);
  return Status::Ok();
}

Status Journal::FinishLocked(std::string_view article_id, JournalState state, std::string_view reason) {
  // On its own it needs no fsync; inside a transaction (an append's) it shares that one's.
  if (sqlite3_get_autocommit(db_) != 0) {
    if (Status s = SyncLocked(false); !s.ok()) return s;
  }
  if (finish_ == nullptr) {
    if (Status s = Prepare("INSERT INTO finished(article_id, state, finished_us, reason) VALUES(?1, ?2, ?3, ?4)"
                           " ON CONFLICT(article_id) DO UPDATE SET state = excluded.state,"
                           " finished_us = excluded.finished_us, reason = excluded.reason",
                           &finish_);
        !s.ok()) {
      return s;
    }
  }
  ResetGuard reset{finish_};
  BindText(finish_, 1, article_id);
  sqlite3_bind_int(finish_, 2, static_cast<int>(state));
  sqlite3_bind_int64(finish_, 3, NowMicros());
  if (state == JournalState::kDead) BindText(finish_, 4, reason);
  else sqlite3_bind_null(finish_, 4);
  if (sqlite3_step(finish_) != SQLITE_DONE) {
    return Error(std::string(state == JournalState::kDead ? "cannot mark article " : "cannot complete article ") +
                 std::string(article_id) + (state == JournalState::kDead ? " dead" : ""));
  }
  return Status::Ok();
}

Status Journal::MarkCompleted(std::string_view article_id) {
  std::lock_guard lock(mu_);
  return CompleteLocked(article_id);
}

Status Journal::MarkCompletedBatch(const std::vector<std::string>& article_ids) {
  std::lock_guard lock(mu_);
  if (Status s = SyncLocked(false); !s.ok()) return s;
  if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  for (const auto& id : article_ids) {
    Status s = CompleteLocked(id);
    if (!s.ok() && s.code() != Status::Code::kNotFound) {
      Exec("ROLLBACK");
      RecountLocked();  // the counts were moved for the rolled-back part
      return s;
    }
  }
  if (Status s = Exec("COMMIT"); !s.ok()) {
    Exec("ROLLBACK");
    RecountLocked();
    return s;
  }
  return Status::Ok();
}

Status Journal::CompleteLocked(std::string_view article_id) {
  // Read the previous state first to keep the counts exact.
  int previous = 0;
  if (Status s = StateLocked(article_id, &previous); !s.ok()) return s;
  if (previous == 1) return Status::Ok();
  if (Status s = FinishLocked(article_id, JournalState::kCompleted, {}); !s.ok()) return s;
  if (!keep_completed_payloads_) {
    if (Status s = DropCompletedPayloadLocked(article_id); !s.ok()) return s;
  }
  if (previous == 0) --counts_.open;
  else --counts_.dead;
  ++counts_.completed;
  return Status::Ok();
}

Status Journal::MarkDead(std::string_view article_id, std::string_view reason) {
  std::lock_guard lock(mu_);
  int previous = 0;
  if (Status s = StateLocked(article_id, &previous); !s.ok()) return s;
  if (previous != 0) return Status::Ok();  // completed stays completed; dead stays dead
  if (Status s = FinishLocked(article_id, JournalState::kDead, reason); !s.ok()) return s;
  --counts_.open;
  ++counts_.dead;
  return Status::Ok();
}

Status Journal::IncrementAttempt(std::string_view article_id, uint32_t* new_attempt) {
  std::lock_guard lock(mu_);
  if (Status s = SyncLocked(false); !s.ok()) return s;
  StmtGuard update;
  if (Status s = Prepare("UPDATE journal SET attempt = attempt + 1, attempted_us = ?2"
                         " WHERE article_id = ?1 AND state = 0 AND NOT EXISTS"
                         " (SELECT 1 FROM finished f WHERE f.article_id = ?1) RETURNING attempt",
                         &update.stmt);
      !s.ok()) {
    return s;
  }
  BindText(update.stmt, 1, article_id);
  sqlite3_bind_int64(update.stmt, 2, NowMicros());
  int rc = sqlite3_step(update.stmt);
  if (rc == SQLITE_ROW) {
    *new_attempt = static_cast<uint32_t>(sqlite3_column_int64(update.stmt, 0));
    while ((rc = sqlite3_step(update.stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) return Error("cannot count an attempt of " + std::string(article_id));
    return Status::Ok();
  }
  if (rc != SQLITE_DONE) return Error("cannot count an attempt of " + std::string(article_id));
  sqlite3_reset(update.stmt);
  int state = 0;
  if (Status s = StateLocked(article_id, &state); !s.ok()) return s;
  return Status::InvalidInput("article " + std::string(article_id) +
                              " is no longer open in the journal (completed or dead)");
}

namespace {

std::optional<int64_t> SegmentColumn(sqlite3_stmt* stmt, int column) {
  if (sqlite3_column_type(stmt, column) == SQLITE_NULL) return std::nullopt;
  return sqlite3_column_int64(stmt, column);
}

std::string_view BlobColumn(sqlite3_stmt* stmt, int column) {
  const void* blob = sqlite3_column_blob(stmt, column);
  if (blob == nullptr) return {};
  return std::string_view(static_cast<const char*>(blob), static_cast<size_t>(sqlite3_column_bytes(stmt, column)));
}

}  // namespace

Status Journal::ReadPayloadLocked(std::optional<int64_t> segment, std::string_view stored, int codec,
                                  std::string* out) {
  if (!segment) return DecodePayload(codec, stored.data(), stored.size(), out);
  PayloadLocation where;
  if (Status s = PayloadLocation::Decode(*segment, stored, &where); !s.ok()) return Status::IoError(s.message());
  if (codec == static_cast<int>(PayloadCodec::kRaw)) return segments_->Read(where, out);
  std::string bytes;
  if (Status s = segments_->Read(where, &bytes); !s.ok()) return s;
  return DecodePayload(codec, bytes.data(), bytes.size(), out);
}

Status Journal::OpenEntries(std::chrono::milliseconds older_than, size_t limit,
                            const std::function<void(const JournalEntry&)>& callback) {
  std::vector<JournalEntry> entries;
  {
    std::lock_guard lock(mu_);
    std::vector<std::pair<std::string, std::string>> unreadable;  // id, why
    {
      StmtGuard select;
      if (Status s = Prepare("SELECT article_id, payload, attempt, accepted_us, attempted_us, codec, segment"
                             " FROM journal j WHERE state = 0 AND attempted_us <= ?1 AND NOT EXISTS"
                             " (SELECT 1 FROM finished f WHERE f.article_id = j.article_id)"
                             " ORDER BY attempted_us LIMIT ?2",
                             &select.stmt);
          !s.ok()) {
        return s;
      }
      const int64_t cutoff =
          NowMicros() - std::chrono::duration_cast<std::chrono::microseconds>(older_than).count();
      sqlite3_bind_int64(select.stmt, 1, cutoff);
      sqlite3_bind_int64(select.stmt, 2, static_cast<int64_t>(std::min<size_t>(limit, INT64_MAX)));
      int rc;
      while ((rc = sqlite3_step(select.stmt)) == SQLITE_ROW) {
        JournalEntry e;
        e.article_id = reinterpret_cast<const char*>(sqlite3_column_text(select.stmt, 0));
        Status read = ReadPayloadLocked(SegmentColumn(select.stmt, 6), BlobColumn(select.stmt, 1),
                                        sqlite3_column_int(select.stmt, 5), &e.bytes);
        if (!read.ok()) {
          unreadable.emplace_back(e.article_id, "payload unreadable: " + read.message());
          continue;
        }
        e.attempt = static_cast<uint32_t>(sqlite3_column_int64(select.stmt, 2));
        e.accepted = FromMicros(sqlite3_column_int64(select.stmt, 3));
        e.last_attempt = FromMicros(sqlite3_column_int64(select.stmt, 4));
        entries.push_back(std::move(e));
      }
      if (rc != SQLITE_DONE) return Error("cannot list open entries");
    }
    // Replaying them is impossible: set aside, with the reason, as any poison article.
    for (const auto& [id, why] : unreadable) {
      if (Status s = FinishLocked(id, JournalState::kDead, why); !s.ok()) return s;
      --counts_.open;
      ++counts_.dead;
    }
  }
  for (const JournalEntry& e : entries) callback(e);
  return Status::Ok();
}

Status Journal::ReadOpen(std::string_view article_id, JournalEntry* entry) {
  std::lock_guard lock(mu_);
  StmtGuard select;
  if (Status s = Prepare("SELECT COALESCE((SELECT state FROM finished WHERE article_id = ?1), state),"
                         " payload, attempt, accepted_us, attempted_us, codec, segment FROM journal"
                         " WHERE article_id = ?1",
                         &select.stmt);
      !s.ok()) {
    return s;
  }
  BindText(select.stmt, 1, article_id);
  const int rc = sqlite3_step(select.stmt);
  if (rc == SQLITE_DONE) {
    return Status::NotFound("article " + std::string(article_id) + " is not in the journal");
  }
  if (rc != SQLITE_ROW) return Error("cannot read article " + std::string(article_id));
  if (sqlite3_column_int(select.stmt, 0) != 0) {
    return Status::InvalidInput("article " + std::string(article_id) +
                                " is no longer open in the journal (completed or dead)");
  }
  entry->article_id = std::string(article_id);
  if (Status s = ReadPayloadLocked(SegmentColumn(select.stmt, 6), BlobColumn(select.stmt, 1),
                                   sqlite3_column_int(select.stmt, 5), &entry->bytes);
      !s.ok()) {
    return Status::IoError(s.message() + " (article " + std::string(article_id) + ")");
  }
  entry->attempt = static_cast<uint32_t>(sqlite3_column_int64(select.stmt, 2));
  entry->accepted = FromMicros(sqlite3_column_int64(select.stmt, 3));
  entry->last_attempt = FromMicros(sqlite3_column_int64(select.stmt, 4));
  return Status::Ok();
}

JournalCounts Journal::Counts() const {
  std::unique_lock lock(mu_, std::try_to_lock);
  std::lock_guard snapshot(snapshot_mu_);
  if (lock.owns_lock()) counts_snapshot_ = counts_;
  return counts_snapshot_;
}

Status Journal::Compact(std::chrono::milliseconds retention,
                        std::chrono::milliseconds forget_after, uint64_t* compacted) {
  CompactionPolicy policy;
  policy.retention = retention;
  policy.forget_after = forget_after;
  policy.max_rows = 1000;
  uint64_t dropped = 0;
  CompactionStep step;
  do {
    if (Status s = CompactStep(policy, &step); !s.ok()) return s;
    dropped += step.payloads_dropped;
  } while (step.more);
  if (compacted != nullptr) *compacted = dropped;
  return Status::Ok();
}

}  // namespace tidings::daemon
