// Journal writes off the hub's thread: the hub hands batches of new articles over and goes on
// routing (stage results, completions, heartbeats do not wait for an fsync); the writer's
// thread commits them and wakes the hub through an inproc socket. Batches handed over while
// one is being committed queue up and are committed together in the next transaction (group
// commit under load), and their outcomes come back one batch at a time, in order.
// Completions are queued and closed in the next batch's transaction (after its articles, so
// an article completed before its own batch was committed is closed too), or in one of their
// own once kCompletionDelay has passed with no batch (they need no fsync of their own: one lost
// to a crash only makes the article be replayed once more, and the store is idempotent by
// article id). Under a steady stream of articles a completion then costs no commit at all.
// Compaction runs here too, a bounded step at a time between batches: a step never holds the
// hub's thread, and never waits for (or holds up) an append for more than one step. So does
// the removal of payload segment files no entry needs, a few times a second.
//
// Thread-safety: every method on the hub's thread only.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
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
  // How often payload segment files no entry needs are looked for (Journal::ReclaimSegments).
  static constexpr std::chrono::milliseconds kReclaimEvery{250};

  // `ctx` and `journal` must outlive the writer.
  JournalWriter(zmq::context_t& ctx, Journal& journal);
  ~JournalWriter();  // waits for a batch being committed

  // Queues `items` to be committed (Journal::AppendBatch), after the batches queued before.
  // The bytes they point to must stay valid until the batch's TakeResult().
  void Start(std::vector<Journal::BatchItem> items);
  // Batches handed over whose outcome was not yet taken.
  bool pending() const { return pending_ > 0; }
  size_t pending_batches() const { return pending_; }
  // Readable when a batch is committed (or failed).
  zmq::socket_t& socket() { return wake_rx_; }
  // The outcome of the oldest pending batch once committed; false while it is still being
  // written (or none is pending). Call again: several may be done.
  bool TakeResult(Status* status, std::vector<AppendResult>* results, std::chrono::duration<double>* took);
  // Blocks until every pending batch is committed (shutdown).
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
  // Journal::ReclaimSegments when kReclaimEvery has passed (mu_ held on entry and exit,
  // released while it runs).
  void ReclaimIfDue(std::unique_lock<std::mutex>& lock);

  // One batch's outcome.
  struct Outcome {
    Status status;
    std::vector<AppendResult> results;
    std::chrono::duration<double> took{};
  };
  // Commits every queued batch in one transaction (mu_ held on entry and exit, released
  // while it runs) and queues their outcomes.
  void CommitQueued(std::unique_lock<std::mutex>& lock);

  Journal& journal_;
  zmq::socket_t wake_rx_, wake_tx_;  // wake_tx_ is used by the writer's thread only
  size_t pending_ = 0;               // hub thread only: batches started, outcome not taken
  std::mutex mu_;
  std::condition_variable cv_;
  // Guarded by mu_.
  std::deque<std::vector<Journal::BatchItem>> queued_;  // handed over, not yet being written
  std::deque<Outcome> done_;                            // committed (or failed), not yet taken
  bool stop_ = false;
  std::vector<std::string> completed_;
  std::chrono::steady_clock::time_point first_completed_at_{};  // of the oldest in completed_
  std::optional<CompactionPolicy> compaction_;  // wanted: steps go on while this is set
  CompactionStep compacted_;                    // summed since TakeCompacted()
  std::chrono::duration<double> longest_step_{};
  bool stepped_ = false;
  std::chrono::steady_clock::time_point last_reclaim_{};
  std::thread thread_;
};

}  // namespace tidings::daemon
