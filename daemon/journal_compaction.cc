// The journal's compaction: dropping payloads past their retention or over the byte bound,
// forgetting old ids, and keeping the payload segment files to what the entries still need.
#include "daemon/journal.h"
#include "daemon/journal_internal.h"

#include <set>
#include <string>
#include <vector>

namespace tidings::daemon {

using namespace journal_internal;

namespace {
// Relocation: at most this many payload bytes moved by one compaction step.
constexpr uint64_t kMaxBytesMovedPerStep = 8ull << 20;
}  // namespace


Status Journal::CompactStep(const CompactionPolicy& policy, CompactionStep* step) {
  *step = {};
  std::lock_guard lock(mu_);
  if (Status s = SyncLocked(false); !s.ok()) return s;
  if (Status s = DropPayloadsLocked(policy, step); !s.ok()) return s;
  if (Status s = ForgetLocked(policy, step); !s.ok()) return s;
  if (Status s = RelocateLocked(policy, step); !s.ok()) return s;
  size_t removed = 0;
  Status s = ReclaimLocked(&removed);
  step->segments_removed = removed;
  return s;
}

Status Journal::ReclaimSegments(size_t* removed) {
  std::lock_guard lock(mu_);
  size_t n = 0;
  Status s = ReclaimLocked(&n);
  if (removed != nullptr) *removed = n;
  return s;
}

Status Journal::SegmentUseLocked(std::map<int64_t, uint64_t>* live) {
  live->clear();
  StmtGuard use;
  if (Status s = Prepare("SELECT segment, SUM(stored_bytes) FROM journal WHERE segment IS NOT NULL GROUP BY segment",
                         &use.stmt);
      !s.ok()) {
    return s;
  }
  int rc;
  while ((rc = sqlite3_step(use.stmt)) == SQLITE_ROW) {
    (*live)[sqlite3_column_int64(use.stmt, 0)] = static_cast<uint64_t>(sqlite3_column_int64(use.stmt, 1));
  }
  return rc == SQLITE_DONE ? Status::Ok() : Error("cannot list the payload segments in use");
}

// A file no row refers to is removed only after a later append's commit: the commit that
// dropped its last payload may have been a NORMAL one, which a power loss could undo, and the
// FULL commit after it makes it durable. One index probe per file: cheap however many
// payloads are kept.
Status Journal::ReclaimLocked(size_t* removed) {
  *removed = 0;
  if (segment_used_ == nullptr) {
    if (Status s = Prepare("SELECT 1 FROM journal WHERE segment = ?1 LIMIT 1", &segment_used_); !s.ok()) return s;
  }
  auto referenced = [&](int64_t segment, bool* used) {
    ResetGuard reset{segment_used_};
    sqlite3_bind_int64(segment_used_, 1, segment);
    const int rc = sqlite3_step(segment_used_);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error("cannot tell whether a payload segment is in use");
    *used = rc == SQLITE_ROW;
    return Status::Ok();
  };
  const int64_t current = segments_->current();
  std::set<int64_t> doomed;
  for (const auto& [segment, size] : segments_->Files()) {
    if (segment == current) continue;
    bool used = false;
    if (Status s = referenced(segment, &used); !s.ok()) return s;
    auto pending = unreferenced_.find(segment);
    if (used) {  // (cannot happen once unreferenced: new rows go to the current file)
      if (pending != unreferenced_.end()) unreferenced_.erase(pending);
    } else if (pending == unreferenced_.end()) {
      unreferenced_.emplace(segment, full_commits_);
    } else if (pending->second < full_commits_) {
      doomed.insert(segment);
      unreferenced_.erase(pending);
    }
  }
  if (doomed.empty()) return Status::Ok();
  return segments_->Remove(doomed, removed);
}

// The oldest segment file (not the current one) whose live payloads fill less than half of it
// gives them up to the current file, a bounded batch at a time, in one FULL commit.
Status Journal::RelocateLocked(const CompactionPolicy& policy, CompactionStep* step) {
  std::map<int64_t, uint64_t> live;
  if (Status s = SegmentUseLocked(&live); !s.ok()) return s;
  const int64_t current = segments_->current();
  const std::map<int64_t, uint64_t> files = segments_->Files();
  int64_t source = -1;
  for (const auto& [segment, bytes] : live) {
    auto file = files.find(segment);
    if (segment != current && file != files.end() && bytes * 2 < file->second) {
      source = segment;
      break;
    }
  }
  if (source < 0) return Status::Ok();
  StmtGuard select;
  if (Status s = Prepare("SELECT article_id, payload FROM journal WHERE segment = ?1 LIMIT ?2", &select.stmt);
      !s.ok()) {
    return s;
  }
  sqlite3_bind_int64(select.stmt, 1, source);
  sqlite3_bind_int64(select.stmt, 2, static_cast<int64_t>(policy.max_rows));
  struct Moved {
    std::string id;
    std::string old_location;
    PayloadLocation to;
  };
  std::vector<Moved> moved;
  uint64_t bytes = 0;
  int rc = SQLITE_ROW;
  while (bytes < kMaxBytesMovedPerStep && (rc = sqlite3_step(select.stmt)) == SQLITE_ROW) {
    Moved m;
    m.id = reinterpret_cast<const char*>(sqlite3_column_text(select.stmt, 0));
    const void* blob = sqlite3_column_blob(select.stmt, 1);
    m.old_location.assign(static_cast<const char*>(blob), static_cast<size_t>(sqlite3_column_bytes(select.stmt, 1)));
    PayloadLocation from;
    std::string stored;
    // A payload that cannot be read is left where it is (its entry is set aside when replayed).
    if (!PayloadLocation::Decode(source, m.old_location, &from).ok() || !segments_->Read(from, &stored).ok()) continue;
    if (Status s = segments_->Append(stored, &m.to); !s.ok()) return s;
    bytes += stored.size();
    moved.push_back(std::move(m));
  }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error("cannot list the payloads of segment " + std::to_string(source));
  sqlite3_reset(select.stmt);
  if (moved.empty()) return Status::Ok();
  if (Status s = segments_->Sync(); !s.ok()) return s;
  StmtGuard update;
  if (Status s = Prepare("UPDATE journal SET segment = ?2, payload = ?3 WHERE article_id = ?1 AND segment = ?4"
                         " AND payload = ?5",
                         &update.stmt);
      !s.ok()) {
    return s;
  }
  if (Status s = SyncLocked(true); !s.ok()) return s;
  if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  for (const Moved& m : moved) {
    sqlite3_reset(update.stmt);
    const std::string location = m.to.Encode();
    BindText(update.stmt, 1, m.id);
    sqlite3_bind_int64(update.stmt, 2, m.to.segment);
    sqlite3_bind_blob(update.stmt, 3, location.data(), static_cast<int>(location.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(update.stmt, 4, source);
    sqlite3_bind_blob(update.stmt, 5, m.old_location.data(), static_cast<int>(m.old_location.size()), SQLITE_STATIC);
    if (sqlite3_step(update.stmt) != SQLITE_DONE) {
      Exec("ROLLBACK");
      return Error("cannot move the payload of " + m.id);
    }
  }
  if (Status s = Exec("COMMIT"); !s.ok()) {
    Exec("ROLLBACK");
    return s;
  }
  ++full_commits_;
  step->payloads_moved += moved.size();
  step->more = true;  // the next step moves more, or finds the file empty and reclaims it
  return SyncLocked(false);
}

// Oldest finished payloads first: those past the retention time, then, while the total is over
// the byte bound, any finished one.
Status Journal::DropPayloadsLocked(const CompactionPolicy& policy, CompactionStep* step) {
  const int64_t cutoff = NowMicros() - std::chrono::duration_cast<std::chrono::microseconds>(policy.retention).count();
  StmtGuard select, drop;
  if (Status s = Prepare("SELECT f.article_id, COALESCE(j.stored_bytes, length(j.payload), 0), f.finished_us FROM finished f"
                         " JOIN journal j ON j.article_id = f.article_id WHERE f.payload_kept = 1"
                         " ORDER BY f.finished_us LIMIT ?1",
                         &select.stmt);
      !s.ok()) {
    return s;
  }
  // The journal row is rewritten once, without its payload, and takes its final state.
  if (Status s = Prepare("UPDATE journal SET payload = NULL, segment = NULL, stored_bytes = NULL, state = f.state,"
                         " finished_us = f.finished_us,"
                         " reason = f.reason FROM (SELECT state, finished_us, reason FROM finished"
                         " WHERE article_id = ?1) AS f WHERE journal.article_id = ?1;",
                         &drop.stmt);
      !s.ok()) {
    return s;
  }
  StmtGuard kept;
  if (Status s = Prepare("UPDATE finished SET payload_kept = 0 WHERE article_id = ?1", &kept.stmt); !s.ok()) return s;
  sqlite3_bind_int64(select.stmt, 1, static_cast<int64_t>(policy.max_rows));
  std::vector<std::pair<std::string, uint64_t>> victims;
  uint64_t bytes = counts_.payload_bytes;
  size_t rows = 0;
  int rc;
  while ((rc = sqlite3_step(select.stmt)) == SQLITE_ROW) {
    ++rows;
    const uint64_t size = static_cast<uint64_t>(sqlite3_column_int64(select.stmt, 1));
    const bool expired = sqlite3_column_int64(select.stmt, 2) <= cutoff;
    const bool over = policy.retention_bytes > 0 && bytes > policy.retention_bytes;
    if (!expired && !over) break;
    victims.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(select.stmt, 0)), size);
    bytes -= std::min(bytes, size);
  }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error("cannot list payloads to compact");
  sqlite3_reset(select.stmt);
  if (victims.empty()) return Status::Ok();
  if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  for (const auto& [id, size] : victims) {
    sqlite3_reset(drop.stmt);
    sqlite3_reset(kept.stmt);
    BindText(drop.stmt, 1, id);
    BindText(kept.stmt, 1, id);
    if (sqlite3_step(drop.stmt) != SQLITE_DONE || sqlite3_step(kept.stmt) != SQLITE_DONE) {
      Exec("ROLLBACK");
      return Error("cannot compact " + id);
    }
    step->bytes_dropped += size;
  }
  if (Status s = Exec("COMMIT"); !s.ok()) {
    Exec("ROLLBACK");
    step->bytes_dropped = 0;
    return s;
  }
  step->payloads_dropped = victims.size();
  counts_.payload_bytes -= std::min(counts_.payload_bytes, step->bytes_dropped);
  step->more = victims.size() == policy.max_rows && rows == policy.max_rows;
  return Status::Ok();
}

Status Journal::ForgetLocked(const CompactionPolicy& policy, CompactionStep* step) {
  if (policy.forget_after.count() <= 0) return Status::Ok();
  const int64_t cutoff =
      NowMicros() - std::chrono::duration_cast<std::chrono::microseconds>(policy.forget_after).count();
  StmtGuard forget;
  if (Status s = Prepare("DELETE FROM journal WHERE article_id IN (SELECT article_id FROM finished"
                         " WHERE state = 1 AND finished_us <= ?1 LIMIT ?2) RETURNING " TIDINGS_STORED_BYTES,
                         &forget.stmt);
      !s.ok()) {
    return s;
  }
  sqlite3_bind_int64(forget.stmt, 1, cutoff);
  sqlite3_bind_int64(forget.stmt, 2, static_cast<int64_t>(policy.max_rows));
  int rc;
  while ((rc = sqlite3_step(forget.stmt)) == SQLITE_ROW) {
    ++step->ids_forgotten;
    counts_.payload_bytes -= std::min<uint64_t>(counts_.payload_bytes, sqlite3_column_int64(forget.stmt, 0));
  }
  if (rc != SQLITE_DONE) return Error("cannot forget old ids");
  if (step->ids_forgotten > 0) {
    StmtGuard orphans;
    if (Status s = Prepare("DELETE FROM finished WHERE NOT EXISTS (SELECT 1 FROM journal j"
                           " WHERE j.article_id = finished.article_id) AND state = 1 AND finished_us <= ?1",
                           &orphans.stmt);
        !s.ok()) {
      return s;
    }
    sqlite3_bind_int64(orphans.stmt, 1, cutoff);
    if (sqlite3_step(orphans.stmt) != SQLITE_DONE) return Error("cannot forget old ids");
  }
  counts_.completed -= std::min(counts_.completed, step->ids_forgotten);
  step->more = step->more || step->ids_forgotten == policy.max_rows;
  return Status::Ok();
}

}  // namespace tidings::daemon
