#include "daemon/journal_writer.h"
#include "tidings/thread_name.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <string>

namespace tidings::daemon {

namespace {
std::string NewInprocName() {
  static std::atomic<int> next{0};
  return "inproc://tidings-journal-writer-" + std::to_string(next++);
}
}  // namespace

JournalWriter::JournalWriter(zmq::context_t& ctx, Journal& journal)
    : journal_(journal), wake_rx_(ctx, zmq::socket_type::pair), wake_tx_(ctx, zmq::socket_type::pair) {
  const std::string name = NewInprocName();
  wake_rx_.set(zmq::sockopt::linger, 0);
  wake_tx_.set(zmq::sockopt::linger, 0);
  wake_rx_.bind(name);
  wake_tx_.connect(name);
  thread_ = std::thread([this] {
    NameThisThread("journal");
    Loop();
  });
}

JournalWriter::~JournalWriter() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void JournalWriter::Start(std::vector<Journal::BatchItem> items) {
  {
    std::lock_guard lock(mu_);
    queued_.push_back(std::move(items));
  }
  ++pending_;
  cv_.notify_all();
}

bool JournalWriter::TakeResult(Status* status, std::vector<AppendResult>* results,
                               std::chrono::duration<double>* took) {
  zmq::message_t token;
  while (wake_rx_.recv(token, zmq::recv_flags::dontwait)) {
  }
  std::lock_guard lock(mu_);
  if (pending_ == 0 || done_.empty()) return false;
  Outcome& o = done_.front();
  *status = std::move(o.status);
  *results = std::move(o.results);
  *took = o.took;
  done_.pop_front();
  --pending_;
  return true;
}

void JournalWriter::Wait() {
  std::unique_lock lock(mu_);
  cv_.wait(lock, [this] { return done_.size() >= pending_; });
}

void JournalWriter::Complete(std::string article_id) {
  bool wake;
  {
    std::lock_guard lock(mu_);
    if (completed_.empty()) first_completed_at_ = std::chrono::steady_clock::now();
    completed_.push_back(std::move(article_id));
    wake = completed_.size() == 1 || completed_.size() >= kMaxWaitingCompletions;  // a new deadline, or full
  }
  if (wake) cv_.notify_all();
}

void JournalWriter::RequestCompaction(CompactionPolicy policy) {
  {
    std::lock_guard lock(mu_);
    compaction_ = policy;
  }
  cv_.notify_all();
}

bool JournalWriter::TakeCompacted(CompactionStep* sum, std::chrono::duration<double>* longest) {
  std::lock_guard lock(mu_);
  if (!stepped_) return false;
  *sum = compacted_;
  *longest = longest_step_;
  compacted_ = {};
  longest_step_ = {};
  stepped_ = false;
  return true;
}

void JournalWriter::CompactOnce(std::unique_lock<std::mutex>& lock) {
  const CompactionPolicy policy = *compaction_;
  lock.unlock();
  const auto started = std::chrono::steady_clock::now();
  CompactionStep step;
  Status s = journal_.CompactStep(policy, &step);
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  if (!s.ok()) spdlog::error("journal compaction: {}", s.ToString());
  lock.lock();
  compacted_.payloads_dropped += step.payloads_dropped;
  compacted_.bytes_dropped += step.bytes_dropped;
  compacted_.ids_forgotten += step.ids_forgotten;
  compacted_.payloads_moved += step.payloads_moved;
  compacted_.segments_removed += step.segments_removed;
  longest_step_ = std::max(longest_step_, took);
  stepped_ = true;
  if (!s.ok() || !step.more) compaction_.reset();  // done (or failing: the next request retries)
}

void JournalWriter::ReclaimIfDue(std::unique_lock<std::mutex>& lock) {
  const auto now = std::chrono::steady_clock::now();
  if (now - last_reclaim_ < kReclaimEvery) return;
  last_reclaim_ = now;
  lock.unlock();
  size_t removed = 0;
  Status s = journal_.ReclaimSegments(&removed);
  if (!s.ok()) spdlog::error("journal: {}", s.ToString());
  lock.lock();
  compacted_.segments_removed += removed;
  stepped_ = stepped_ || removed > 0;
}

bool JournalWriter::CompletionsDue(std::chrono::steady_clock::time_point now) const {
  return !completed_.empty() &&
         (stop_ || completed_.size() >= kMaxWaitingCompletions || now - first_completed_at_ >= kCompletionDelay);
}

void JournalWriter::Loop() {
  std::unique_lock lock(mu_);
  while (true) {
    while (!stop_ && queued_.empty() && !compaction_ && !CompletionsDue(std::chrono::steady_clock::now())) {
      if (completed_.empty()) cv_.wait(lock);
      else cv_.wait_until(lock, first_completed_at_ + kCompletionDelay);  // the deadline may have moved
    }
    if (!queued_.empty()) {
      CommitQueued(lock);
      ReclaimIfDue(lock);  // under a steady stream the loop may never be idle
      continue;
    }
    if (CompletionsDue(std::chrono::steady_clock::now())) {
      std::vector<std::string> completed;
      completed.swap(completed_);
      lock.unlock();
      Status s = journal_.MarkCompletedBatch(completed);
      if (!s.ok()) spdlog::error("journal: {} (those articles will be replayed)", s.ToString());
      lock.lock();
    }
    ReclaimIfDue(lock);
    if (stop_ && completed_.empty() && queued_.empty()) return;  // stopping with nothing left to write
    if (compaction_ && queued_.empty()) CompactOnce(lock);      // a batch handed over meanwhile goes first
  }
}

void JournalWriter::CommitQueued(std::unique_lock<std::mutex>& lock) {
  // A batch the journal would refuse (an empty id) fails alone, not the others with it.
  std::vector<size_t> sizes;  // of each queued batch; kRefused for one refused
  constexpr size_t kRefused = static_cast<size_t>(-1);
  std::vector<Journal::BatchItem> items;
  for (auto& batch : queued_) {
    const bool refused = std::any_of(batch.begin(), batch.end(), [](const auto& i) { return i.article_id.empty(); });
    sizes.push_back(refused ? kRefused : batch.size());
    if (!refused) items.insert(items.end(), batch.begin(), batch.end());
  }
  queued_.clear();
  std::vector<std::string> completed;
  completed.swap(completed_);
  lock.unlock();
  const auto started = std::chrono::steady_clock::now();
  std::vector<AppendResult> results;
  Status s = journal_.AppendBatch(items, &results, completed);
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  lock.lock();
  if (!s.ok() && !completed.empty()) {  // not these batches' fault: they are closed on their own
    if (completed_.empty()) first_completed_at_ = std::chrono::steady_clock::time_point{};
    completed_.insert(completed_.begin(), completed.begin(), completed.end());
  }
  size_t at = 0;
  for (size_t n : sizes) {
    if (n == kRefused) {
      done_.push_back(Outcome{Status::InvalidInput("article id is empty; the journal needs an id"), {}, {}});
      continue;
    }
    Outcome o{s, {}, took};
    if (s.ok()) o.results.assign(results.begin() + at, results.begin() + at + n);
    at += n;
    done_.push_back(std::move(o));
  }
  cv_.notify_all();
  (void)wake_tx_.send(zmq::message_t(), zmq::send_flags::dontwait);
}

}  // namespace tidings::daemon
