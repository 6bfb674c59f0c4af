// Politeness bookkeeping: which queued request may go to which host, and when. No sockets and
// no clock of its own: the crawler passes the time in, so tests read like the rules.
//
// Per host (HostKey(): host and non-default port) at most `per_host` requests run at once, and
// two requests are sent at least the host's gap apart: the larger of `host_delay` and the
// site's robots.txt Crawl-delay, plus kGapMargin. The gap runs from the moment a request went
// out (Sent(): once its head was written), not from when it was handed to libcurl, so a slow
// connect or a busy process cannot squeeze two requests together; while a started request
// has not gone out, the host starts no other (unless its gap is zero). A host that answered
// 429/503 with Retry-After is paused until then.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace tidings::fetch {

// Added to every non-zero gap: a host sees our requests at least the gap apart even when our
// process, its own or the network holds one of them back by a few milliseconds.
inline constexpr std::chrono::milliseconds kGapMargin{5};

struct PolitenessOptions {
  int per_host = 2;                            // requests to one host at once
  std::chrono::milliseconds host_delay{1000};  // minimum gap between two request starts
};

// Not thread-safe: owned and called by the crawler's thread.
class PolitenessScheduler {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  using JobId = uint64_t;

  explicit PolitenessScheduler(PolitenessOptions options) : options_(options) {}

  // Queues `job` for `host`. `urgent` jobs (robots.txt, which the others wait for) go ahead of
  // the host's queue.
  void Enqueue(const std::string& host, JobId job, bool urgent = false);
  // Takes a queued job out (its deadline passed). False when it is not queued.
  bool Remove(JobId job);
  // Starts up to `max` jobs that may begin at `now`, hosts served in turn; each counts as
  // active on its host until Finished(). Jobs of one host start in queue order.
  std::vector<JobId> TakeReady(TimePoint now, size_t max);
  // A started request of `host` went out on the wire at `now`.
  void Sent(const std::string& host, TimePoint now);
  // A started request of `host` ended (any outcome). `sent` says whether Sent() was called for
  // it; one that never went out (a refused connection) counts as sent at `now`.
  void Finished(const std::string& host, bool sent, TimePoint now);

  // The site's Crawl-delay (robots.txt); the gap becomes max(host_delay, delay).
  void SetCrawlDelay(const std::string& host, std::chrono::milliseconds delay);
  // No request starts to `host` before `until` (Retry-After).
  void PauseHost(const std::string& host, TimePoint until);

  // The earliest time TakeReady() could start something, or nullopt when nothing is queued
  // or every host with queued jobs waits for a Finished() or a Sent() first.
  std::optional<TimePoint> NextWakeup() const;

  size_t queued() const { return job_host_.size(); }
  int active(const std::string& host) const;

 private:
  struct Host {
    std::deque<JobId> queue;
    int active = 0;
    int unsent = 0;                 // started, not yet on the wire
    bool started_any = false;
    TimePoint last_start{};
    TimePoint paused_until{};
    std::chrono::milliseconds crawl_delay{0};
  };
  // When `host` may start its next request, ignoring its queue and its concurrency.
  TimePoint NextStartAllowed(const Host& host) const;
  // Starts the jobs `host` may start now; returns how many.
  size_t StartFrom(Host& host, TimePoint now, size_t max, std::vector<JobId>* started);
  void ForgetIdleHosts(TimePoint now);

  PolitenessOptions options_;
  std::map<std::string, Host> hosts_;
  std::unordered_map<JobId, std::string> job_host_;  // queued jobs only
  std::string cursor_;                                // the host served last (round robin)
  TimePoint last_sweep_{};
};

}  // namespace tidings::fetch
