// The last warnings and errors the daemon logged, for /healthz ("recent_errors") and so for
// `tidings status --watch`: an spdlog sink that keeps a bounded ring of entries.
#pragma once

#include <spdlog/details/null_mutex.h>
#include <spdlog/sinks/base_sink.h>

#include <cstdint>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace tidings::daemon {

// Thread-safe: spdlog calls it from any logging thread, /healthz reads it from the io thread.
class RecentLogSink : public spdlog::sinks::base_sink<spdlog::details::null_mutex> {
 public:
  struct Entry {
    int64_t unix_ms = 0;
    std::string level;    // "warning", "error", "critical"
    std::string message;  // the formatted payload, without time or level
  };

  // Keeps the last `capacity` messages at `min_level` or above.
  explicit RecentLogSink(size_t capacity = 10, spdlog::level::level_enum min_level = spdlog::level::warn);

  std::vector<Entry> Recent() const;  // oldest first
  // [{"time": "2024-03-14T10:00:00.123Z", "unix_ms": ..., "level": "warning", "message": "..."}]
  nlohmann::ordered_json ToJson() const;

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override;
  void flush_() override {}

 private:
  const size_t capacity_;
  const spdlog::level::level_enum min_level_;
  mutable std::mutex mu_;
  std::deque<Entry> entries_;  // guarded by mu_
};

}  // namespace tidings::daemon
