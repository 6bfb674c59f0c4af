#include "tidings/wal_checkpointer.h"
#include "tidings/thread_name.h"

#include <string>

namespace tidings {

Status WalCheckpointer::Start(const std::filesystem::path& path, const WalCheckpointerOptions& options,
                              std::unique_ptr<WalCheckpointer>* out) {
  sqlite3* db = nullptr;
  if (int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
      rc != SQLITE_OK) {
    std::string why = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Status::IoError("cannot open a checkpoint connection to " + path.string() + ": " + why);
  }
  sqlite3_busy_timeout(db, 1000);
  // A connection is in WAL mode only once it has read the database: until then its
  // checkpoints do nothing at all (and report -1 frames). The page size is the file's own.
  sqlite3_stmt* mode = nullptr;
  std::string got;
  int page_bytes = 0;
  if (sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &mode, nullptr) == SQLITE_OK &&
      sqlite3_step(mode) == SQLITE_ROW) {
    got = reinterpret_cast<const char*>(sqlite3_column_text(mode, 0));
  }
  sqlite3_finalize(mode);
  sqlite3_stmt* size = nullptr;
  if (sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &size, nullptr) == SQLITE_OK &&
      sqlite3_step(size) == SQLITE_ROW) {
    page_bytes = sqlite3_column_int(size, 0);
  }
  sqlite3_finalize(size);
  if (got != "wal" || page_bytes <= 0) {
    sqlite3_close_v2(db);
    return Status::InvalidInput(path.string() + " is not a database in WAL mode (journal_mode '" + got + "')");
  }
  out->reset(new WalCheckpointer(db, options, page_bytes));
  return Status::Ok();
}

WalCheckpointer::WalCheckpointer(sqlite3* db, WalCheckpointerOptions options, int page_bytes)
    : db_(db), options_(options), page_bytes_(page_bytes), thread_([this] {
        NameThisThread("checkpoint");
        Run();
      }) {}

WalCheckpointer::~WalCheckpointer() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  thread_.join();
  sqlite3_close_v2(db_);
}

int WalCheckpointer::ConfigureWriter(sqlite3* db, int64_t kept_bytes) {
  const std::string sql =
      "PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit=" + std::to_string(kept_bytes);
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

void WalCheckpointer::Run() {
  std::unique_lock lock(mu_);
  while (!cv_.wait_for(lock, options_.every, [this] { return stopping_; })) {
    lock.unlock();
    // PASSIVE copies what it can without waiting for, or blocking, the writer. Once it has
    // copied every frame, a later commit may start the WAL over, but only if it finds no
    // reader on it at that moment. Past restart_bytes, RESTART finishes the copy (holding
    // writers back for the frames left, if any, and the database's fsync) so that the next
    // commit starts the WAL over.
    int wal_frames = 0;
    sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, &wal_frames, nullptr);
    if (static_cast<int64_t>(wal_frames) * page_bytes_ > options_.restart_bytes) {
      sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_RESTART, nullptr, nullptr);
    }
    lock.lock();
  }
}

}  // namespace tidings
