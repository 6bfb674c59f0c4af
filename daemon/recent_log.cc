#include "daemon/recent_log.h"

#include <fmt/format.h>
#include <time.h>

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

nlohmann::ordered_json RecentLogSink::ToJson() const {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& e : Recent()) {
    time_t seconds = static_cast<time_t>(e.unix_ms / 1000);
    struct tm t;
    gmtime_r(&seconds, &t);
    nlohmann::ordered_json j;
    j["time"] = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", t.tm_year + 1900, t.tm_mon + 1,
                            t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, e.unix_ms % 1000);
    j["unix_ms"] = e.unix_ms;
    j["level"] = e.level;
    j["message"] = e.message;
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace tidings::daemon
