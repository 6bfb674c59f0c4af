// Where the time of recent articles went: the route of each article the store completed (its
// acceptance, and per stage when it arrived and when it left, from the envelope's trace), kept
// for the last `capacity` articles. The daemon serves it at /debug/latency: exact latency
// quantiles (the histogram in /metrics has only bucket bounds), per stage the wait before it
// and its processing time, and the slowest articles with their breakdown, so an operator can
// see whether a slow tail comes from queues, one stage or the hops, and (processing against
// CPU time) whether a stage was slow or only waited for a core.
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace tidings::daemon {

// Thread-safe: the hub records, the HTTP thread renders.
class RouteLog {
 public:
  struct Visit {
    std::string stage;
    int64_t in_unix_us = 0, out_unix_us = 0;
    int64_t cpu_us = 0;  // the stage's CPU time on it (0: not measured)
  };
  struct Route {
    std::string article_id;
    int64_t accepted_unix_us = 0, completed_unix_us = 0;
    std::vector<Visit> visits;  // in pipeline order
  };

  explicit RouteLog(size_t capacity = 8192) : capacity_(capacity) {}

  void Record(Route route);

  // JSON: {"articles": N, "since_unix_ms": S, "latency_ms": {p50, p90, p99, p999, max},
  // "stages": [{"stage", "wait_ms": {...}, "processing_ms": {...}, "cpu_ms": {...}}],
  // "after_last_stage_ms": {...}, "slowest": [{"id", "latency_ms", "accepted_unix_ms", "stages":
  // [{"stage", "wait_ms", "processing_ms", "cpu_ms"}], "after_last_stage_ms"}]} over the articles accepted at or after
  // `since_unix_ms` (0: all kept). Quantiles are exact (nearest rank) over those articles.
  std::string RenderJson(int64_t since_unix_ms, size_t slowest) const;

 private:
  const size_t capacity_;
  mutable std::mutex mu_;
  std::deque<Route> routes_;  // guarded by mu_, oldest first
};

}  // namespace tidings::daemon
