// The crawler: many downloads at once on one thread, on libcurl's multi interface, polite to
// every host and patient with failing ones. A request goes through
//
//   robots.txt check (fetched once per site, cached) -> politeness queue of its host
//   -> transfer -> redirect (back to the robots check for the new URL) | retry after backoff
//   | completion callback
//
// Socket-free in the sense of the stage libraries: the only network I/O is libcurl's, and the
// caller drives it by calling Poll() from its own loop (the fetch stage's runner, `tidings
// fetch`, feed polling). Feed polls are ordinary requests with If-None-Match /
// If-Modified-Since headers; their 304 comes back as FetchOutcome::kNotModified.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>

#include "fetch/fetch_types.h"
#include "fetch/politeness.h"
#include "fetch/retry_policy.h"
#include "tidings/config.h"

namespace tidings::fetch {

struct CrawlerOptions {
  size_t max_in_flight = 64;               // transfers on the network at once (robots.txt included)
  PolitenessOptions politeness;            // per_host, host_delay
  bool robots = true;                      // obey robots.txt (Disallow/Allow, Crawl-delay)
  std::chrono::seconds robots_ttl{24 * 3600};  // how long a fetched robots.txt is trusted
  std::string user_agent = kDefaultFetchUserAgent;  // its product token selects the robots.txt group
  std::string accept = "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1";
  std::chrono::milliseconds connect_timeout{10000};
  std::chrono::milliseconds timeout{30000};     // one transfer
  std::chrono::milliseconds deadline{300000};   // one request, all waits and attempts included
  size_t max_bytes = 16 << 20;                  // decoded body; cut while streaming
  int max_redirects = 5;
  RetryOptions retry;
};

// The crawler a [fetch] table asks for.
CrawlerOptions CrawlerOptionsFrom(const FetchConfig& config);

// Not thread-safe: one thread submits, polls and receives completions.
class Crawler {
 public:
  // Receives the outcome of one request, exactly once, from within Poll().
  using Completion = std::function<void(FetchResponse response)>;

  explicit Crawler(CrawlerOptions options);
  // Abandons whatever is in flight; no further completions are called.
  ~Crawler();
  Crawler(const Crawler&) = delete;
  Crawler& operator=(const Crawler&) = delete;

  // Queues a request; `done` is called later from Poll() (never from Submit, even for a
  // malformed URL). May be called from a completion. Returns the request's id.
  uint64_t Submit(FetchRequest request, Completion done);

  // Makes progress: starts what politeness allows, waits for network activity at most
  // `timeout` (less when a timer is due, zero when completions are waiting), handles finished
  // transfers and calls completions. Returns early when any of `wake_fds` becomes readable, so
  // the caller's own sockets are not starved.
  void Poll(std::chrono::milliseconds timeout, std::span<const int> wake_fds = {});

  size_t pending() const;    // submitted and not yet completed
  size_t transfers() const;  // on the network now (robots.txt fetches included)
  const CrawlerOptions& options() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tidings::fetch
