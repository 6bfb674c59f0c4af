// The last warnings and errors the daemon logged, for /healthz ("recent_errors") and so for
// `tidings status --watch`: an spdlog sink that keeps a bounded ring of entries.
#pragma once

#include <spdlog/details/null_mutex.h>
#include <spdlog/sinks/base_sink.h>

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

#include "daemon/health.h"

namespace tidings::daemon {

// Thread-safe: spdlog calls it from any logging thread, /healthz reads it from the io thread.
class RecentLogSink : public spdlog::sinks::base_sink<spdlog::details::null_mutex> {
 public:
  using Entry = LoggedMessage;

  // Keeps the last `capacity` messages at `min_level` or above.
  explicit RecentLogSink(size_t capacity = 10, spdlog::level::level_enum min_level = spdlog::level::warn);

  std::vector<Entry> Recent() const;  // oldest first

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
