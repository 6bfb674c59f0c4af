#include "daemon/recent_log.h"

#include <chrono>

namespace tidings::daemon {

RecentLogSink::RecentLogSink(size_t capacity, spdlog::level::level_enum min_level)
    : capacity_(std::max<size_t>(1, capacity)), min_level_(min_level) {}

void RecentLogSink::sink_it_(const spdlog::details::log_msg& msg) {
  if (msg.level < min_level_ || msg.level == spdlog::level::off) return;
  Entry e;
  e.unix_ms = std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count();
  auto name = spdlog::level::to_string_view(msg.level);
  e.level.assign(name.data(), name.size());
  e.message.assign(msg.payload.data(), msg.payload.size());
  std::lock_guard<std::mutex> lock(mu_);
  entries_.push_back(std::move(e));
  while (entries_.size() > capacity_) entries_.pop_front();
}

std::vector<RecentLogSink::Entry> RecentLogSink::Recent() const {
  std::lock_guard<std::mutex> lock(mu_);
  return {entries_.begin(), entries_.end()};
}

}  // namespace tidings::daemon
