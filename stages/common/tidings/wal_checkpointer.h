// Checkpoints of an SQLite database in WAL mode, on a thread of their own.
//
// Why: SQLite's automatic checkpoint runs inside the commit that crosses its threshold, so
// every few megabytes one commit of the writer also copies the WAL into the database file and
// waits for its fsync (tens of milliseconds on a busy disk). The journal and the store both
// write on their hot path; with the checkpoint here, their commits never pay for it.
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

#include "tidings/status.h"

namespace tidings {

struct WalCheckpointerOptions {
  // How often new frames are copied. Not often: each copy that catches up lets the writer's
  // next commit start the WAL over, and SQLite fsyncs the new WAL header in that commit, on
  // the writer's thread (besides the copy's own two fsyncs, here). Copying every 50 ms made
  // up to 20 such commits a second in the store: 26 fsyncs a second in its process, and at
  // 133 articles/s runs of articles held 20-56 ms behind a store commit that waited for one.
  std::chrono::milliseconds every{1000};
  // WAL bytes beyond which a RESTART finishes the copy so that the next commit starts the WAL
  // over: a steady stream of commits can otherwise keep a PASSIVE one from ever catching up.
  int64_t restart_bytes = 32ll << 20;
};

// The writer's side: after Start() succeeds, the writer's connection must run with
// `PRAGMA wal_autocheckpoint=0` (see ConfigureWriter) and a busy timeout, for a RESTART holds
// writers back while it finishes. Thread-safe: it has no methods to call
// besides its destructor, which stops the thread (waiting for a copy in progress).
class WalCheckpointer {
 public:
  // Opens a connection of its own to `path` (a database already in WAL mode) and starts the
  // thread. On failure the caller keeps SQLite's automatic checkpoint.
  static Status Start(const std::filesystem::path& path, const WalCheckpointerOptions& options,
                      std::unique_ptr<WalCheckpointer>* out);
  ~WalCheckpointer();
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;

  // Settings for the writer's connection `db` once a checkpointer runs: no automatic
  // checkpoint, and a WAL that starts over is cut back to `kept_bytes` only. Keep that above
  // restart_bytes: cutting the file frees its blocks, and on a file system mounted with
  // "discard" that held commits back 12-28 ms each time; writing over blocks already
  // allocated also spares each fsync the allocation's metadata. Returns SQLite's result code.
  static int ConfigureWriter(sqlite3* db, int64_t kept_bytes = 40ll << 20);

 private:
  WalCheckpointer(sqlite3* db, WalCheckpointerOptions options, int page_bytes);
  void Run();

  sqlite3* db_;
  const WalCheckpointerOptions options_;
  const int page_bytes_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace tidings
