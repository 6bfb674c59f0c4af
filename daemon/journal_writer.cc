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
  {
    std::lock_guard lock(mu_);
    completed_.push_back(std::move(article_id));
  }
  cv_.notify_all();
}

void JournalWriter::Loop() {
  std::unique_lock lock(mu_);
  while (true) {
    cv_.wait(lock, [this] { return stop_ || job_ || !completed_.empty(); });
    if (!completed_.empty()) {
      std::vector<std::string> ids;
      ids.swap(completed_);
      lock.unlock();
      Status s = journal_.MarkCompletedBatch(ids);
      if (!s.ok()) spdlog::error("journal: {} (those articles will be replayed)", s.ToString());
      lock.lock();
    }
    if (!job_) {
      if (stop_ && completed_.empty()) return;  // stopping with nothing left to write
      continue;
    }
    std::vector<Journal::BatchItem> items = std::move(items_);
    job_ = false;
    lock.unlock();
    const auto started = std::chrono::steady_clock::now();
    std::vector<AppendResult> results;
    Status s = journal_.AppendBatch(items, &results);
    const auto took = std::chrono::steady_clock::now() - started;
    lock.lock();
    status_ = std::move(s);
    results_ = std::move(results);
    took_ = took;
    done_ = true;
    cv_.notify_all();
    (void)wake_tx_.send(zmq::message_t(), zmq::send_flags::dontwait);
  }
}

}  // namespace tidings::daemon
