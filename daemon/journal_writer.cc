#include "daemon/journal_writer.h"

#include <spdlog/spdlog.h>

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
  thread_ = std::thread([this] { Loop(); });
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
    items_ = std::move(items);
    job_ = true;
    done_ = false;
  }
  pending_ = true;
  cv_.notify_all();
}

bool JournalWriter::TakeResult(Status* status, std::vector<AppendResult>* results,
                               std::chrono::duration<double>* took) {
  zmq::message_t token;
  while (wake_rx_.recv(token, zmq::recv_flags::dontwait)) {
  }
  std::lock_guard lock(mu_);
  if (!pending_ || !done_) return false;
  *status = std::move(status_);
  *results = std::move(results_);
  *took = took_;
  done_ = false;
  pending_ = false;
  return true;
}

void JournalWriter::Wait() {
  std::unique_lock lock(mu_);
  cv_.wait(lock, [this] { return !pending_ || done_; });
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
  longest_step_ = std::max(longest_step_, took);
  stepped_ = true;
  if (!s.ok() || !step.more) compaction_.reset();  // done (or failing: the next request retries)
}

bool JournalWriter::CompletionsDue(std::chrono::steady_clock::time_point now) const {
  return !completed_.empty() &&
         (stop_ || completed_.size() >= kMaxWaitingCompletions || now - first_completed_at_ >= kCompletionDelay);
}

void JournalWriter::Loop() {
  std::unique_lock lock(mu_);
  while (true) {
    while (!stop_ && !job_ && !compaction_ && !CompletionsDue(std::chrono::steady_clock::now())) {
      if (completed_.empty()) cv_.wait(lock);
      else cv_.wait_until(lock, first_completed_at_ + kCompletionDelay);  // the deadline may have moved
    }
    std::vector<std::string> completed;
    if (job_ || CompletionsDue(std::chrono::steady_clock::now())) completed.swap(completed_);
    if (!job_) {
      if (!completed.empty()) {
        lock.unlock();
        Status s = journal_.MarkCompletedBatch(completed);
        if (!s.ok()) spdlog::error("journal: {} (those articles will be replayed)", s.ToString());
        lock.lock();
      }
      if (stop_ && completed_.empty()) return;  // stopping with nothing left to write
      if (compaction_ && !job_) CompactOnce(lock);  // a batch handed over meanwhile goes first
      continue;
    }
    std::vector<Journal::BatchItem> items = std::move(items_);
    job_ = false;
    lock.unlock();
    const auto started = std::chrono::steady_clock::now();
    std::vector<AppendResult> results;
    Status s = journal_.AppendBatch(items, &results, completed);
    const auto took = std::chrono::steady_clock::now() - started;
    lock.lock();
    if (!s.ok() && !completed.empty()) {  // not this batch's fault: they are closed on their own
      if (completed_.empty()) first_completed_at_ = std::chrono::steady_clock::time_point{};
      completed_.insert(completed_.begin(), completed.begin(), completed.end());
    }
    status_ = std::move(s);
    results_ = std::move(results);
    took_ = took;
    done_ = true;
    cv_.notify_all();
    (void)wake_tx_.send(zmq::message_t(), zmq::send_flags::dontwait);
  }
}

}  // namespace tidings::daemon
