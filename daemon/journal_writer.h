// Journal writes off the hub's thread: the hub hands a batch of new articles over and goes on
// routing (stage results, completions, heartbeats do not wait for an fsync); the writer's
// thread commits it and wakes the hub through an inproc socket. One batch at a time: while one
// is being committed, the next one gathers in the intake sockets' queues (group commit under
// load). Completions are queued and closed in the next batch's transaction, or in one of their
// own once kCompletionDelay has passed with no batch (they need no fsync of their own: one lost
// to a crash only makes the article be replayed once more, and the store is idempotent by
// article id). Under a steady stream of articles a completion then costs no commit at all.
// Compaction runs here too, a bounded step at a time between batches: a step never holds the
// hub's thread, and never waits for (or holds up) an append for more than one step.
//
// Thread-safety: every method on the hub's thread only.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>
#include <zmq.hpp>

#include "daemon/journal.h"
#include "tidings/status.h"

namespace tidings::daemon {

class JournalWriter {
 public:
  // How long completions wait for a batch to ride along with, and how many may wait.
  static constexpr std::chrono::milliseconds kCompletionDelay{50};
  static constexpr size_t kMaxWaitingCompletions = 256;

  // `ctx` and `journal` must outlive the writer.
  JournalWriter(zmq::context_t& ctx, Journal& journal);
  ~JournalWriter();  // waits for a batch being committed

  // Starts committing `items` (Journal::AppendBatch). The bytes they point to must stay valid
  // until TakeResult(). Call only when no batch is pending.
  void Start(std::vector<Journal::BatchItem> items);
  bool pending() const { return pending_; }
  // Readable when the pending batch is committed (or failed).
  zmq::socket_t& socket() { return wake_rx_; }
  // The outcome of the pending batch once committed; false while it is still being written.
  bool TakeResult(Status* status, std::vector<AppendResult>* results, std::chrono::duration<double>* took);
  // Blocks until the pending batch is committed (shutdown).
  void Wait();
  // Closes the journal entry of a completed article (Journal::MarkCompleted) within
  // kCompletionDelay.
  void Complete(std::string article_id);

  // Compacts the journal (Journal::CompactStep) with `policy`, step after step between batches
  // while steps say there is more. A new request replaces a pending one.
  void RequestCompaction(CompactionPolicy policy);
  // What the steps since the last call did, summed, and how long the longest took; false when
  // no step ran. Errors are logged by the writer.
  bool TakeCompacted(CompactionStep* sum, std::chrono::duration<double>* longest);

 private:
  void Loop();
  // The completions are due on their own (guarded by mu_).
  bool CompletionsDue(std::chrono::steady_clock::time_point now) const;
  // One compaction step, with mu_ held on entry and exit (released while it runs).
  void CompactOnce(std::unique_lock<std::mutex>& lock);

  Journal& journal_;
  zmq::socket_t wake_rx_, wake_tx_;  // wake_tx_ is used by the writer's thread only
  bool pending_ = false;             // hub thread only
  std::mutex mu_;
  std::condition_variable cv_;
  // Guarded by mu_.
  std::vector<Journal::BatchItem> items_;
  bool job_ = false, done_ = false, stop_ = false;
  Status status_;
  std::vector<AppendResult> results_;
  std::vector<std::string> completed_;
  std::chrono::steady_clock::time_point first_completed_at_{};  // of the oldest in completed_
  std::optional<CompactionPolicy> compaction_;  // wanted: steps go on while this is set
  CompactionStep compacted_;                    // summed since TakeCompacted()
  std::chrono::duration<double> longest_step_{};
  bool stepped_ = false;
  std::chrono::duration<double> took_{};
  std::thread thread_;
};

}  // namespace tidings::daemon
